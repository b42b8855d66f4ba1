import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';
import type { RatingChangeDetail, RatingOption } from 'c/qualificationRating';
import { readablePreviousAnswer } from 'c/qualificationRoundModel';
import type { PreviousAnswer, PreviousRound } from 'c/qualificationRoundModel';

export const EVIDENCE_MAX_LENGTH = 2000;

export type { RatingOption } from 'c/qualificationRating';

/** One dimension as a panel shows it: the configuration plus what the user may read and change. */
export interface PanelDimension {
    key: string;
    label: string;
    isGate: boolean;
    questions: string[];
    ratingField: string;
    evidenceField: string;
    valueField: string | null;
    valueLabel: string | null;
    valueType: 'currency' | 'date' | 'number' | 'text' | null;
    ratingReadable: boolean;
    evidenceReadable: boolean;
    valueReadable: boolean;
    ratingEditable: boolean;
    evidenceEditable: boolean;
    valueEditable: boolean;
}

export interface AnswerChangeDetail {
    key: string;
    field: string;
    value: string | number | null;
}

/**
 * One dimension of a framework: its rating, evidence notes, structured value and guiding questions.
 * Presentational: it shows what it is given and reports each edit as an `answerchange` event.
 */
export default class QualificationPanel extends LightningElement {
    @api dimension?: PanelDimension;
    @api ratingScale: RatingOption[] = [];
    /** The rating (picklist API name). */
    @api value?: string | null;
    @api evidence?: string | null;
    @api structuredValue?: string | number | null;
    /** Locks every input, e.g. while the board saves. */
    @api readOnly = false;
    /** Field API name → message for this dimension's fields, e.g. validation errors from the save. */
    @api fieldErrors?: Readonly<Record<string, string>> | null;
    /** The guiding questions open above the rating (the interview), instead of behind a toggle. */
    @api questionsInFront = false;
    /** Offers a Done button that fires `close` (the canvas edits a tile in place). */
    @api closable = false;
    /** In a new round: what the previous round said, shown beside the rating (c/qualificationPreviousAnswer). */
    @api previousRound: PreviousRound | null = null;

    labels = LABELS;
    questionsOpen = false;
    evidenceMaxLength = EVIDENCE_MAX_LENGTH;

    /** Focuses the rating, or the heading when there is no rating to change. */
    @api focus(): void {
        const rating = this.refs?.rating as { focus(): void } | undefined;
        if (rating && !this.ratingLocked) {
            rating.focus();
        } else {
            (this.refs?.heading as HTMLElement | undefined)?.focus();
        }
    }

    /** A textarea has no value attribute: the text is synchronised as a property after each render. */
    override renderedCallback(): void {
        const textarea = this.refs?.evidence as HTMLTextAreaElement | undefined;
        if (textarea && textarea.value !== this.evidenceText) {
            textarea.value = this.evidenceText;
        }
    }

    get panelClass(): string {
        return this.error
            ? 'panel slds-box slds-box_small slds-has-error'
            : 'panel slds-box slds-box_small';
    }

    /** Every message about this dimension's fields, shown once below them. */
    get error(): string | null {
        const messages = Object.values(this.fieldErrors ?? {}).filter(Boolean);
        return messages.length > 0 ? [...new Set(messages)].join(' ') : null;
    }

    get ratingInvalid(): string | null {
        return this.invalid(this.dimension?.ratingField);
    }

    get evidenceInvalid(): string | null {
        return this.invalid(this.dimension?.evidenceField);
    }

    get valueInvalid(): string | null {
        return this.invalid(this.dimension?.valueField);
    }

    /** The error text is tied to the inputs it is about, so a screen reader reads it with them. */
    /** The rating lives in its own component, so it reads the message itself rather than by id. */
    get ratingError(): string | null {
        return this.ratingInvalid ? this.error : null;
    }

    get evidenceDescribedBy(): string {
        return this.evidenceInvalid ? 'counter error' : 'counter';
    }

    get valueDescribedBy(): string | null {
        return this.valueInvalid ? 'error' : null;
    }

    get dimensionKey(): string {
        return this.dimension?.key ?? '';
    }

    get valueLabel(): string {
        return this.dimension?.valueLabel ?? this.dimension?.valueField ?? '';
    }

    get heading(): string {
        return this.dimension?.label ?? '';
    }

    get isGate(): boolean {
        return this.dimension?.isGate === true;
    }

    get showRating(): boolean {
        return this.dimension?.ratingReadable === true;
    }

    /** Only beside a rating the user may read: the snapshot must not show what field security hides. */
    get showPrevious(): boolean {
        return this.previousRound !== null && this.previousRound !== undefined && this.showRating;
    }

    /**
     * The previous round's answer here; a dimension it did not have reads as not rated. Its evidence
     * and value only where the user can read this dimension's own fields (the snapshot holds them all).
     */
    get previousAnswer(): PreviousAnswer | null {
        return readablePreviousAnswer(this.previousRound?.answers[this.dimensionKey] ?? null, {
            evidence: this.showEvidence,
            value: this.showValue,
        });
    }

    get previousRatingField(): string {
        return this.dimension?.ratingField ?? '';
    }

    get previousEditable(): boolean {
        return this.showRating && !this.ratingLocked;
    }

