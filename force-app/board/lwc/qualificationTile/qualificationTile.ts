import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';

/** What a canvas tile shows of one dimension, already in the user's language and formats. */
export interface TileView {
    key: string;
    /** Position in conversation order, from 1. */
    position: number;
    label: string;
    isGate: boolean;
    /** The rating's picklist API name (colours the tile); null when the user cannot read it. */
    rating: string | null;
    ratingLabel: string;
    valueLabel: string | null;
    valueText: string | null;
    /** The first line of the evidence notes; null without any. */
    evidenceLine: string | null;
    /** Why this tile's value holds the record back (a date beyond its horizon); null when it does not. */
    holdNote?: string | null;
}

export interface TileSelectDetail {
    key: string;
}

/**
 * One dimension on the canvas, read at a glance: coloured by its rating (the rating's name is written
 * on it too), gate mark, structured value and the first line of the evidence. The whole tile is one
 * button: click, Enter or Space asks the board to edit the dimension in place.
 */
export default class QualificationTile extends LightningElement {
    @api tile?: TileView;

    labels = LABELS;

    @api focus(): void {
        (this.refs?.button as HTMLElement | undefined)?.focus();
    }

    get position(): number {
        return this.tile?.position ?? 0;
    }

    get name(): string {
        return this.tile?.label ?? '';
    }

    get isGate(): boolean {
        return this.tile?.isGate === true;
    }

    get ratingLabel(): string {
        return this.tile?.ratingLabel ?? '';
    }

    get valueLabel(): string {
        return this.tile?.valueLabel ?? '';
    }

    get ratingKey(): string {
        return this.tile?.rating ?? 'Hidden';
    }

    get editText(): string {
        return formatLabel(LABELS.Edit_Dimension, this.tile?.label ?? '');
    }

    get evidenceText(): string {
        return this.tile?.evidenceLine ?? LABELS.No_Evidence;
    }

    get holdNote(): string | null {
        return this.tile?.holdNote ?? null;
    }

    get evidenceClass(): string {
        return this.tile?.evidenceLine ? 'tile__evidence' : 'tile__evidence tile__evidence_empty';
    }

    get showValue(): boolean {
        return Boolean(this.tile?.valueLabel);
    }

    get valueText(): string {
        return this.tile?.valueText ?? '–';
    }

    handleClick(): void {
        const detail: TileSelectDetail = { key: this.tile?.key ?? '' };
        this.dispatchEvent(new CustomEvent<TileSelectDetail>('tileselect', { detail }));
    }
}
