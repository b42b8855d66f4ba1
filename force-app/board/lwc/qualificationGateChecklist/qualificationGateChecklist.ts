import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { StageGateEvaluation } from 'c/qualificationEngine';
import { GATE_LABELS } from './gateChecklistLabels';
import { checklistView, type ChecklistView } from './gateChecklistModel';

const STAGE_FIELD = 'Opportunity.StageName';

/**
 * The next stage gate ahead of the record and its criteria as a checklist, met or open at a glance
 * (a mark and a word, never colour alone), updated from the board's draft as the rep rates: the rep
 * sees what the trigger will ask before moving the stage or converting the lead.
 * The stage comes from a getRecord of its own, so a stage changed elsewhere on the page moves the
 * checklist to the next gate; the gates and stages come with the board's configuration.
 */
export default class QualificationGateChecklist extends LightningElement {
    @api recordId: string | undefined;
    @api config: BoardConfig | undefined;
    /** What a save would evaluate now: status and score of the draft, and its raw ratings. */
    @api evaluation: StageGateEvaluation | undefined;
    /** True while the board has unsaved edits: the checklist then says it counts them. */
    @api unsaved = false;

    stage: string | null = null;

    get stageFields(): string[] | undefined {
        return this.config?.objectApiName === 'Opportunity' &&
            (this.config.stageGates ?? []).length > 0
            ? [STAGE_FIELD]
            : undefined;
    }

    @wire(getRecord, { recordId: '$recordId', fields: '$stageFields' })
    wiredStage({ data }: { data?: RecordRepresentation; error?: unknown }): void {
        const value = data?.fields.StageName?.value;
        // A failed load keeps the last stage: the checklist is guidance, the trigger decides.
        if (data) this.stage = typeof value === 'string' && value !== '' ? value : null;
    }

    private memo?: { key: readonly unknown[]; value: ChecklistView | null };

    get view(): ChecklistView | null {
        const { config, evaluation, stage } = this;
        if (!config || !evaluation) return null;
        if (config.objectApiName === 'Opportunity' && this.stageFields && stage === null) {
            return null;
        }
        const key = [config, evaluation, stage] as const;
        if (!this.memo || this.memo.key.some((value, index) => value !== key[index])) {
            this.memo = { key, value: checklistView(config, stage, evaluation, GATE_LABELS) };
        }
        return this.memo.value;
    }

    get unsavedNote(): string | null {
        return this.unsaved ? GATE_LABELS.Unsaved : null;
    }

    get summaryClass(): string {
        return this.view?.ready
            ? 'checklist__summary checklist__summary_ready'
            : 'checklist__summary';
    }
}
