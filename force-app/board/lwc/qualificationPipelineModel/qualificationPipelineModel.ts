/**
 * The pipeline view's model (docs/architecture.md, "Pipeline view"): what `c/qualificationPipeline`
 * shows, computed from the pages `QualificationPipelineController` returns, without a template so
 * Jest, the preview and bench:ui exercise it directly.
 */
import { readableWeakest } from './readableWeakest';

export { readableWeakest };

export type PipelineObject = 'Lead' | 'Opportunity';
export type PipelineScope = 'mine' | 'team' | 'all';

export interface PipelineDimension {
    readonly key: string;
    readonly label: string;
    readonly isGate: boolean;
    /** Describe isAccessible() of its rating field; an unreadable one is never selected. */
    readonly readable: boolean;
    /** Its weight, for the weakest dimension worked out from the ratings the user can read. */
    readonly weight: number;
}

export interface PipelineOption {
    readonly value: string;
    readonly label: string;
}

export interface PipelineRow {
    readonly id: string;
    readonly name: string;
    readonly ownerName: string | null;
    readonly stage: string | null;
    readonly status: string | null;
    readonly score: number | null;
    readonly completeness: number | null;
    readonly amount: number | null;
    readonly closeDate: string | null;
    readonly weakestDimension: string | null;
    readonly nextGate: string | null;
    readonly nextGateStatus: string | null;
    readonly ratings: Readonly<Record<string, string | null>>;
}

/** One page as the controller returns it. */
export interface PipelinePage {
    readonly objectApiName: PipelineObject;
    readonly frameworkName: string;
    readonly frameworkLabel: string;
    readonly dimensions: readonly PipelineDimension[];
    readonly hiddenColumns: readonly string[];
    readonly ratingLabels: Readonly<Record<string, string>>;
    readonly statusOptions: readonly PipelineOption[];
    readonly stageOptions: readonly PipelineOption[];
    /** The frameworks that apply to the object, for the framework filter. */
    readonly frameworkOptions: readonly PipelineOption[];
    readonly rows: readonly PipelineRow[];
    readonly hasMore: boolean;
    readonly nextCursorValue: string | null;
    readonly nextCursorId: string | null;
}

/** What the user chose: the controller's request without the cursor. */
export interface PipelineQuery {
    readonly objectApiName: PipelineObject;
    readonly frameworkName: string | null;
    readonly scope: PipelineScope;
    readonly stage: string | null;
    readonly status: string | null;
    /** A column's key: the server orders every column over all matching records. */
    readonly sortKey: string;
    readonly descending: boolean;
}

export interface PipelineRequest extends PipelineQuery {
    readonly cursorValue: string | null;
    readonly cursorId: string | null;
}

export interface PipelineSort {
    readonly key: string;
    readonly descending: boolean;
}

export const NOT_EXPLORED = 'Not_Explored';
/** Ratings the header counts: the gaps. */
export const GAP_RATINGS = ['Not_Met', 'Blocker', NOT_EXPLORED] as const;

export type ColumnKind =
    'text' | 'number' | 'percent' | 'currency' | 'date' | 'rating' | 'dimension';

export interface PipelineColumn {
    /** `name`, `owner`, … or `dim:<key>` for a dimension. */
    readonly key: string;
    readonly label: string;
    readonly kind: ColumnKind;
    /** The user's field-level security hides it: no value is shown, and the header says why. */
    readonly hidden: boolean;
    /** Only a column the user may read sorts (the server refuses the others). */
    readonly sortable: boolean;
    /** Worked out in the view from the ratings the user can read: the weakest dimension when the user cannot read its stored field. */
    readonly live: boolean;
    readonly isGate: boolean;
}

/** Texts the model needs, so the component passes its labels and the tests their own. */
export interface PipelineTexts {
    readonly name: string;
    readonly owner: string;
    readonly stage: string;
    readonly leadStatus: string;
    readonly status: string;
    readonly score: string;
    readonly completeness: string;
    readonly amount: string;
    readonly closeDate: string;
    readonly weakest: string;
    readonly nextGate: string;
    readonly ready: string;
    readonly blocked: string;
}

const FIXED_COLUMNS: ReadonlyArray<{ key: string; text: keyof PipelineTexts; kind: ColumnKind }> = [
    { key: 'name', text: 'name', kind: 'text' },
    { key: 'status', text: 'status', kind: 'text' },
    { key: 'score', text: 'score', kind: 'number' },
    { key: 'completeness', text: 'completeness', kind: 'percent' },
    { key: 'weakest', text: 'weakest', kind: 'text' },
];
const TRAILING_COLUMNS: ReadonlyArray<{
    key: string;
    text: keyof PipelineTexts;
    kind: ColumnKind;
}> = [
    { key: 'stage', text: 'stage', kind: 'text' },
    { key: 'nextGate', text: 'nextGate', kind: 'text' },
    { key: 'owner', text: 'owner', kind: 'text' },
    { key: 'amount', text: 'amount', kind: 'currency' },
    { key: 'closeDate', text: 'closeDate', kind: 'date' },
];
const LEAD_LACKS = new Set(['amount', 'closeDate']);

