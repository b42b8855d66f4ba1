/**
 * preview/recordHighlights: the record page's highlights panel, wired to the same record as the board.
 * It shows that one save updates every component of the page through the LDS cache, as in an org.
 */
import { LightningElement, api, wire } from 'lwc';
import { getFieldDisplayValue, getFieldValue, getRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { COMPACT_LAYOUT } from '../../../../compactLayout';

function compactFields(objectApiName: string): readonly string[] {
    return COMPACT_LAYOUT[objectApiName as keyof typeof COMPACT_LAYOUT] ?? [];
}

export default class RecordHighlights extends LightningElement {
    @api recordId?: string;
    @api objectApiName?: string;
    /** Field API name → label in the page's language, as the platform's describe gives them. */
    @api fieldLabels: Readonly<Record<string, string>> = {};

    record?: RecordRepresentation;
    error?: unknown;

    get optionalFields(): string[] {
        const objectApiName = this.objectApiName ?? 'Lead';
        return ['Name', ...compactFields(objectApiName)].map(
            (field) => `${objectApiName}.${field}`,
        );
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$optionalFields' })
    wiredRecord({ data, error }: { data?: RecordRepresentation; error?: unknown }): void {
        this.record = data;
        this.error = error;
    }

    get iconHref(): string {
        return `/assets/slds/icons/standard-sprite/svg/symbols.svg#${this.objectApiName === 'Opportunity' ? 'opportunity' : 'lead'}`;
    }

    get iconClass(): string {
        return `slds-icon slds-icon_medium slds-icon-standard-${this.objectApiName === 'Opportunity' ? 'opportunity' : 'lead'}`;
    }

    get name(): string {
        return String(getFieldValue(this.record, `${this.objectApiName ?? 'Lead'}.Name`) ?? '');
    }

    get facts(): Array<{ key: string; label: string; value: string }> {
        const objectApiName = this.objectApiName ?? 'Lead';
        return compactFields(objectApiName).map((field) => {
            const reference = `${objectApiName}.${field}`;
            const display = getFieldDisplayValue(this.record, reference);
            const value = getFieldValue(this.record, reference);
            return {
                key: field,
                label: this.fieldLabels[field] ?? field,
                value: display ?? (value === null || value === undefined ? '—' : String(value)),
            };
        });
    }
}
