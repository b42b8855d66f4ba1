/**
 * c/qualificationPipelineRows: the grid rows of one loaded page of c/qualificationPipeline. Each page is
 * its own component with its own immutable rows, so appending a page renders only the new rows: LWC
 * re-renders a child only when a property it gets changes, and the earlier pages get the same arrays.
 * The parent owns the roving focus; this component shows it (tabindex 0 on one cell), moves it into a
 * cell when asked, and reports a focused cell and a row to open.
 */
import { LightningElement, api } from 'lwc';

/** One cell as c/qualificationPipeline's view builds it (pipelineView.ts). */
export interface GridCell {
    readonly key: string;
    readonly col: number;
    readonly tabindex: number;
    readonly text: string;
    readonly rating: string | null;
    readonly hiddenText: string | null;
    readonly className: string;
}

export interface GridRow {
    readonly id: string;
    /** Grid row number (0 the column headers). */
    readonly row: number;
    readonly ariaRowIndex: number;
    readonly cells: readonly GridCell[];
}

/**
 * The rows, wrapped in an instance of a class by the parent so that LWC passes them without a read-only
 * proxy (pipelineView.ts, GridRows): this component never changes them.
 */
export interface GridRowsOfPage {
    readonly rows: readonly GridRow[];
}

export interface CellFocusDetail {
    readonly row: number;
    readonly col: number;
}

export default class QualificationPipelineRows extends LightningElement {
    @api grid: GridRowsOfPage = { rows: [] };
    /** The focused cell when it lies in these rows, else -1: only the page that holds it re-renders. */
    @api focusRow = -1;
    @api focusCol = -1;

    /** The rows with the one focusable cell (tabindex 0) when the focus is here; the others as given. */
    get shownRows(): readonly GridRow[] {
        const focusRow = this.focusRow;
        const focusCol = this.focusCol;
        const rows = this.grid.rows;
        if (focusRow < 0) return rows;
        return rows.map((row) => {
            if (row.row !== focusRow) return row;
            const cells = row.cells.map((cell) => {
                return cell.col === focusCol ? { ...cell, tabindex: 0 } : cell;
            });
            return { ...row, cells };
        });
    }

    /** Moves the keyboard focus into a cell of these rows. */
    @api
    focusCell(row: number, col: number): void {
        this.template
            ?.querySelector<HTMLElement>(`td[data-row="${row}"][data-col="${col}"]`)
            ?.focus();
    }

    /** The cells are the only focusable elements of these rows: the target is always one. */
    handleFocusIn(event: FocusEvent): void {
        const cell = event.target as HTMLElement;
        const detail: CellFocusDetail = {
            row: Number(cell.dataset.row),
            col: Number(cell.dataset.col),
        };
        this.dispatchEvent(new CustomEvent<CellFocusDetail>('cellfocus', { detail }));
    }

    handleRowClick(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        if (id) this.dispatchEvent(new CustomEvent<string>('rowopen', { detail: id }));
    }
}