export const DIMENSION_PREFIX = 'dim:';

/** The columns in display order: name, result, one per dimension, then stage, gate, owner, amount, date. */
export function columnsOf(page: PipelinePage, texts: PipelineTexts): PipelineColumn[] {
    const hidden = new Set(page.hiddenColumns);
    const fixed = (entries: typeof FIXED_COLUMNS): PipelineColumn[] =>
        entries
            .filter((entry) => !(page.objectApiName === 'Lead' && LEAD_LACKS.has(entry.key)))
            .map((entry) => ({
                ...visibility(entry.key, hidden),
                key: entry.key,
                label:
                    entry.key === 'stage' && page.objectApiName === 'Lead'
                        ? texts.leadStatus
                        : texts[entry.text],
                kind: entry.kind,
                isGate: false,
            }));
    const dimensions: PipelineColumn[] = page.dimensions.map((dimension) => ({
        key: DIMENSION_PREFIX + dimension.key,
        label: dimension.label,
        kind: 'dimension',
        hidden: !dimension.readable,
        sortable: dimension.readable,
        live: false,
        isGate: dimension.isGate,
    }));
    return [...fixed(FIXED_COLUMNS), ...dimensions, ...fixed(TRAILING_COLUMNS)];
}

/**
 * A column the user's field access hides shows no value and does not sort; the weakest dimension is
 * the exception: worked out from the readable ratings, it shows, but the server cannot sort by it.
 */
function visibility(
    key: string,
    hidden: ReadonlySet<string>,
): Pick<PipelineColumn, 'hidden' | 'sortable' | 'live'> {
    const live = key === 'weakest' && hidden.has(key);
    return { hidden: hidden.has(key) && !live, sortable: !hidden.has(key), live };
}

/** A blank rating is a dimension not yet explored, as the engine reads it. */
export function ratingOf(row: PipelineRow, dimensionKey: string): string {
    const rating = row.ratings[dimensionKey];
    return rating === null || rating === undefined || rating === '' ? NOT_EXPLORED : rating;
}

export interface GapCount {
    readonly key: string;
    readonly label: string;
    readonly notMet: number;
    readonly blocker: number;
    readonly notExplored: number;
    /** Not met + Blocker + not yet explored. */
    readonly total: number;
    /** The readable dimension with the most gaps (all of them on a tie). */
    readonly mostCommon: boolean;
    readonly readable: boolean;
}

/**
 * Per dimension, how many of the rows loaded have it Not met, Blocker or not yet explored. A further page
 * adds its rows to the previous counts, so a page costs its own rows, not all loaded again.
 */
export function gapCounts(
    page: Pick<PipelinePage, 'dimensions'>,
    rows: readonly PipelineRow[],
    /** The counts of the rows loaded before `rows` (a further page): counted on, not again. */
    previous: readonly GapCount[] = [],
): GapCount[] {
    const counts = page.dimensions.map((dimension, index) => {
        const before = previous[index]?.key === dimension.key ? previous[index] : undefined;
        let notMet = before?.notMet ?? 0;
        let blocker = before?.blocker ?? 0;
        let notExplored = before?.notExplored ?? 0;
        if (dimension.readable) {
            for (const row of rows) {
                const rating = ratingOf(row, dimension.key);
                if (rating === 'Not_Met') notMet++;
                else if (rating === 'Blocker') blocker++;
                else if (rating === NOT_EXPLORED) notExplored++;
            }
        }
        return {
            key: dimension.key,
            label: dimension.label,
            notMet,
            blocker,
            notExplored,
            total: notMet + blocker + notExplored,
            mostCommon: false,
            readable: dimension.readable,
        };
    });
    const highest = Math.max(
        0,
        ...counts.filter((count) => count.readable).map((count) => count.total),
    );
    return counts.map((count) => ({
        ...count,
        mostCommon: highest > 0 && count.readable && count.total === highest,
    }));
}

