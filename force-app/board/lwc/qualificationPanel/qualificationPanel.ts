import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';
import type { RatingChangeDetail, RatingOption } from 'c/qualificationRating';
import { readablePreviousAnswer } from 'c/qualificationRoundModel';
import type { PreviousAnswer, PreviousRound } from 'c/qualificationRoundModel';
import type { DateChangeDetail, PendingInput } from 'c/qualificationDateInput';

export const EVIDENCE_MAX_LENGTH = 2000;
/**
 * Digits before the decimal point a number field may take here: the package's currency fields store
 * 16 (precision 18, scale 2), and beyond 2^53 (about 9 × 10^15) a JavaScript number is no longer exact.
 */
export const MAX_INTEGER_DIGITS = 16;

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
    /** The value is a date with a horizon (a decision date): a day that has passed is pointed out. */
    hasHorizon?: boolean;
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
    /** Set when what the user typed cannot be stored: the board keeps it out of the draft and refuses to save. */
    pending?: PendingInput;
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
    /** Field API name → what the user typed that cannot be stored yet (the board keeps it). */
    @api pendingInputs?: Readonly<Record<string, PendingInput>> | null;
    /** Set once the rep tried to save with such input: every problem shows. */
    @api revealErrors = false;
    /** The user's day, 'YYYY-MM-DD': a decision date before it has passed. */
    @api today?: string | null;

    labels = LABELS;
    questionsOpen = false;
    /** The number field was left since its last edit: its problem shows. */
    private valueLeft = false;
    /**
     * The notes were opened for writing: they keep their writing size and counter from then on, so
     * leaving them moves nothing under the pointer (a shrinking box above or a page end clamping the
     * scroll would move the button being pressed between press and release).
     */
    private evidenceOpened = false;

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
        const text = this.evidencePending?.text ?? this.evidenceText;
        if (textarea && textarea.value !== text) {
            textarea.value = text;
        }
    }

    /** The interview keeps every box at its size on blur, so nothing moves under a finger. */
    get panelClass(): string {
        const steady = this.questionsInFront ? ' panel_steady' : '';
        return this.error
            ? `panel slds-box slds-box_small slds-has-error${steady}`
            : `panel slds-box slds-box_small${steady}`;
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
        return this.evidenceProblem ? 'true' : this.invalid(this.dimension?.evidenceField);
    }

    get valueInvalid(): string | null {
        return this.valueProblem ? 'true' : this.invalid(this.dimension?.valueField);
    }

    /** The error text is tied to the inputs it is about, so a screen reader reads it with them. */
    /** The rating lives in its own component, so it reads the message itself rather than by id. */
    get ratingError(): string | null {
        return this.ratingInvalid ? this.error : null;
    }

    get evidenceDescribedBy(): string {
        const ids = ['counter'];
        if (this.evidenceProblem) {
            ids.push('too-long');
        }
        if (this.invalid(this.dimension?.evidenceField)) {
            ids.push('error');
        }
        return ids.join(' ');
    }

    get valueDescribedBy(): string | null {
        const ids: string[] = [];
        if (this.valueProblem) {
            ids.push('value-problem');
        }
        if (this.invalid(this.dimension?.valueField)) {
            ids.push('error');
        }
        return ids.length > 0 ? ids.join(' ') : null;
    }

    /** The date field reads the dimension's save message itself: an id cannot reach into it. */
    get valueSaveError(): string | null {
        return this.invalid(this.dimension?.valueField) ? this.error : null;
    }

    /** What the user typed in the value field that cannot be stored, kept by the board. */
    get valuePending(): PendingInput | null {
        const field = this.dimension?.valueField;
        return (field && this.pendingInputs?.[field]) || null;
    }

    get evidencePending(): PendingInput | null {
        const field = this.dimension?.evidenceField;
        return (field && this.pendingInputs?.[field]) || null;
    }

    /** A number's problem shows once the field is left or a save was tried, not at every keystroke. */
    get valueProblem(): string | null {
        const pending = this.valuePending;
        return pending && (this.valueLeft || this.revealErrors) ? pending.message : null;
    }

    get valueElementClass(): string {
        return this.valueProblem
            ? 'slds-form-element panel__value slds-has-error'
            : 'slds-form-element panel__value';
    }

    /** Notes too long are never cut: the box keeps them and says so at once. */
    get evidenceProblem(): string | null {
        return this.evidencePending?.message ?? null;
    }

    get evidenceElementClass(): string {
        return this.evidenceProblem
            ? 'slds-form-element panel__evidence slds-has-error'
            : 'slds-form-element panel__evidence';
    }

    get textareaClass(): string {
        return this.evidenceOpened
            ? 'slds-textarea panel__textarea panel__textarea_open'
            : 'slds-textarea panel__textarea';
    }

    handleEvidenceFocus(): void {
        this.evidenceOpened = true;
    }

    get counterClass(): string {
        return this.evidenceProblem
            ? 'slds-form-element__help slds-text-color_error panel__counter panel__counter_over'
            : 'slds-form-element__help panel__counter';
    }

    /** What Blocker does here, told before it is chosen: a gate disqualifies, elsewhere it holds back. */
    get blockerHelp(): string {
        return this.isGate ? LABELS.Blocker_Gate_Help : LABELS.Blocker_Help;
    }

    get showDate(): boolean {
        return this.showValue && this.dimension?.valueType === 'date';
    }

    get dateValue(): string | null {
        return typeof this.structuredValue === 'string' ? this.structuredValue : null;
    }

    /** A decision date that has passed holds nothing back, so the rep is asked for a new one. */
    get dateNote(): string | null {
        const value = this.dateValue;
        return this.dimension?.hasHorizon && value && this.today && value < this.today
            ? LABELS.Date_Past
            : null;
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
        const text = this.evidencePending?.text ?? this.evidenceText;
        return formatLabel(LABELS.Characters, text.length, EVIDENCE_MAX_LENGTH);
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

    /** An amount of money available for a purchase is never below zero. */
    get valueMin(): string | undefined {
        return this.dimension?.valueType === 'currency' ? '0' : undefined;
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

    /** Notes over the limit stay in the box whole; the board keeps them out of the draft until shortened. */
    handleEvidenceInput(event: Event): void {
        if (!this.dimension) {
            return;
        }
        const text = (event.target as HTMLTextAreaElement).value;
        if (text.length > EVIDENCE_MAX_LENGTH) {
            const over = new Intl.NumberFormat(LOCALE).format(text.length - EVIDENCE_MAX_LENGTH);
            const limit = new Intl.NumberFormat(LOCALE).format(EVIDENCE_MAX_LENGTH);
            this.announce(this.dimension.evidenceField, null, {
                text,
                message: formatLabel(LABELS.Evidence_Too_Long, over, limit),
            });
        } else {
            this.announce(this.dimension.evidenceField, text);
        }
    }

    handleDateChange(event: CustomEvent<DateChangeDetail>): void {
        const field = this.dimension?.valueField;
        if (!field) {
            return;
        }
        const { value, text, problem } = event.detail;
        this.announce(field, value, problem === null ? undefined : { text, message: problem });
    }

    /**
     * A number counts as it is typed, so Save is ready without leaving the field. What cannot be
     * stored (no number, a negative amount, too many digits) never reaches the draft: the board keeps
     * it and refuses to save, and the field names the problem once it is left.
     */
    handleValueChange(event: Event): void {
        const dimension = this.dimension;
        if (!dimension?.valueField) {
            return;
        }
        const input = event.target as HTMLInputElement;
        this.valueLeft = event.type === 'change';
        const raw = input.value;
        if (!this.isNumberValue) {
            this.announce(dimension.valueField, raw.trim() === '' ? null : raw);
            return;
        }
        // A number input the browser cannot parse reads as ''; taking that for "cleared" would
        // erase the stored value on save.
        const problem = this.numberProblem(raw, input.validity?.badInput === true);
        if (problem) {
            this.announce(dimension.valueField, null, { text: raw, message: problem });
        } else {
            this.announce(dimension.valueField, raw.trim() === '' ? null : Number(raw));
        }
    }

    private numberProblem(raw: string, badInput: boolean): string | null {
        if (badInput) {
            return LABELS.Number_Invalid;
        }
        if (raw.trim() === '') {
            return null;
        }
        const parsed = Number(raw);
        if (!Number.isFinite(parsed)) {
            return LABELS.Number_Invalid;
        }
        if (this.dimension?.valueType === 'currency' && parsed < 0) {
            return LABELS.Amount_Negative;
        }
        if (Math.abs(parsed) >= 10 ** MAX_INTEGER_DIGITS) {
            return formatLabel(LABELS.Number_Range, MAX_INTEGER_DIGITS);
        }
        return null;
    }

    private invalid(field: string | null | undefined): string | null {
        return field && this.fieldErrors?.[field] ? 'true' : null;
    }

    private announce(field: string, value: string | number | null, pending?: PendingInput): void {
        const detail: AnswerChangeDetail = { key: this.dimension?.key ?? '', field, value };
        if (pending) {
            detail.pending = pending;
        }
        this.dispatchEvent(new CustomEvent<AnswerChangeDetail>('answerchange', { detail }));
    }
}
