/**
 * c/qualificationPipeline: every open Lead or Opportunity the user can see, one row per record and one
 * column per dimension of a framework, coloured with the board's swatches and their text; a header row
 * counts the gaps over the rows loaded. An ARIA grid (arrow keys, Home/End, Enter opens the record); on a
 * phone a compact list. Data: QualificationPipelineController (docs/architecture.md, "Pipeline view").
 */
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import getPipelinePage from '@salesforce/apex/QualificationPipelineController.getPipelinePage';
import formFactor from '@salesforce/client/formFactor';
import locale from '@salesforce/i18n/locale';
import currency from '@salesforce/i18n/currency';
import {
    appendPage,
    columnsOf,
    gapCounts,
    defaultSort,
    nextSort,
    requestFor,
    sortForFramework,
    toCsv,
    type GapCount,
    type PipelineColumn,
    type PipelineObject,
    type PipelinePage,
    type PipelineQuery,
    type PipelineRow,
    type PipelineScope,
    type PipelineSort,
} from 'c/qualificationPipelineModel';
import { LABELS, TEXTS, format } from './pipelineLabels';
import {
    FIRST_DATA_ROW,
    countCells,
    headerCells,
    rowBlock,
    type Focus,
    type Formatters,
    type RowBlock,
} from './pipelineView';

/** What NavigationMixin adds to the class; the mixin's declared type keeps only the base. */
interface Navigates {
    [NavigationMixin.Navigate](pageReference: PageReference): void;
}

const SCOPES: readonly PipelineScope[] = ['mine', 'team', 'all'];
/** Load the next page when the scroll is this close to the bottom. */
const SCROLL_MARGIN_PX = 200;

export default class QualificationPipeline extends NavigationMixin(LightningElement) {
    /** Design attribute: Lead or Opportunity. */
    @api objectApiName: string = 'Opportunity';
    /** Design attribute: the framework whose dimensions are the columns; empty: the object's default. */
    @api frameworkName: string | undefined;
    /** Design attribute: mine, team or all. */
    @api filter: string = 'mine';

    labels = LABELS;
    loaded: PipelinePage | null = null;
    loading = false;
    errorText: string | null = null;
    scope: PipelineScope = 'mine';
    stage: string | null = null;
    status: string | null = null;
    /** The framework filter; starts at the design attribute (empty: the object's default). */
    framework: string | null = null;
    /** Every column sorts on the server, over all matching records. */
    sort: PipelineSort = defaultSort('Opportunity');
    focus: Focus = { row: 0, col: 0 };
    /**
     * Built when a page arrives, never per render: the columns (of the first page), the gap counts (a
     * further page adds its rows) and one block of rows per page (earlier blocks stay the same objects,
     * so appending a page renders only its rows).
     */
    columns: PipelineColumn[] = [];
    gaps: GapCount[] = [];
    blocks: RowBlock[] = [];
    private requestNumber = 0;
    private focusPending = false;
    private renderPending = false;
    private readonly formatters: Formatters = makeFormatters();

    override connectedCallback(): void {
        this.scope = (SCOPES as readonly string[]).includes(this.filter)
            ? (this.filter as PipelineScope)
            : 'mine';
        this.framework = this.frameworkName ? this.frameworkName : null;
        this.sort = defaultSort(this.object);
        this.load(false);
    }