/** The text of a column's value, for sorting and the CSV (ratings and keys by their labels). */
export function valueOf(
    row: PipelineRow,
    column: PipelineColumn,
    page: PipelinePage,
    texts: PipelineTexts,
): string | number | null {
    if (column.hidden) return null;
    if (column.key.startsWith(DIMENSION_PREFIX)) {
        const rating = ratingOf(row, column.key.slice(DIMENSION_PREFIX.length));
        return page.ratingLabels[rating] ?? rating;
    }
    switch (column.key) {
        case 'name':
            return row.name;
        case 'owner':
            return row.ownerName;
        case 'stage':
            return labelOf(page.stageOptions, row.stage);
        case 'status':
            return labelOf(page.statusOptions, row.status);
        case 'score':
            return row.score;
        case 'completeness':
            return row.completeness;
        case 'amount':
            return row.amount;
        case 'closeDate':
            return row.closeDate;
        case 'weakest':
            return dimensionLabel(
                page,
                column.live ? readableWeakest(page.dimensions, row) : row.weakestDimension,
            );
        case 'nextGate':
            return nextGateText(row, texts);
        default:
            throw new Error(`The pipeline view has no column ${column.key}.`);
    }
}

function labelOf(options: readonly PipelineOption[], value: string | null): string | null {
    if (value === null || value === '') return null;
    return options.find((option) => option.value === value)?.label ?? value;
}

export function dimensionLabel(
    page: Pick<PipelinePage, 'dimensions'>,
    key: string | null,
): string | null {
    if (key === null || key === '') return null;
    return page.dimensions.find((dimension) => dimension.key === key)?.label ?? key;
}

function nextGateText(row: PipelineRow, texts: PipelineTexts): string | null {
    if (row.nextGate === null || row.nextGate === '') return null;
    const state =
        row.nextGateStatus === 'Ready'
            ? texts.ready
            : row.nextGateStatus === 'Blocked'
              ? texts.blocked
              : null;
    return state === null ? row.nextGate : `${row.nextGate} (${state})`;
}

/**
 * Sort routing: every column the user may read sorts on the server over all matching records (the
 * rows come again from the first page); the same column again turns the direction, another starts
 * going up. An unreadable column does not sort: null. Going up, a dimension runs weakest first
 * (Blocker, Not met, not yet explored or blank, Partly met, Met); blanks come last either way.
 */
export function nextSort(current: PipelineSort, column: PipelineColumn): PipelineSort | null {
    if (!column.sortable) return null;
    return {
        key: column.key,
        descending: current.key === column.key ? !current.descending : false,
    };
}

/** The order a view starts with: Leads by name, Opportunities by close date. */
export function defaultSort(objectApiName: PipelineObject): PipelineSort {
    return { key: objectApiName === 'Lead' ? 'name' : 'closeDate', descending: false };
}

/**
 * Another framework has other dimensions: a dimension's sort falls back to the default order, any other
 * column keeps its sort.
 */
export function sortForFramework(
    current: PipelineSort,
    objectApiName: PipelineObject,
): PipelineSort {
    return current.key.startsWith(DIMENSION_PREFIX) ? defaultSort(objectApiName) : current;
}

/** The controller's request for the first page (no cursor) or the page after `previous`. */
export function requestFor(query: PipelineQuery, previous: PipelinePage | null): PipelineRequest {
    return {
        ...query,
        cursorValue: previous ? previous.nextCursorValue : null,
        cursorId: previous ? previous.nextCursorId : null,
    };
}

/** The first page's columns with every page's rows. */
export function appendPage(loaded: PipelinePage | null, next: PipelinePage): PipelinePage {
    if (loaded === null) return next;
    return {
        ...next,
        dimensions: loaded.dimensions,
        hiddenColumns: loaded.hiddenColumns,
        rows: [...loaded.rows, ...next.rows],
    };
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula; a deal
 * name such as "=HYPERLINK(…)" must stay text, so such a text cell starts with an apostrophe (OWASP,
 * "CSV Injection"). Numbers are written as numbers.
 */
export function csvCell(value: string | number | null): string {
    if (value === null) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows shown as CSV (RFC 4180: commas, CRLF, quoted where needed), visible columns only, values as
 * the view shows them. Built here rather than with a CSV library: the browser bundle carries every byte
 * of a dependency to every user of the page, and writing escaped cells is twenty lines.
 */
export function toCsv(
    columns: readonly PipelineColumn[],
    rows: readonly PipelineRow[],
    page: PipelinePage,
    texts: PipelineTexts,
): string {
    const shown = columns.filter((column) => !column.hidden);
    const lines = [shown.map((column) => csvCell(column.label)).join(',')];
    for (const row of rows) {
        lines.push(shown.map((column) => csvCell(valueOf(row, column, page, texts))).join(','));
    }
    return lines.join('\r\n') + '\r\n';
}
