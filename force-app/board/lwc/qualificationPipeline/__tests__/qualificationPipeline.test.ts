import { flush } from '../../qualificationBoard/__tests__/support/board';
import { setup } from '@sa11y/jest';
import {
    activeCell,
    mount,
    page,
    pageMock,
    queryAll,
    row,
    ROWS,
    texts,
} from './support/pipelinePage';
import { germanLabels } from '../../qualificationBoard/__tests__/support/labels';
import { readFileSync } from 'fs';
import { join } from 'path';

jest.mock(
    '@salesforce/apex/QualificationPipelineController.getPipelinePage',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);

jest.mock('@salesforce/client/formFactor', () => ({ __esModule: true, default: 'Large' }), {
    virtual: true,
});

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](reference: unknown): void {
                mockNavigate(reference);
            }
        };
    NavigationMixin.Navigate = Navigate;
    return { NavigationMixin };
});

jest.mock('../pipelineLabels', () =>
    jest.requireActual('./support/pipelineLabelTexts').labelsModule('en'),
);

setup();
jest.setTimeout(30000);

function key(root: ShadowRoot, name: string, init: KeyboardEventInit = {}): void {
    const grid = root.querySelector('[role="grid"]') as HTMLElement;
    grid.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, ...init }));
}

function choose(root: ShadowRoot, filter: string, value: string): void {
    const select = root.querySelector(`select[data-filter="${filter}"]`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new CustomEvent('change'));
}

/** The one cell of the roving tabindex (tabindex 0), as "row:col"; it must be the only one. */
function focused(root: ShadowRoot): string | null {
    const cells = queryAll(root, '[tabindex="0"]');
    expect(cells.length).toBeLessThanOrEqual(1);
    const cell = cells[0];
    return cell ? `${cell.dataset.row}:${cell.dataset.col}` : null;
}

beforeEach(() => {
    mockNavigate.mockReset();
    pageMock.mockReset();
    pageMock.mockResolvedValue(page(ROWS));
});

afterEach(() => {
    document.body.replaceChildren();
});