    override renderedCallback(): void {
        if (this.focusPending) {
            this.focusPending = false;
            const { row, col } = this.focus;
            if (row < FIRST_DATA_ROW) {
                this.template
                    ?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)
                    ?.focus();
            } else {
                const block = this.blocks.find((each) => row >= each.first && row <= each.last);
                this.template
                    ?.querySelector<HTMLElement & { focusCell(row: number, col: number): void }>(
                        `c-qualification-pipeline-rows[data-block="${block?.key}"]`,
                    )
                    ?.focusCell(row, col);
            }
        }
        if (this.renderPending && this.loaded !== null) {
            this.renderPending = false;
            // bench:ui reads this: the view's own render of a page after its data arrived.
            mark('beyond-bant:pipeline:rendered');
        }
    }

    get object(): PipelineObject {
        return this.objectApiName === 'Lead' ? 'Lead' : 'Opportunity';
    }

    get isPhone(): boolean {
        return formFactor === 'Small';
    }

    get query(): PipelineQuery {
        return {
            objectApiName: this.object,
            frameworkName: this.framework,
            scope: this.scope,
            stage: this.stage,
            status: this.status,
            sortKey: this.sort.key,
            descending: this.sort.descending,
        };
    }

    private async load(more: boolean): Promise<void> {
        const number = ++this.requestNumber;
        this.loading = true;
        this.errorText = null;
        try {
            const page = await getPipelinePage({
                request: requestFor(this.query, more ? this.loaded : null),
            });
            if (number !== this.requestNumber) return;
            mark('beyond-bant:pipeline:data');
            this.renderPending = true;
            this.loaded = more ? appendPage(this.loaded, page) : page;
            this.showPage(this.loaded, page.rows, more);
            if (!more) this.focus = { row: 0, col: 0 };
        } catch (error) {
            if (number !== this.requestNumber) return;
            this.errorText = format(LABELS.Error_Text, messageOf(error));
        } finally {
            if (number === this.requestNumber) this.loading = false;
        }
    }

    /** The new page's rows become a block of their own, and their gaps are added to the counts. */
    private showPage(loaded: PipelinePage, added: readonly PipelineRow[], more: boolean): void {
        if (!more) this.columns = columnsOf(loaded, TEXTS);
        const block = rowBlock(
            added,
            loaded,
            this.columns,
            TEXTS,
            this.formatters,
            loaded.rows.length - added.length,
            this.isPhone,
        );
        this.blocks = more ? [...this.blocks, block] : [block];
        this.gaps = gapCounts(loaded, added, more ? this.gaps : []);
    }

    get rows(): PipelineRow[] {
        return this.loaded === null ? [] : [...this.loaded.rows];
    }

    get sortState(): PipelineSort {
        return this.sort;
    }

    get headerCells() {
        return headerCells(this.columns, this.sortState, this.focus);
    }

    get countCells() {
        const page = this.loaded;
        return page === null
            ? []
            : countCells(this.columns, this.gaps, page.ratingLabels, this.focus, this.gapsCaption);
    }

    /** Each page's block with the focused cell if it holds it (-1 otherwise: that page does not re-render). */
    get rowBlocks() {
        const { row, col } = this.focus;
        return this.blocks.map((block) => {
            const holds = row >= block.first && row <= block.last;
            return { ...block, focusRow: holds ? row : -1, focusCol: holds ? col : -1 };
        });
    }

    get hasRows(): boolean {
        return this.loaded !== null && this.loaded.rows.length > 0;
    }

    get isEmpty(): boolean {
        return this.loaded !== null && this.loaded.rows.length === 0 && !this.loading;
    }

    get hasMore(): boolean {
        return this.loaded?.hasMore === true;
    }

    get gridRowCount(): number {
        // Unknown total while more pages exist: -1, as ARIA says.
        return this.hasMore ? -1 : FIRST_DATA_ROW + (this.loaded?.rows.length ?? 0);
    }

    get gapsCaption(): string {
        return format(LABELS.Gaps_Caption, this.loaded?.rows.length ?? 0);
    }

    get rowsShownText(): string {
        const shown = format(LABELS.Rows_Shown, this.loaded?.rows.length ?? 0);
        return this.hasMore ? `${shown}, ${LABELS.More_Available}` : shown;
    }

    get frameworkText(): string {
        return format(LABELS.Framework, this.loaded?.frameworkLabel ?? '');
    }

    get hiddenColumnsText(): string | null {
        const hidden = this.columns.filter((column) => column.hidden).map((column) => column.label);
        return hidden.length === 0 ? null : format(LABELS.Hidden_Columns, hidden.join(', '));
    }

    /** The filter bar's selects in order: scope, stage or lead status, status, framework. */
    get filters() {
        const scopeLabels: Record<PipelineScope, string> = {
            mine: LABELS.Scope_Mine,
            team: LABELS.Scope_Team,
            all: LABELS.Scope_All,
        };
        const chosenFramework = this.loaded?.frameworkName ?? null;
        const hidden = (key: string): boolean =>
            this.columns.find((column) => column.key === key)?.hidden ?? true;
        return [
            {
                key: 'scope',
                label: LABELS.Scope,
                disabled: false,
                options: SCOPES.map((value) => ({
                    value,
                    label: scopeLabels[value],
                    selected: value === this.scope,
                })),
            },
            {
                key: 'stage',
                label: this.object === 'Lead' ? LABELS.Lead_Status : LABELS.Stage,
                disabled: hidden('stage'),
                options: optionsWithAny(this.loaded?.stageOptions ?? [], this.stage),
            },
            {
                key: 'status',
                label: LABELS.Status,
                disabled: hidden('status'),
                options: optionsWithAny(this.loaded?.statusOptions ?? [], this.status),
            },
            {
                key: 'framework',
                label: LABELS.Framework_Filter,
                disabled: false,
                options: (this.loaded?.frameworkOptions ?? []).map((option) => ({
                    ...option,
                    selected: option.value === chosenFramework,
                })),
            },
        ];
    }

    get loadMoreDisabled(): boolean {
        return this.loading;
    }

    handleFilterChange(event: Event): void {
        const select = event.target as HTMLSelectElement;
        const value = select.value || null;
        switch (select.dataset.filter) {
            case 'scope':
                this.scope = select.value as PipelineScope;
                break;
            case 'stage':
                this.stage = value;
                break;
            case 'status':
                this.status = value;
                break;
            default:
                this.framework = value;
                this.sort = sortForFramework(this.sort, this.object);
        }
        this.load(false);
    }

    handleSortClick(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key ?? '';
        this.sortBy(key);
    }

    private sortBy(key: string): void {
        const column = this.columns.find((candidate) => candidate.key === key);
        const next = column === undefined ? null : nextSort(this.sort, column);
        if (next === null) return;
        this.sort = next;
        this.load(false);
    }

    handleLoadMore(): void {
        if (!this.loading && this.hasMore) this.load(true);
    }

    handleScroll(event: Event): void {
        const box = event.currentTarget as HTMLElement;
        if (box.scrollTop + box.clientHeight >= box.scrollHeight - SCROLL_MARGIN_PX)
            this.handleLoadMore();
    }

    handleExport(): void {
        const page = this.loaded;
        if (page === null) return;
        const csv = toCsv(this.columns, this.rows, page, TEXTS);
        const link = document.createElement('a');
        // A data URL works where the platform's security layers forbid blob URLs; the BOM tells
        // spreadsheets the text is UTF-8 (umlauts in German labels).
        link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
        link.download = `${page.frameworkName}-pipeline.csv`;
        link.click();
    }

    handleCellFocus(event: FocusEvent): void {
        const cell = event.currentTarget as HTMLElement;
        const row = Number(cell.dataset.row);
        const col = Number(cell.dataset.col);
        if (row !== this.focus.row || col !== this.focus.col) this.focus = { row, col };
    }

    /** c/qualificationPipelineRows reports a focused cell of its rows. */
    handleRowsCellFocus(event: CustomEvent<Focus>): void {
        const { row, col } = event.detail;
        if (row !== this.focus.row || col !== this.focus.col) this.focus = { row, col };
    }

    handleRowOpen(event: CustomEvent<string>): void {
        this.open(event.detail);
    }

    handleGridKeydown(event: KeyboardEvent): void {
        const lastRow = FIRST_DATA_ROW + (this.loaded?.rows.length ?? 0) - 1;
        const lastCol = this.columns.length - 1;
        let { row, col } = this.focus;
        switch (event.key) {
            case 'ArrowRight':
                col = Math.min(lastCol, col + 1);
                break;
            case 'ArrowLeft':
                col = Math.max(0, col - 1);
                break;
            case 'ArrowDown':
                row = Math.min(lastRow, row + 1);
                break;
            case 'ArrowUp':
                row = Math.max(0, row - 1);
                break;
            case 'Home':
                col = 0;
                if (event.ctrlKey) row = 0;
                break;
            case 'End':
                col = lastCol;
                if (event.ctrlKey) row = lastRow;
                break;
            case 'PageDown':
                row = Math.min(lastRow, row + 10);
                break;
            case 'PageUp':
                row = Math.max(0, row - 10);
                break;
            case 'Enter':
            case ' ':
                event.preventDefault();
                this.activate(row, col);
                return;
            default:
                return;
        }
        event.preventDefault();
        if (row === lastRow && event.key === 'ArrowDown' && this.hasMore) this.handleLoadMore();
        this.focus = { row, col };
        this.focusPending = true;
    }

    private activate(row: number, col: number): void {
        if (row === 0) {
            const column = this.columns[col];
            if (column !== undefined && column.sortable) {
                this.sortBy(column.key);
                this.focusPending = true;
            }
            return;
        }
        const record = this.rows[row - FIRST_DATA_ROW];
        if (record !== undefined) this.open(record.id);
    }

    handleRowClick(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        if (id) this.open(id);
    }

    private open(recordId: string): void {
        (this as unknown as Navigates)[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, objectApiName: this.object, actionName: 'view' },
        });
    }
}

