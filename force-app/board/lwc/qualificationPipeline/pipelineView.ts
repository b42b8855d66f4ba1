/**
 * Turns the model's columns and rows into what the template iterates: header cells, the gap-count
 * row, grid rows with their cells, and the phone's compact items. Plain objects built once per
 * render; the roving tabindex is the only per-keystroke difference.
 */
import {
    DIMENSION_PREFIX,
    GAP_RATINGS,
    dimensionLabel,
    readableWeakest,
    ratingOf,
    valueOf,
    type GapCount,
    type PipelineColumn,
    type PipelinePage,
    type PipelineRow,
    type PipelineTexts,
} from 'c/qualificationPipelineModel';
import { LABELS, format } from './pipelineLabels';

export interface Formatters {
    readonly number: (value: number) => string;
    readonly currency: (value: number) => string;
    readonly date: (isoDay: string) => string;
}

export interface HeaderCellView {
    readonly key: string;
    readonly col: number;
    readonly label: string;
    readonly gateText: string | null;
    readonly hiddenText: string | null;
    readonly ariaSort: 'ascending' | 'descending' | 'none';
    readonly sortText: string;
    readonly tabindex: number;
    readonly className: string;
}

export interface CountCellView {
    readonly key: string;
    readonly col: number;
    readonly tabindex: number;
    readonly isDimension: boolean;
    readonly text: string;
    readonly lines: ReadonlyArray<{ key: string; rating: string; label: string; count: number }>;
    readonly mostCommonText: string | null;
    readonly className: string;
}

/** A grid cell (c/qualificationPipelineRows renders it): tabindex -1 until the focus comes to it. */
export interface CellView {
    readonly key: string;
    readonly col: number;
    readonly tabindex: number;
    /** Blank in a hidden cell: the row component shows a dash beside hiddenText. */
    readonly text: string;
    /** A dimension's rating: the cell shows its swatch beside the text. */
    readonly rating: string | null;
    readonly hiddenText: string | null;
    readonly className: string;
}

export interface RowView {
    readonly id: string;
    readonly row: number;
    readonly ariaRowIndex: number;
    readonly cells: readonly CellView[];
}

export interface CompactItemView {
    readonly id: string;
    readonly name: string;
    readonly statusText: string;
    readonly weakestText: string;
    readonly swatches: ReadonlyArray<{ key: string; rating: string; title: string }>;
}

export interface Focus {
    readonly row: number;
    readonly col: number;
}

/** Grid rows: 0 the column headers, 1 the gap counts, 2… the records. */
export const FIRST_DATA_ROW = 2;

export function headerCells(
    columns: readonly PipelineColumn[],
    sort: { key: string; descending: boolean },
    focus: Focus,
): HeaderCellView[] {
    return columns.map((column, col) => {
        const sorted = sort.key === column.key;
        return {
            key: column.key,
            col,
            label: column.label,
            gateText: column.isGate ? LABELS.Gate : null,
            hiddenText: column.hidden
                ? LABELS.Not_Readable
                : column.live
                  ? LABELS.Weakest_Live
                  : null,
            ariaSort: sorted ? (sort.descending ? 'descending' : 'ascending') : 'none',
            sortText: format(
                column.sortable
                    ? LABELS.Sort_By
                    : column.live
                      ? LABELS.Live_Not_Sortable
                      : LABELS.Not_Sortable,
                column.label,
            ),
            tabindex: focus.row === 0 && focus.col === col ? 0 : -1,
            className: `pipeline__head${column.key.startsWith(DIMENSION_PREFIX) ? ' pipeline__head_dimension' : ''}${
                sorted ? ' pipeline__head_sorted' : ''
            }`,
        };
    });
}

export function countCells(
    columns: readonly PipelineColumn[],
    counts: readonly GapCount[],
    ratingLabels: Readonly<Record<string, string>>,
    focus: Focus,
    caption: string,
): CountCellView[] {
    const byKey = new Map(counts.map((count) => [DIMENSION_PREFIX + count.key, count]));
    return columns.map((column, col) => {
        const count = byKey.get(column.key);
        const tabindex = focus.row === 1 && focus.col === col ? 0 : -1;
        if (count === undefined || !count.readable) {
            return {
                key: column.key,
                col,
                tabindex,
                isDimension: false,
                // The first cell says what the row counts: the rows loaded, not every matching record.
                text: count !== undefined ? LABELS.Not_Readable : col === 0 ? caption : '',
                lines: [],
                mostCommonText: null,
                className: 'pipeline__count',
            };
        }
        const numbers: Record<string, number> = {
            Not_Met: count.notMet,
            Blocker: count.blocker,
            Not_Explored: count.notExplored,
        };
        return {
            key: column.key,
            col,
            tabindex,
            isDimension: true,
            text: format(LABELS.Gap_Counts, count.notMet, count.blocker, count.notExplored),
            lines: GAP_RATINGS.map((rating) => ({
                key: rating,
                rating,
                label: ratingLabels[rating] ?? rating,
                count: numbers[rating] ?? 0,
            })),
            mostCommonText: count.mostCommon ? LABELS.Most_Common_Gap : null,
            className: `pipeline__count${count.mostCommon ? ' pipeline__count_most' : ''}`,
        };
    });
}

