/**
 * The pipeline view's framework filter and its sort over all matching records: the filter lists the
 * frameworks of the object (the design attribute chooses the first), a change asks for the first page
 * again and the dimension columns follow; every readable column sorts through the controller, an
 * unreadable one does not and says so.
 */
import { flush } from '../../qualificationBoard/__tests__/support/board';
import { mount, page, pageMock, row, ROWS, texts } from './support/pipelinePage';
import { pipelineLabelTexts } from './support/pipelineLabelTexts';

jest.mock(
    '@salesforce/apex/QualificationPipelineController.getPipelinePage',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);

jest.mock('@salesforce/client/formFactor', () => ({ __esModule: true, default: 'Large' }), {
    virtual: true,
});

jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const NavigationMixin = (Base: new () => object) => Base;
    NavigationMixin.Navigate = Navigate;
    return { NavigationMixin };
});

jest.mock('../pipelineLabels', () =>
    jest.requireActual('./support/pipelineLabelTexts').labelsModule('en'),
);

jest.setTimeout(30000);

const GPCTBA = page([row('006G', 'Hooli', { Goals: 'Met', Plans: 'Blocker' })], {
    frameworkName: 'GPCTBA_CI',
    frameworkLabel: 'GPCTBA/C&I',
    dimensions: [
        { key: 'Goals', label: 'Goals', isGate: false, readable: true, weight: 1 },
        { key: 'Plans', label: 'Plans', isGate: false, readable: true, weight: 1 },
    ],
});

function frameworkSelect(root: ShadowRoot): HTMLSelectElement {
    return root.querySelector('select[data-filter="framework"]') as HTMLSelectElement;
}

/** The user picks GPCTBA/C&I in the framework filter; the controller answers with its page. */
async function chooseGpctba(root: ShadowRoot): Promise<void> {
    pageMock.mockResolvedValue(GPCTBA);
    const select = frameworkSelect(root);
    select.value = 'GPCTBA_CI';
    select.dispatchEvent(new CustomEvent('change'));
    await flush();
}

function lastRequest(): Record<string, unknown> {
    const calls = pageMock.mock.calls;
    return (calls[calls.length - 1]?.[0] as { request: Record<string, unknown> }).request;
}

beforeEach(() => {
    pageMock.mockReset();
    pageMock.mockResolvedValue(page(ROWS));
});

afterEach(() => {
    document.body.replaceChildren();
});

describe('the framework filter', () => {
    it('lists the frameworks of the object with the one shown chosen, labelled in English and German', async () => {
        const { root } = await mount();
        const select = frameworkSelect(root);
        const label = root.querySelector(`label[for="${select.id}"]`);
        expect(label?.textContent?.trim()).toBe('Framework');
        expect(pipelineLabelTexts('de', ['Framework_Filter']).Framework_Filter).toBe(
            'Qualifizierungsmodell',
        );
        expect(texts(root, 'select[data-filter="framework"] option')).toEqual([
            'BANT',
            'GPCTBA/C&I',
        ]);
        expect(select.value).toBe('BANT');
        expect(lastRequest().frameworkName).toBeNull();
    });

    it('starts at the design attribute', async () => {
        pageMock.mockResolvedValue(GPCTBA);
        const { root } = await mount({ frameworkName: 'GPCTBA_CI' });
        expect(lastRequest().frameworkName).toBe('GPCTBA_CI');
        expect(frameworkSelect(root).value).toBe('GPCTBA_CI');
    });

    it('asks for the first page of the chosen framework, whose dimensions become the columns', async () => {
        const { root } = await mount();
        (root.querySelector('th[data-key="dim:Budget"]') as HTMLElement).click();
        await flush();
        expect(lastRequest()).toMatchObject({ sortKey: 'dim:Budget' });

        await chooseGpctba(root);

        // The old framework's dimension sort falls back to the default order.
        expect(lastRequest()).toMatchObject({
            frameworkName: 'GPCTBA_CI',
            sortKey: 'closeDate',
            descending: false,
            cursorValue: null,
            cursorId: null,
        });
        const dimensionHeaders = Array.from(
            root.querySelectorAll<HTMLElement>('th.pipeline__head_dimension'),
        ).map((header) => header.dataset.key);
        expect(dimensionHeaders).toEqual(['dim:Goals', 'dim:Plans']);
        expect(texts(root, '.pipeline__framework')).toEqual(['Framework: GPCTBA/C&I']);
    });

    it('keeps a sort by another column when the framework changes', async () => {
        const { root } = await mount();
        (root.querySelector('th[data-key="owner"]') as HTMLElement).click();
        await flush();
        (root.querySelector('th[data-key="owner"]') as HTMLElement).click();
        await flush();
        await chooseGpctba(root);
        expect(lastRequest()).toMatchObject({
            frameworkName: 'GPCTBA_CI',
            sortKey: 'owner',
            descending: true,
        });
    });
});

describe('sorting over all matching records', () => {
    it.each(['status', 'stage', 'owner', 'weakest', 'nextGate', 'dim:Authority'])(
        'sends %s to the controller from the first page and marks the column sorted',
        async (key) => {
            const { root } = await mount();
            const header = root.querySelector(`th[data-key="${key}"]`) as HTMLElement;
            header.click();
            await flush();
            expect(lastRequest()).toMatchObject({
                sortKey: key,
                descending: false,
                cursorId: null,
            });
            expect(header.getAttribute('aria-sort')).toBe('ascending');
        },
    );

    it('does not sort a column the user cannot read, and its header says so', async () => {
        const { root } = await mount();
        const calls = pageMock.mock.calls.length;
        const need = root.querySelector('th[data-key="dim:Need"]') as HTMLElement;
        expect(need.title).toBe('Need cannot be sorted: it is not readable for you');
        expect((root.querySelector('th[data-key="name"]') as HTMLElement).title).toBe(
            'Sort by Name',
        );
        need.click();
        await flush();
        need.focus();
        need.dispatchEvent(new FocusEvent('focus'));
        (root.querySelector('[role="grid"]') as HTMLElement).dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
        );
        await flush();
        expect(pageMock.mock.calls.length).toBe(calls);
        expect(need.getAttribute('aria-sort')).toBe('none');
    });
});
