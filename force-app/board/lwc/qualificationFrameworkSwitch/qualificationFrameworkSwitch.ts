import { LightningElement, api } from 'lwc';
import getFrameworkChoices from '@salesforce/apex/QualificationFrameworkChoices.getFrameworkChoices';
import type { FrameworkChoice } from '@salesforce/apex/QualificationFrameworkChoices.getFrameworkChoices';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';
import { flattenError } from 'c/qualificationErrors';
import { SWITCH_LABELS } from './switchLabels';

/** What the switch reads of each of the board's panels: the dimension and what it holds now. */
export interface SwitchPanel {
    dimension: { label: string; ratingField: string };
    value: string | null;
    evidence: string | null;
    structuredValue: string | number | null;
}

export interface FrameworkChangeDetail {
    name: string;
}

interface Option {
    name: string;
    label: string;
    checked: boolean;
}

/** A line of the form; `kind` is its class and key. */
interface Message {
    kind: string;
    text: string;
    role?: string;
}

/**
 * Changes the record's framework from the board header, for users the board's configuration allows
 * (`frameworkEditable`). Nothing is requested until it is opened; then it lists the frameworks that
 * apply to the record and, for the one chosen, names the answered dimensions the new framework does
 * not use and those it keeps (an answer lives in its dimension's fields, which frameworks sharing the
 * dimension share). Saving is the board's: `frameworkchange` puts the framework into the board's draft
 * and saves it with the ordinary save; a save that fails leaves it there (`pendingFramework`), shown
 * here until it is saved or the user keeps the current framework (`frameworkcancel`).
 */
export default class QualificationFrameworkSwitch extends LightningElement {
    @api recordId = '';
    @api frameworkLabel = '';
    /** The board's panels in framework order (their current values, draft included). */
    @api panels: SwitchPanel[] = [];
    /** The board has unsaved edits: they are saved with the switch. */
    @api unsaved = false;
    @api saving = false;
    /** A chosen framework still in the board's draft: its save failed or has not finished. */
    @api pendingFramework: string | null = null;

    labels = SWITCH_LABELS;
    opened = false;
    choices?: FrameworkChoice[];
    loadError?: string;
    picked?: string;
    private currentName = '';
    private focusAfterRender?: string;

    /** The framework the board shows; when it changes (the switch was saved) the form closes. */
    @api
    get frameworkName(): string {
        return this.currentName;
    }
    set frameworkName(name: string) {
        if (this.currentName !== '' && name !== this.currentName) {
            this.opened = false;
            this.picked = undefined;
        }
        this.currentName = name;
    }

    get open(): boolean {
        return this.opened || this.pendingFramework !== null;
    }

    get chosen(): string | undefined {
        return this.pendingFramework ?? this.picked;
    }

    /** Every framework but the current one. */
    get options(): Option[] {
        return (this.choices ?? [])
            .filter((choice) => choice.name !== this.currentName)
            .map((choice) => ({
                name: choice.name,
                label: choice.label,
                checked: choice.name === this.chosen,
            }));
    }

    get choice(): FrameworkChoice | undefined {
        return this.choices?.find((candidate) => candidate.name === this.chosen);
    }

    /**
     * What the form says, in order: why there is nothing to choose, or which answered dimensions of
     * the current framework the chosen one does not read and which it keeps, then a save still due.
     */
    get messages(): Message[] {
        const L = SWITCH_LABELS;
        if (this.loadError !== undefined) {
            return [alert(formatLabel(L.Load_Error, this.loadError))];
        }
        if (!this.choices) {
            return [{ kind: 'switch__status', text: L.Loading, role: 'status' }];
        }
        if (this.options.length === 0) {
            return [{ kind: 'switch__status', text: L.None }];
        }
        const choice = this.choice;
        if (!choice) {
            return [];
        }
        const read = new Set(choice.dimensions.map((dimension) => dimension.ratingField));
        const answered = this.panels.filter(isAnswered);
        const titles = (kept: boolean): string =>
            answered
                .filter((panel) => read.has(panel.dimension.ratingField) === kept)
                .map((panel) => panel.dimension.label)
                .join(', ');
        const unused = titles(false);
        const kept = titles(true);
        const messages: Message[] = [];
        if (unused) {
            messages.push({
                kind: 'switch__unused slds-text-color_error',
                text: formatLabel(L.Unused, choice.label, unused),
            });
        }
        if (kept || !unused) {
            messages.push({
                kind: 'switch__kept',
                text: kept ? formatLabel(L.Kept, choice.label, kept) : L.Nothing_Answered,
            });
        }
        if (this.pendingFramework !== null) {
            if (!this.saving) {
                messages.push(alert(formatLabel(L.Pending, choice.label)));
            }
        } else if (this.unsaved) {
            messages.push({ kind: 'switch__note', text: L.Unsaved_Too });
        }
        return messages;
    }

    get cancelLabel(): string {
        return formatLabel(SWITCH_LABELS.Cancel, this.frameworkLabel);
    }

    get saveLabel(): string {
        return this.saving ? LABELS.Saving : SWITCH_LABELS.Save;
    }

    get saveDisabled(): boolean {
        return this.saving || !this.choice;
    }

    async handleOpen(): Promise<void> {
        this.opened = true;
        this.focusAfterRender = '.switch__form';
        if (this.choices) {
            return;
        }
        this.loadError = undefined;
        try {
            this.choices = await getFrameworkChoices({ recordId: this.recordId });
            this.focusAfterRender = 'input[type="radio"]';
        } catch (error) {
            this.loadError = flattenError(error, LABELS.Error_Network).message;
        }
    }

    handleSelect(event: Event): void {
        this.picked = (event.target as HTMLInputElement).value;
    }

    handleSave(): void {
        const name = this.chosen;
        if (name && !this.saving) {
            this.dispatchEvent(
                new CustomEvent<FrameworkChangeDetail>('frameworkchange', { detail: { name } }),
            );
        }
    }

    /** Closes the form; a choice whose save failed leaves the board's draft as well. */
    handleCancel(): void {
        this.opened = false;
        this.picked = undefined;
        if (this.choices === undefined) {
            // A failed load is tried again next time.
            this.loadError = undefined;
        }
        if (this.pendingFramework !== null) {
            this.dispatchEvent(new CustomEvent('frameworkcancel'));
        }
        this.focusAfterRender = '.switch__open';
    }

    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && !this.saving) {
            event.stopPropagation();
            this.handleCancel();
        }
    }

    override renderedCallback(): void {
        const target = this.focusAfterRender;
        if (target) {
            this.focusAfterRender = undefined;
            this.template?.querySelector<HTMLElement>(target)?.focus();
        }
    }
}

function alert(text: string): Message {
    return { kind: 'switch__error slds-text-color_error', text, role: 'alert' };
}

/** A rating other than not yet explored, notes or a value: something the rep recorded. */
function isAnswered(panel: SwitchPanel): boolean {
    return (
        (panel.value !== null && panel.value !== '' && panel.value !== 'Not_Explored') ||
        (panel.evidence !== null && panel.evidence.trim() !== '') ||
        (panel.structuredValue !== null && panel.structuredValue !== '')
    );
}
