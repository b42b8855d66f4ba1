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

    get loading(): boolean {
        return !this.choices && !this.loadError;
    }

    get loadErrorText(): string {
        return formatLabel(SWITCH_LABELS.Load_Error, this.loadError ?? '');
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

    get noOther(): boolean {
        return this.options.length === 0;
    }

    get choice(): FrameworkChoice | undefined {
        return this.choices?.find((candidate) => candidate.name === this.chosen);
    }

    /** The answered dimensions of the current framework, split by whether the chosen one reads them. */
    get impact(): { kept: string; unused: string; nothing: boolean } | undefined {
        const choice = this.choice;
        if (!choice) {
            return undefined;
        }
        const read = new Set(choice.dimensions.map((dimension) => dimension.ratingField));
        const answered = this.panels.filter(isAnswered);
        const titles = (keep: boolean): string =>
            answered
                .filter((panel) => read.has(panel.dimension.ratingField) === keep)
                .map((panel) => panel.dimension.label)
                .join(', ');
        const kept = titles(true);
        const unused = titles(false);
        return {
            kept: kept && formatLabel(SWITCH_LABELS.Kept, choice.label, kept),
            unused: unused && formatLabel(SWITCH_LABELS.Unused, choice.label, unused),
            nothing: answered.length === 0,
        };
    }

    get pendingText(): string {
        const choice = this.choice;
        return this.pendingFramework !== null && !this.saving
            ? formatLabel(SWITCH_LABELS.Pending, choice?.label ?? this.pendingFramework)
            : '';
    }

    get showUnsaved(): boolean {
        return this.unsaved && this.pendingFramework === null;
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

/** A rating other than not yet explored, notes or a value: something the rep recorded. */
function isAnswered(panel: SwitchPanel): boolean {
    return (
        (panel.value !== null && panel.value !== '' && panel.value !== 'Not_Explored') ||
        (panel.evidence !== null && panel.evidence.trim() !== '') ||
        (panel.structuredValue !== null && panel.structuredValue !== '')
    );
}
