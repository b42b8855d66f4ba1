/**
 * preview/recordHighlights: the record page's highlights panel, wired to the same record as the board.
 * It shows that one save updates every component of the page through the LDS cache, as in an org.
 */
import { LightningElement, api, wire } from 'lwc';
import { getFieldDisplayValue, getFieldValue, getRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';

const COMPACT_FIELDS: Record<string, string[]> = {
    Lead: ['Company', 'Title', 'Status'],
    Opportunity: ['AccountName', 'StageName', 'CloseDate', 'Amount'],
};
const RESULT_FIELDS = [
    'BB_Qualification_Status__c',
    'BB_Qualification_Score__c',
    'BB_Qualification_Framework__c',
];

export default class RecordHighlights extends LightningElement {
    @api recordId?: string;
    @api objectApiName?: string;

    record?: RecordRepresentation;
    error?: unknown;

    get optionalFields(): string[] {
        const objectApiName = this.objectApiName ?? 'Lead';
        return ['Name', ...(COMPACT_FIELDS[objectApiName] ?? []), ...RESULT_FIELDS].map(
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
        const labels: Record<string, string> = {
            Company: 'Company',
            Title: 'Title',
            Status: 'Lead Status',
            AccountName: 'Account',
            StageName: 'Stage',
            CloseDate: 'Close Date',
            Amount: 'Amount',
            BB_Qualification_Status__c: 'Qualification',
            BB_Qualification_Score__c: 'Score',
            BB_Qualification_Framework__c: 'Framework',
        };
        return [...(COMPACT_FIELDS[objectApiName] ?? []), ...RESULT_FIELDS].map((field) => {
            const reference = `${objectApiName}.${field}`;
            const display = getFieldDisplayValue(this.record, reference);
            const value = getFieldValue(this.record, reference);
            return {
                key: field,
                label: labels[field] ?? field,
                value: display ?? (value === null || value === undefined ? '—' : String(value)),
            };
        });
    }
}
