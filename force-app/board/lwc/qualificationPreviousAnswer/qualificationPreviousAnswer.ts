import { LightningElement, api } from 'lwc';
import { ROUND_LABELS, fillLabel } from 'c/qualificationRoundLabels';
import type { PreviousAnswer } from 'c/qualificationRoundModel';

/** The panel's own change event: the board takes it like a rating the rep picked. */
export interface AnswerChangeDetail {
    key: string;
    field: string;
    value: string;
}

const ASSESSED = new Set(['Not_Met', 'Partly_Met', 'Met', 'Blocker']);

/**
 * Beside a dimension in a new round: what the previous round said (rating and evidence) and a one-step
 * "Still true" that takes that rating into this round. The rep still saves, as for any other edit.
 */
export default class QualificationPreviousAnswer extends LightningElement {
    @api dimensionKey = '';
    @api dimensionLabel = '';
    @api ratingField = '';
    /** The previous round's answer to this dimension; null when it has none. */
    @api previous: PreviousAnswer | null = null;
    /** The number of the previous round. */
    @api previousRound = 1;
    /** The rating in the board's draft of this round. */
    @api currentRating: string | null = null;
    @api ratingScale: ReadonlyArray<{ value: string; label: string }> = [];
    /** Whether the user may change the rating. */
    @api editable = false;

    labels = ROUND_LABELS;

    get heading(): string {
        return fillLabel(ROUND_LABELS.Round_Previous, this.previousRound);
    }

    get previousRating(): string | null {
        const rating = this.previous?.rating ?? null;
        return rating !== null && ASSESSED.has(rating) ? rating : null;
    }

    get hasRating(): boolean {
        return this.previousRating !== null;
    }

    get ratingLabel(): string {
        const rating = this.previousRating ?? '';
        return this.ratingScale.find((option) => option.value === rating)?.label ?? rating;
    }

    get emptyText(): string {
        return ROUND_LABELS.Round_Previous_Empty;
    }

    get evidence(): string | null {
        return this.previous?.evidence ?? null;
    }

    get showStillTrue(): boolean {
        return this.editable && this.hasRating && this.currentRating !== this.previousRating;
    }

    get stillTrueAssistive(): string {
        return fillLabel(
            ROUND_LABELS.Round_Still_True_Of,
            this.dimensionLabel,
            this.ratingLabel,
            this.previousRound,
        );
    }

    handleStillTrue(): void {
        // The button is only there when the previous round has a rating.
        const detail: AnswerChangeDetail = {
            key: this.dimensionKey,
            field: this.ratingField,
            value: this.previousRating ?? '',
        };
        // Bubbles out of the panel that hosts this component, so the board's `onanswerchange` on
        // the panel receives it exactly like a rating the rep picked in the panel.
        this.dispatchEvent(
            new CustomEvent<AnswerChangeDetail>('answerchange', {
                detail,
                bubbles: true,
                composed: true,
            }),
        );
    }
}
