import { LightningElement, api } from 'lwc';

/**
 * Radio groups are scoped by name within a tree, and under synthetic shadow (Lightning Experience)
 * every control shares the document: two boards on a page (console tabs) would otherwise uncheck
 * each other's ratings. Each instance therefore names its group uniquely.
 */
let instances = 0;

export interface RatingOption {
    value: string;
    label: string;
}

export interface RatingChangeDetail {
    value: string;
}

interface RatingItem extends RatingOption {
    id: string;
    checked: boolean;
    title: string | null;
    describedBy: string | null;
}

const BLOCKER = 'Blocker';

/**
 * One dimension's rating: the scale as one segmented group of native radio buttons, so the browser
 * gives it radio-group keyboard behaviour (one tab stop, arrow keys move and select). Every segment
 * carries its text and a colour swatch; the colour only repeats what the text says.
 */
export default class QualificationRating extends LightningElement {
    /** The group's accessible name, e.g. the dimension's label. */
    @api label = '';
    @api options: RatingOption[] = [];
    /** The rating's picklist API name; nothing stored reads as not explored. */
    @api value?: string | null;
    @api disabled = false;
    /** A message about this rating (a failed save), read with the group. */
    @api error?: string | null;
    /** What Blocker does on this dimension: read with the Blocker segment, and its tooltip. */
    @api blockerHelp?: string | null;
    /** Shows that help below the scale before anything is chosen (the interview has the room). */
    @api showBlockerHelp = false;

    private readonly instance = ++instances;

    /** Focuses the chosen segment, which is the group's one tab stop. */
    @api focus(): void {
        const inputs = Array.from(this.template?.querySelectorAll<HTMLInputElement>('input') ?? []);
        (inputs.find((input) => input.checked) ?? inputs[0])?.focus();
    }

    get groupName(): string {
        return `rating-${this.instance}`;
    }

    get items(): RatingItem[] {
        const current = this.value || 'Not_Explored';
        return this.options.map((option) => {
            const isBlocker = option.value === BLOCKER && this.hasBlockerHelp;
            const ids = [isBlocker ? 'blocker-help' : null, this.error ? 'rating-error' : null];
            const describedBy = ids.filter(Boolean).join(' ');
            return {
                ...option,
                id: `segment-${option.value}`,
                checked: option.value === current,
                title: isBlocker ? (this.blockerHelp ?? null) : null,
                describedBy: describedBy === '' ? null : describedBy,
            };
        });
    }

    get invalid(): string | null {
        return this.error ? 'true' : null;
    }

    get hasBlockerHelp(): boolean {
        return Boolean(this.blockerHelp) && this.options.some((option) => option.value === BLOCKER);
    }

    /** Visible in the interview and once Blocker is chosen; otherwise read by screen readers and as a tooltip. */
    get blockerHelpClass(): string {
        return this.showBlockerHelp || this.value === BLOCKER
            ? 'slds-text-body_small rating__blocker-help'
            : 'slds-assistive-text rating__blocker-help';
    }

    handleChange(event: Event): void {
        const input = event.target as HTMLInputElement;
        if (input.checked) {
            const detail: RatingChangeDetail = { value: input.value };
            this.dispatchEvent(new CustomEvent<RatingChangeDetail>('ratingchange', { detail }));
        }
    }
}