    get ratingLocked(): boolean {
        return this.readOnly || this.dimension?.ratingEditable !== true;
    }

    get showReadOnlyMarker(): boolean {
        const dimension = this.dimension;
        if (!dimension) {
            return false;
        }
        const canEditSomething =
            (dimension.ratingReadable && dimension.ratingEditable) ||
            (dimension.evidenceReadable && dimension.evidenceEditable) ||
            (this.showValue && dimension.valueEditable);
        return !canEditSomething;
    }

    get showEvidence(): boolean {
        return this.dimension?.evidenceReadable === true;
    }

    get evidenceLocked(): boolean {
        return this.readOnly || this.dimension?.evidenceEditable !== true;
    }

    get evidenceText(): string {
        return this.evidence ?? '';
    }

    get evidenceCounter(): string {
        return formatLabel(LABELS.Characters, this.evidenceText.length, EVIDENCE_MAX_LENGTH);
    }

    get showValue(): boolean {
        return Boolean(this.dimension?.valueField) && this.dimension?.valueReadable === true;
    }

    get valueLocked(): boolean {
        return this.readOnly || this.dimension?.valueEditable !== true;
    }

    get valueInputType(): string {
        if (this.dimension?.valueType === 'date') {
            return 'date';
        }
        return this.isNumberValue ? 'number' : 'text';
    }

    get isNumberValue(): boolean {
        return this.dimension?.valueType === 'currency' || this.dimension?.valueType === 'number';
    }

    /** Currency has cents; other inputs take no step. */
    get valueStep(): string | undefined {
        if (!this.isNumberValue) {
            return undefined;
        }
        return this.dimension?.valueType === 'currency' ? '0.01' : 'any';
    }

    get valueText(): string {
        return this.structuredValue === null || this.structuredValue === undefined
            ? ''
            : String(this.structuredValue);
    }

    /** What the user cannot see, named, so a missing control is explained rather than puzzling. */
    get hiddenNotes(): string[] {
        const dimension = this.dimension;
        if (!dimension) {
            return [];
        }
        const notes: string[] = [];
        if (!dimension.ratingReadable) {
            notes.push(
                formatLabel(LABELS.Field_Hidden, formatLabel(LABELS.Rating_Of, dimension.label)),
            );
        }
        if (!dimension.evidenceReadable) {
            notes.push(
                formatLabel(LABELS.Field_Hidden, formatLabel(LABELS.Evidence_Of, dimension.label)),
            );
        }
        if (dimension.valueField && !dimension.valueReadable) {
            notes.push(
                formatLabel(LABELS.Field_Hidden, dimension.valueLabel ?? dimension.valueField),
            );
        }
        return notes;
    }

    get hasQuestions(): boolean {
        return (this.dimension?.questions.length ?? 0) > 0;
    }

    get showQuestionsInFront(): boolean {
        return this.questionsInFront && this.hasQuestions;
    }

    get showQuestionsToggle(): boolean {
        return !this.questionsInFront && this.hasQuestions;
    }

    get questions(): string[] {
        return this.dimension?.questions ?? [];
    }

    get questionsExpanded(): string {
        return String(this.questionsOpen);
    }

    get questionsHidden(): boolean {
        return !this.questionsOpen;
    }

    get questionsToggleLabel(): string {
        return this.questionsOpen ? LABELS.Questions_Hide : LABELS.Questions_Show;
    }

    toggleQuestions(): void {
        this.questionsOpen = !this.questionsOpen;
    }

    handleRatingChange(event: CustomEvent<RatingChangeDetail>): void {
        if (this.dimension) {
            this.announce(this.dimension.ratingField, event.detail.value);
        }
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }

    /** Escape leaves the in-place editor, as it leaves any popup editor in Lightning. */
    handleKeydown(event: KeyboardEvent): void {
        if (this.closable && event.key === 'Escape') {
            event.stopPropagation();
            this.handleClose();
        }
    }

    handleEvidenceInput(event: Event): void {
        if (this.dimension) {
            this.announce(
                this.dimension.evidenceField,
                (event.target as HTMLTextAreaElement).value,
            );
        }
    }

    handleValueChange(event: Event): void {
        const dimension = this.dimension;
        if (!dimension?.valueField) {
            return;
        }
        const input = event.target as HTMLInputElement;
        const raw = input.value;
        // A number or date input the browser cannot parse reads as ''; taking that for "cleared"
        // would erase the stored value on save. The browser names the problem instead.
        if (input.validity?.badInput) {
            input.reportValidity();
            return;
        }
        if (raw.trim() === '') {
            this.announce(dimension.valueField, null);
        } else if (this.isNumberValue) {
            const parsed = Number(raw);
            if (Number.isFinite(parsed)) {
                this.announce(dimension.valueField, parsed);
            } else {
                input.reportValidity();
            }
        } else {
            this.announce(dimension.valueField, raw);
        }
    }

    private invalid(field: string | null | undefined): string | null {
        return field && this.fieldErrors?.[field] ? 'true' : null;
    }

    private announce(field: string, value: string | number | null): void {
        const detail: AnswerChangeDetail = { key: this.dimension?.key ?? '', field, value };
        this.dispatchEvent(new CustomEvent<AnswerChangeDetail>('answerchange', { detail }));
    }
}