describe('c-qualification-pipeline on a desktop', () => {
    it('shows each rating as a swatch with its text, the gap counts of the rows loaded and the most common gap', async () => {
        const { root } = await mount();
        expect(pageMock).toHaveBeenCalledWith({
            request: expect.objectContaining({
                objectApiName: 'Opportunity',
                scope: 'mine',
                sortKey: 'closeDate',
                cursorId: null,
            }),
        });
        const budget = queryAll(root, '.pipeline__rating')[0] as HTMLElement;
        expect(budget.dataset.rating).toBe('Not_Met');
        // The swatch is the cell's ::before, coloured by its data-rating.
        expect(budget.getAttribute('role')).toBe('gridcell');
        expect(budget.textContent?.trim()).toBe('Not met');
        expect(texts(root, '.pipeline__counts td')[0]).toBe('Gaps in the 3 rows loaded');
        const budgetCount = root.querySelector('.pipeline__count_most') as HTMLElement;
        expect(budgetCount.textContent).toContain('1 not met, 1 blocker, 0 not yet explored');
        expect(budgetCount.textContent).toContain('Most common gap');
        await expect(root.host).toBeAccessible();
    });

    it('names a dimension the user cannot read and shows no value in it', async () => {
        const { root } = await mount();
        const headers = texts(root, 'thead th');
        const need = root.querySelector('th[data-key="dim:Need"]') as HTMLElement;
        expect(need.querySelector('.pipeline__head-hidden')?.textContent).toBe(
            'Not readable for you',
        );
        expect(headers).toContain('Budgetgate');
        expect(root.querySelector('.pipeline__hidden')?.textContent).toBe(
            'Your field access hides: Need',
        );
        const hiddenCells = queryAll(root, 'tbody .pipeline__cell_hidden');
        expect(hiddenCells).toHaveLength(3);
        expect(hiddenCells[0]?.textContent).toBe('—Not readable for you');
    });

    it('moves through the grid with the arrow keys, Home and End, and opens a record with Enter', async () => {
        const { root } = await mount();
        expect(focused(root)).toBe('0:0');
        key(root, 'ArrowDown');
        key(root, 'ArrowDown');
        await flush();
        expect(focused(root)).toBe('2:0');
        expect(activeCell(root)?.textContent).toBe('Acme');
        expect(activeCell(root)?.dataset.row).toBe('2');
        key(root, 'End');
        await flush();
        expect(focused(root)).toBe(`2:${root.querySelectorAll('thead th').length - 1}`);
        key(root, 'Home');
        key(root, 'ArrowDown');
        key(root, 'ArrowRight');
        key(root, 'ArrowLeft');
        await flush();
        expect(focused(root)).toBe('3:0');
        key(root, 'Enter');
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: '006B', objectApiName: 'Opportunity', actionName: 'view' },
        });
        key(root, 'End', { ctrlKey: true });
        key(root, 'ArrowUp');
        key(root, 'Home', { ctrlKey: true });
        key(root, 'PageDown');
        key(root, 'PageUp');
        key(root, 'a');
        await flush();
        expect(focused(root)).toBe('0:0');
        // A click on a record's row opens it too.
        queryAll(root, 'tbody tr')[2]?.click();
        expect(mockNavigate).toHaveBeenLastCalledWith(
            expect.objectContaining({ attributes: expect.objectContaining({ recordId: '006C' }) }),
        );
    });

    it('sorts a dimension and any other column through the controller, from the first page', async () => {
        const { root } = await mount();
        const budgetHeader = root.querySelector('th[data-key="dim:Budget"]') as HTMLElement;
        budgetHeader.click();
        await flush();
        expect(pageMock).toHaveBeenCalledTimes(2);
        expect(pageMock).toHaveBeenLastCalledWith({
            request: expect.objectContaining({
                sortKey: 'dim:Budget',
                descending: false,
                cursorId: null,
            }),
        });
        expect(budgetHeader.getAttribute('aria-sort')).toBe('ascending');

        (root.querySelector('th[data-key="amount"]') as HTMLElement).click();
        await flush();
        (root.querySelector('th[data-key="amount"]') as HTMLElement).click();
        await flush();
        expect(pageMock).toHaveBeenLastCalledWith({
            request: expect.objectContaining({
                sortKey: 'amount',
                descending: true,
                cursorId: null,
            }),
        });
        // Enter on a column header sorts too.
        key(root, 'Enter');
        await flush();
        expect(pageMock).toHaveBeenLastCalledWith({
            request: expect.objectContaining({ sortKey: 'name' }),
        });
    });

    it('asks the controller again when a filter changes', async () => {
        const { root } = await mount({ filter: 'team' });
        expect(pageMock).toHaveBeenLastCalledWith({
            request: expect.objectContaining({ scope: 'team' }),
        });
        choose(root, 'scope', 'all');
        await flush();
        choose(root, 'stage', 'Prospecting');
        await flush();
        choose(root, 'status', 'Qualified');
        await flush();
        expect(pageMock).toHaveBeenLastCalledWith({
            request: expect.objectContaining({
                scope: 'all',
                stage: 'Prospecting',
                status: 'Qualified',
            }),
        });
    });

    it('loads the next page after the last row, by button and by scrolling, and appends it', async () => {
        pageMock.mockResolvedValueOnce(
            page(ROWS, { hasMore: true, nextCursorValue: '2027-03-31', nextCursorId: '006C' }),
        );
        pageMock.mockResolvedValueOnce(
            page([row('006D', 'Umbrella', { Budget: 'Met' })], {
                hasMore: true,
                nextCursorValue: '2027-04-01',
                nextCursorId: '006D',
            }),
        );
        pageMock.mockResolvedValueOnce(page([row('006E', 'Hooli', { Budget: 'Met' })]));
        const { root } = await mount();
        expect(root.querySelector('.pipeline__shown')?.textContent).toBe(
            '3 rows shown, more available',
        );
        const firstPage = root.querySelector('c-qualification-pipeline-rows') as HTMLElement & {
            grid: unknown;
        };
        const firstRows = firstPage.grid;
        const firstRowElement = queryAll(root, 'tbody tr')[0];
        (root.querySelector('.pipeline__more') as HTMLButtonElement).click();
        await flush();
        expect(pageMock).toHaveBeenLastCalledWith({
            request: expect.objectContaining({ cursorValue: '2027-03-31', cursorId: '006C' }),
        });
        const scroll = root.querySelector('.pipeline__scroll') as HTMLElement;
        scroll.dispatchEvent(new CustomEvent('scroll'));
        await flush();
        expect(texts(root, 'tbody .pipeline__cell_name')).toEqual([
            'Acme',
            'Globex',
            'Initech',
            'Umbrella',
            'Hooli',
        ]);
        // Each page is a block of its own; the first one kept its rows, so it did not render again.
        expect(root.querySelectorAll('c-qualification-pipeline-rows')).toHaveLength(3);
        expect(root.querySelector('c-qualification-pipeline-rows')).toBe(firstPage);
        expect(firstPage.grid).toBe(firstRows);
        expect(queryAll(root, 'tbody tr')[0]).toBe(firstRowElement);
        expect(queryAll(root, 'tbody tr').map((tr) => tr.getAttribute('aria-rowindex'))).toEqual([
            '3',
            '4',
            '5',
            '6',
            '7',
        ]);
        expect(root.querySelector('.pipeline__more')).toBeNull();
        expect(texts(root, '.pipeline__counts td')[0]).toBe('Gaps in the 5 rows loaded');
        // The gaps of the later pages were added: Authority, blank in both, is now the most common.
        const most = root.querySelector('.pipeline__count_most') as HTMLElement;
        expect(most.textContent).toContain('0 not met, 0 blocker, 3 not yet explored');

        // The keyboard crosses pages: Ctrl+End to the last record, up into the page before, Enter.
        key(root, 'End', { ctrlKey: true });
        await flush();
        expect(focused(root)).toBe(`6:${root.querySelectorAll('thead th').length - 1}`);
        key(root, 'Home');
        key(root, 'ArrowUp');
        await flush();
        expect(focused(root)).toBe('5:0');
        expect(activeCell(root)?.textContent).toBe('Umbrella');
        key(root, 'ArrowUp');
        await flush();
        expect(activeCell(root)?.textContent).toBe('Initech');
        key(root, 'Enter');
        expect(mockNavigate).toHaveBeenLastCalledWith(
            expect.objectContaining({ attributes: expect.objectContaining({ recordId: '006C' }) }),
        );
    });

    it('exports the rows shown as CSV', async () => {
        const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
            this: HTMLAnchorElement,
        ) {
            const csv = decodeURIComponent(this.href.slice(this.href.indexOf(',') + 1));
            expect(csv.split('\r\n')[1]).toContain(
                'Acme,Working,40,50,Budget,Not met,Met,Prospecting',
            );
            expect(this.download).toBe('BANT-pipeline.csv');
        });
        const { root } = await mount();
        (root.querySelector('.pipeline__export') as HTMLButtonElement).click();
        expect(click).toHaveBeenCalledTimes(1);
        click.mockRestore();
    });

    it('says so when nothing matches and when loading fails', async () => {
        pageMock.mockResolvedValueOnce(page([]));
        pageMock.mockRejectedValueOnce({
            body: { message: 'You cannot sort Lead records by amount.' },
        });
        const { root } = await mount({ objectApiName: 'Lead' });
        expect(root.querySelector('.pipeline__empty')?.textContent).toBe(
            'No open records match these filters.',
        );
        expect(pageMock).toHaveBeenLastCalledWith({
            request: expect.objectContaining({ objectApiName: 'Lead', sortKey: 'name' }),
        });
        const select = root.querySelector('select[data-filter="scope"]') as HTMLSelectElement;
        select.value = 'all';
        select.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(root.querySelector('[role="alert"]')?.textContent).toBe(
            'The pipeline could not be loaded: You cannot sort Lead records by amount.',
        );
    });
});

describe('pipeline labels', () => {
    it('has a German translation for every pipeline label', () => {
        const english = readFileSync(
            join(__dirname, '../../../../i18n/labels/CustomLabels.labels-meta.xml'),
            'utf8',
        );
        const names = Array.from(
            english.matchAll(/<fullName>(BB_Pipeline_[^<]+)<\/fullName>/g),
        ).map((match) => match[1]);
        const german = germanLabels();
        expect(names.filter((name) => !german.has(name!))).toEqual([]);
    });
});
