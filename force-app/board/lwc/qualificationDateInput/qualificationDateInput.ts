import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';
import { FIRST_YEAR, LAST_YEAR, formatDate, parseDate, patternHint } from './localeDate';

/** What the user typed, as the board keeps it while it cannot be stored. */
export interface PendingInput {
    text: string;
    message: string;
}

export interface DateChangeDetail {
    /** The day as 'YYYY-MM-DD', or null when the field is empty or holds no whole date. */
    value: string | null;
    text: string;
    /** Why the text is no date the field can store; null when it is one (or empty). */
    problem: string | null;
}

/**
 * A date field that shows and accepts dates as the Salesforce user's locale writes them, with a
 * calendar button. A native `<input type="date">` writes the browser's format (a German user with an
 * English browser saw 06/05/2027) and hands over a nearby day while a segment is half typed; the
 * base component `lightning-input` is not available in the preview, which does not load base
 * components. So the text is ours (parsed strictly, see ./localeDate) and the calendar is the
 * browser's own, opened from the button: the OS picker on a phone, with nothing of ours to break.
 */
export default class QualificationDateInput extends LightningElement {
    @api label = '';
    /** The stored or drafted day, 'YYYY-MM-DD'. */
    @api value?: string | null;
    /** Text the board holds because it is no date yet; shown instead of the value. */
    @api pending?: PendingInput | null;
    /** Set once the rep tried to save: a problem shows even while the field has focus. */
    @api revealErrors = false;
    @api readOnly = false;
    /** A save error on this field: the panel shows it below the dimension; the field is read with it. */
    @api saveError?: string | null;
    /** A note below the field when there is no problem, e.g. that the day has passed. */
    @api note?: string | null;
    /**
     * Keeps the help line (the format) below the field at all times, so a problem replacing it moves
     * nothing (the interview). Elsewhere the line appears only for a problem or a note, and the
     * placeholder or the date itself shows the format.
     */
    @api steady = false;

    private typed?: string;
    private left = false;

    get displayText(): string {
        return this.typed ?? this.pending?.text ?? formatDate(this.value, LOCALE);
    }

    get hint(): string {
        return patternHint(LOCALE, LABELS.Date_Letters);
    }

    get pickLabel(): string {
        return formatLabel(LABELS.Date_Pick, this.label);
    }

    get pickerValue(): string {
        return this.pending ? '' : (this.value ?? '');
    }

    get showsProblem(): boolean {
        return Boolean(this.pending) && (this.left || this.revealErrors);
    }

    get ariaInvalid(): string | null {
        return this.showsProblem || this.saveError ? 'true' : null;
    }

    get showHelp(): boolean {
        return this.steady || this.showsProblem || Boolean(this.note);
    }

    get describedBy(): string | null {
        const ids = [this.showHelp ? 'help' : null, this.saveError ? 'save-error' : null];
        const joined = ids.filter(Boolean).join(' ');
        return joined === '' ? null : joined;
    }

    get formElementClass(): string {
        return this.showsProblem
            ? 'slds-form-element date-input slds-has-error'
            : 'slds-form-element date-input';
    }

    get helpText(): string {
        if (this.showsProblem && this.pending) {
            return this.pending.message;
        }
        return this.note || formatLabel(LABELS.Date_Hint, this.hint);
    }

    get helpClass(): string {
        return this.showsProblem
            ? 'slds-form-element__help date-input__help'
            : 'slds-form-element__help slds-text-color_weak date-input__help';
    }

    handleFocus(): void {
        this.left = false;
    }

    handleInput(event: Event): void {
        const text = (event.target as HTMLInputElement).value;
        this.typed = text;
        this.left = false;
        this.announce(text);
    }

    /** Leaving the field shows its problem, and a whole date in the locale's own spelling. */
    handleBlur(): void {
        this.typed = undefined;
        this.left = true;
    }

    /** Opens the browser's calendar; where showPicker is missing, focusing the input opens it on a phone. */
    handlePick(): void {
        const picker = this.refs?.picker as
            (HTMLInputElement & { showPicker?: () => void }) | undefined;
        if (!picker) {
            return;
        }
        try {
            if (typeof picker.showPicker !== 'function') {
                throw new Error('no showPicker');
            }
            picker.showPicker();
        } catch {
            picker.focus();
            picker.click();
        }
    }

    handlePicked(event: Event): void {
        const value = (event.target as HTMLInputElement).value;
        this.typed = undefined;
        this.announce(formatDate(value, LOCALE));
    }

    private announce(text: string): void {
        const parsed = parseDate(text, LOCALE);
        const detail: DateChangeDetail = parsed.ok
            ? { value: parsed.value, text, problem: null }
            : { value: null, text, problem: this.problemText(parsed.problem, text) };
        this.dispatchEvent(new CustomEvent<DateChangeDetail>('datechange', { detail }));
    }

    private problemText(problem: 'incomplete' | 'impossible' | 'year', text: string): string {
        switch (problem) {
            case 'impossible':
                return formatLabel(LABELS.Date_Impossible, text.trim());
            case 'year':
                return formatLabel(LABELS.Date_Year_Range, FIRST_YEAR, LAST_YEAR);
            default:
                return formatLabel(LABELS.Date_Incomplete, this.hint);
        }
    }
}
