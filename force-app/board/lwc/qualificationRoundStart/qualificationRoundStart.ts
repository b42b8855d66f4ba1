import { LightningElement, api } from 'lwc';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import startRound from '@salesforce/apex/QualificationRoundController.startRound';
import type { RoundStartOutcome } from '@salesforce/apex/QualificationRoundController.startRound';
import { flattenError } from 'c/qualificationErrors';
import { LABELS } from 'c/qualificationBoardLabels';
import { ROUND_LABELS, fillLabel } from 'c/qualificationRoundLabels';

export interface RoundStartedDetail {
    round: number;
}

/**
 * "Qualify again": asks for a short reason and starts a new round through
 * `QualificationRoundController.startRound`, guarded by the record version the board shows. Nothing
 * changes on the board until the server says the round started; a failed start keeps the form and
 * the reason as they were and says why (conflict, access, validation, network).
 */
export default class QualificationRoundStart extends LightningElement {
    @api recordId = '';
    /** The record's lastModifiedDate as the board loaded it. */
    @api lastModifiedDate: string | null = null;
    /** The record's current round (1 when blank). */
    @api currentRound = 1;
    /** The board has unsaved edits: a new round would start from answers the rep has not saved. */
    @api unsaved = false;
    /** Whether the user may change any rating of the framework; without, there is no round to start. */
    @api canStart = false;

    labels = ROUND_LABELS;
    open = false;
    reason = '';
    pending = false;
    errorMessage: string | null = null;
    errorKind: RoundStartOutcome | 'network' | 'unknown' | null = null;

    get nextRound(): number {
        return (this.currentRound > 1 ? this.currentRound : 1) + 1;
    }

    get startLabel(): string {
        return fillLabel(ROUND_LABELS.Round_Start, this.nextRound);
    }

    get openDisabled(): boolean {
        return this.unsaved || !this.lastModifiedDate;
    }

    get saveFirstText(): string {
        return this.unsaved ? ROUND_LABELS.Round_Save_First : '';
    }

    get startDisabled(): boolean {
        return this.pending || this.reason.trim() === '';
    }

    handleOpen(): void {
        this.open = true;
        this.reason = '';
        this.errorMessage = null;
        this.errorKind = null;
        // The form renders on the next tick; the reason field is where the rep continues.
        Promise.resolve().then(() => {
            this.template?.querySelector<HTMLTextAreaElement>('[data-id="round-reason"]')?.focus();
        });
    }

    handleCancel(): void {
        this.open = false;
        this.reason = '';
        this.errorMessage = null;
        this.errorKind = null;
        Promise.resolve().then(() => {
            this.template?.querySelector<HTMLButtonElement>('[data-id="qualify-again"]')?.focus();
        });
    }

    handleReason(event: Event): void {
        this.reason = (event.target as HTMLTextAreaElement).value;
    }

    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && !this.pending) {
            event.stopPropagation();
            this.handleCancel();
        }
    }

    async handleStart(event?: Event): Promise<void> {
        event?.preventDefault();
        if (this.startDisabled || !this.lastModifiedDate) return;
        this.pending = true;
        this.errorMessage = null;
        this.errorKind = null;
        try {
            const result = await startRound({
                recordId: this.recordId,
                reason: this.reason.trim(),
                lastModifiedDate: this.lastModifiedDate,
            });
            if (result.outcome !== 'started' || result.round === null) {
                this.errorKind = result.outcome;
                this.errorMessage = result.message ?? LABELS.Error_Unknown;
                return;
            }
            const round = result.round;
            this.open = false;
            this.reason = '';
            // The board reloads the record through LDS: ratings reset, the previous round appears.
            await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
            this.dispatchEvent(
                new ShowToastEvent({
                    title: fillLabel(ROUND_LABELS.Round_Started, round),
                    variant: 'success',
                }),
            );
            this.dispatchEvent(
                new CustomEvent<RoundStartedDetail>('roundstarted', { detail: { round } }),
            );
        } catch (error) {
            const flat = flattenError(error, LABELS.Error_Unknown);
            this.errorKind = flat.kind === 'network' ? 'network' : 'unknown';
            this.errorMessage = flat.kind === 'network' ? LABELS.Error_Network : flat.message;
        } finally {
            this.pending = false;
        }
    }
}