function optionsWithAny(
    options: ReadonlyArray<{ value: string; label: string }>,
    selected: string | null,
) {
    return [
        { value: '', label: LABELS.Any, selected: selected === null },
        ...options.map((option) => ({ ...option, selected: option.value === selected })),
    ];
}

function makeFormatters(): Formatters {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const money = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
    });
    // A Date field is a calendar day without a time zone: format it as that day in UTC.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
        number: remembered((value: number) => number.format(value)),
        currency: remembered((value: number) => money.format(value)),
        date: remembered((isoDay: string) => {
            const parsed = Date.parse(`${isoDay}T00:00:00Z`);
            return Number.isNaN(parsed) ? isoDay : day.format(parsed);
        }),
    };
}

/**
 * A formatter that remembers what it wrote: scores, percentages, close dates and many amounts repeat
 * from row to row, and an Intl call is a large part of building a page's cells. It holds at most one
 * text per value of the rows loaded, which the view holds anyway.
 */
function remembered<T>(write: (value: T) => string): (value: T) => string {
    const written = new Map<T, string>();
    return (value) => {
        let text = written.get(value);
        if (text === undefined) {
            text = write(value);
            written.set(value, text);
        }
        return text;
    };
}

/** bench:ui reads these marks; a test DOM without the User Timing API simply has none. */
function mark(name: string): void {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
        performance.mark(name);
}

function messageOf(error: unknown): string {
    const body = (error as { body?: { message?: unknown } } | null)?.body;
    if (typeof body?.message === 'string') return body.message;
    return error instanceof Error ? error.message : String(error);
}