/**
 * The grid rows of records loaded, built once per page: `firstIndex` is the first record's place among
 * all rows loaded. No focus here: c/qualificationPipelineRows gives the focused cell its tabindex 0.
 */
export function rowViews(
    rows: readonly PipelineRow[],
    columns: readonly PipelineColumn[],
    page: PipelinePage,
    texts: PipelineTexts,
    formatters: Formatters,
    firstIndex: number,
): RowView[] {
    const classNames = columns.map(cellClassName);
    return rows.map((row, index) => {
        const gridRow = FIRST_DATA_ROW + firstIndex + index;
        return {
            id: row.id,
            row: gridRow,
            ariaRowIndex: gridRow + 1,
            cells: columns.map((column, col) =>
                cellView(row, column, col, page, texts, formatters, classNames[col] ?? ''),
            ),
        };
    });
}

function cellClassName(column: PipelineColumn): string {
    if (column.hidden) return 'pipeline__cell pipeline__cell_hidden';
    if (column.key.startsWith(DIMENSION_PREFIX)) return 'pipeline__cell pipeline__rating';
    return `pipeline__cell${column.key === 'name' ? ' pipeline__cell_name' : ''}${
        column.kind === 'number' || column.kind === 'percent' || column.kind === 'currency'
            ? ' pipeline__cell_number'
            : ''
    }`;
}

function cellView(
    row: PipelineRow,
    column: PipelineColumn,
    col: number,
    page: PipelinePage,
    texts: PipelineTexts,
    formatters: Formatters,
    className: string,
): CellView {
    if (column.hidden) {
        return {
            key: column.key,
            col,
            tabindex: -1,
            text: '',
            rating: null,
            hiddenText: LABELS.Not_Readable,
            className,
        };
    }
    if (column.key.startsWith(DIMENSION_PREFIX)) {
        const rating = ratingOf(row, column.key.slice(DIMENSION_PREFIX.length));
        return {
            key: column.key,
            col,
            tabindex: -1,
            text: page.ratingLabels[rating] ?? rating,
            rating,
            hiddenText: null,
            className,
        };
    }
    const value = valueOf(row, column, page, texts);
    let text = '';
    if (typeof value === 'number') {
        text =
            column.kind === 'currency'
                ? formatters.currency(value)
                : column.kind === 'percent'
                  ? `${formatters.number(value)} %`
                  : formatters.number(value);
    } else if (value !== null) {
        text = column.kind === 'date' ? formatters.date(value) : value;
    }
    return { key: column.key, col, tabindex: -1, text, rating: null, hiddenText: null, className };
}

/**
 * A page's grid rows as c/qualificationPipelineRows gets them: an instance of a class, not a plain array.
 * LWC hands a plain object or array to a child as a read-only proxy and observes every read of it while
 * the child renders (a proxy trap per row and per cell); an instance of a class passes as it is. The rows
 * are never changed once built, so the proxy would guard nothing.
 */
export class GridRows {
    constructor(readonly rows: readonly RowView[]) {}
}

/**
 * One page of records as the view shows it, built once when the page arrives and never changed after:
 * its grid rows on a desktop, its compact items on a phone. Grid rows `first`…`last` hold its records.
 */
export interface RowBlock {
    readonly key: string;
    readonly first: number;
    readonly last: number;
    readonly grid: GridRows;
    readonly items: readonly CompactItemView[];
}

export function rowBlock(
    rows: readonly PipelineRow[],
    page: PipelinePage,
    columns: readonly PipelineColumn[],
    texts: PipelineTexts,
    formatters: Formatters,
    firstIndex: number,
    phone: boolean,
): RowBlock {
    return {
        key: `rows-${firstIndex}`,
        first: FIRST_DATA_ROW + firstIndex,
        last: FIRST_DATA_ROW + firstIndex + rows.length - 1,
        grid: new GridRows(
            phone ? [] : rowViews(rows, columns, page, texts, formatters, firstIndex),
        ),
        items: phone ? compactItems(rows, page, columns) : [],
    };
}

/** The phone's list: status, weakest dimension and one swatch per readable dimension. */
export function compactItems(
    rows: readonly PipelineRow[],
    page: PipelinePage,
    columns: readonly PipelineColumn[],
): CompactItemView[] {
    const statusHidden = columns.find((column) => column.key === 'status')?.hidden ?? true;
    const weakest = columns.find((column) => column.key === 'weakest');
    const readable = page.dimensions.filter((dimension) => dimension.readable);
    return rows.map((row) => ({
        id: row.id,
        name: row.name,
        statusText: statusHidden
            ? LABELS.Not_Readable
            : (page.statusOptions.find((option) => option.value === row.status)?.label ??
              row.status ??
              ''),
        weakestText:
            weakest === undefined || weakest.hidden
                ? LABELS.Not_Readable
                : (dimensionLabel(
                      page,
                      weakest.live ? readableWeakest(page.dimensions, row) : row.weakestDimension,
                  ) ?? '—'),
        swatches: readable.map((dimension) => {
            const rating = ratingOf(row, dimension.key);
            return {
                key: dimension.key,
                rating,
                title: `${dimension.label}: ${page.ratingLabels[rating] ?? rating}`,
            };
        }),
    }));
}
