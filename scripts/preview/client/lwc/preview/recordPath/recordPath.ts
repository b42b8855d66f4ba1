/**
 * preview/recordPath: what an org's Path and Convert button do to the record, for the stage gates.
 * An Opportunity's stage is chosen and saved with "Mark as Current Stage" (one updateRecord, as the
 * path saves); a Lead is converted through the preview's convert endpoint (the platform's convert
 * action, which the trigger sees as IsConverted turning true). A manager may type an override
 * reason that goes with the same save. A blocked move shows the trigger's message.
 */
import { LightningElement, api, wire } from 'lwc';
import {
    getFieldValue,
    getRecord,
    notifyRecordUpdateAvailable,
    updateRecord,
} from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { STANDARD_OPPORTUNITY_STAGES } from '../../../../../lib/catalog/opportunityStages';
import { requestJson } from '../transport/transport';

const TEXTS = {
    en: {
        markStage: 'Mark as Current Stage',
        convert: 'Convert',
        converted: 'Converted',
        moved: 'Stage saved.',
        convertedDone: 'Lead converted.',
        path: 'Path',
    },
    de: {
        markStage: 'Als aktuelle Phase markieren',
        convert: 'Umwandeln',
        converted: 'Umgewandelt',
        moved: 'Phase gespeichert.',
        convertedDone: 'Lead umgewandelt.',
        path: 'Pfad',
    },
} as const;

const REASON = 'BB_Gate_Override_Reason__c';

export default class RecordPath extends LightningElement {
    @api recordId?: string;
    @api objectApiName?: string;
    @api language: 'en' | 'de' = 'en';
    /** Field API name → label in the page's language. */
    @api fieldLabels: Readonly<Record<string, string>> = {};

    record?: RecordRepresentation;
    chosenStage = '';
    reason = '';
    message = '';
    success = '';
    busy = false;
    isManager = false;

    override connectedCallback(): void {
        void requestJson<{ persona: string }>('GET', '/api/stage-gates').then((settings) => {
            this.isManager = settings.persona === 'manager';
        });
    }

    get optionalFields(): string[] {
        const object = this.objectApiName ?? 'Lead';
        const fields = object === 'Opportunity' ? ['StageName'] : ['Status'];
        return [...fields, REASON, 'BB_Gate_Override_Gate__c', 'BB_Gate_Override_Count__c'].map(
            (field) => `${object}.${field}`,
        );
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$optionalFields' })
    wiredRecord({ data }: { data?: RecordRepresentation }): void {
        if (data) {
            this.record = data;
            if (this.chosenStage === '') this.chosenStage = this.currentStage;
        }
    }

    get texts() {
        return TEXTS[this.language];
    }

    get isOpportunity(): boolean {
        return this.objectApiName === 'Opportunity';
    }

    get currentStage(): string {
        return String(getFieldValue(this.record, 'Opportunity.StageName') ?? '');
    }

    get stageOptions(): Array<{ value: string; selected: boolean; current: boolean }> {
        return STANDARD_OPPORTUNITY_STAGES.map((stage) => ({
            value: stage.value,
            selected: stage.value === this.chosenStage,
            current: stage.value === this.currentStage,
        }));
    }

    get stageLabel(): string {
        return this.fieldLabels.StageName ?? 'Stage';
    }

    get reasonLabel(): string {
        return this.fieldLabels[REASON] ?? REASON;
    }

    get converted(): boolean {
        return getFieldValue(this.record, 'Lead.Status') === 'Closed - Converted';
    }

    get overrideSummary(): string | null {
        const object = this.objectApiName ?? 'Lead';
        const gates = getFieldValue(this.record, `${object}.BB_Gate_Override_Gate__c`);
        if (typeof gates !== 'string' || gates === '') return null;
        const reason = String(getFieldValue(this.record, `${object}.${REASON}`) ?? '');
        const count = String(
            getFieldValue(this.record, `${object}.BB_Gate_Override_Count__c`) ?? '',
        );
        const label = (field: string) => this.fieldLabels[field] ?? field;
        return `${label('BB_Gate_Override_Gate__c')}: ${gates} · ${label(REASON)}: ${reason} · ${label('BB_Gate_Override_Count__c')}: ${count}`;
    }

    get markDisabled(): boolean {
        return this.busy || this.chosenStage === '' || this.chosenStage === this.currentStage;
    }

    get convertDisabled(): boolean {
        return this.busy || this.converted;
    }

    handleStage(event: Event): void {
        this.chosenStage = (event.target as HTMLSelectElement).value;
        this.message = '';
        this.success = '';
    }

    handleReason(event: Event): void {
        this.reason = (event.target as HTMLInputElement).value;
    }

    async handleMark(): Promise<void> {
        if (!this.recordId) return;
        const fields: Record<string, string> = { Id: this.recordId, StageName: this.chosenStage };
        if (this.isManager && this.reason.trim() !== '') fields[REASON] = this.reason;
        await this.run(() => updateRecord({ fields }), this.texts.moved);
    }

    async handleConvert(): Promise<void> {
        const recordId = this.recordId;
        if (!recordId) return;
        const overrideReason = this.isManager && this.reason.trim() !== '' ? this.reason : null;
        await this.run(async () => {
            await requestJson('POST', `/api/records/${encodeURIComponent(recordId)}/convert`, {
                overrideReason,
            });
            await notifyRecordUpdateAvailable([{ recordId }]);
        }, this.texts.convertedDone);
    }

    private async run(action: () => Promise<unknown>, done: string): Promise<void> {
        this.busy = true;
        this.message = '';
        this.success = '';
        try {
            await action();
            this.success = done;
            this.reason = '';
        } catch (error) {
            this.message = messageOf(error);
        } finally {
            this.busy = false;
        }
    }
}

/** The first message of a UI API error: a field's (StageName) or the record's. */
function messageOf(error: unknown): string {
    const output = (error as { body?: { output?: Record<string, unknown>; message?: string } })
        ?.body;
    const fieldErrors = (output?.output?.fieldErrors ?? {}) as Record<
        string,
        Array<{ message: string }>
    >;
    for (const list of Object.values(fieldErrors)) if (list[0]) return list[0].message;
    const errors = (output?.output?.errors ?? []) as Array<{ message: string }>;
    return errors[0]?.message ?? output?.message ?? String(error);
}
