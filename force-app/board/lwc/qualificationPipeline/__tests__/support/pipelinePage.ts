/**
 * The pipeline view's test fixtures, shared by its desktop and phone tests: a controller page with three
 * dimensions (one unreadable), three rows, mounting the view and reading texts. The tests keep their own
 * jest.mock calls (Jest hoists them only within the test file) before importing this module.
 */
import { createElement } from 'lwc';
import QualificationPipeline from 'c/qualificationPipeline';
import type { PipelinePage, PipelineRow } from 'c/qualificationPipelineModel';
import getPipelinePage from '@salesforce/apex/QualificationPipelineController.getPipelinePage';
import { flush } from '../../../qualificationBoard/__tests__/support/board';

export const pageMock = getPipelinePage as unknown as jest.Mock;

export function row(
    id: string,
    name: string,
    ratings: Record<string, string | null>,
    extra: Partial<PipelineRow> = {},
): PipelineRow {
    return {
        id,
        name,
        ownerName: 'Ada Lovelace',
        stage: 'Prospecting',
        status: 'Working',
        score: 40,
        completeness: 50,
        amount: 12000,
        closeDate: '2027-03-31',
        weakestDimension: 'Budget',
        nextGate: null,
        nextGateStatus: null,
        ratings,
        ...extra,
    };
}

export function page(rows: PipelineRow[], overrides: Partial<PipelinePage> = {}): PipelinePage {
    return {
        objectApiName: 'Opportunity',
        frameworkName: 'BANT',
        frameworkLabel: 'BANT',
        dimensions: [
            { key: 'Budget', label: 'Budget', isGate: true, readable: true, weight: 3 },
            { key: 'Authority', label: 'Authority', isGate: false, readable: true, weight: 2 },
            { key: 'Need', label: 'Need', isGate: true, readable: false, weight: 2 },
        ],
        hiddenColumns: [],
        ratingLabels: {
            Not_Explored: 'Not yet explored',
            Not_Met: 'Not met',
            Partly_Met: 'Partly met',
            Met: 'Met',
            Blocker: 'Blocker',
        },
        statusOptions: [
            { value: 'Working', label: 'Working' },
            { value: 'Qualified', label: 'Qualified' },
        ],
        stageOptions: [{ value: 'Prospecting', label: 'Prospecting' }],
        frameworkOptions: [
            { value: 'BANT', label: 'BANT' },
            { value: 'GPCTBA_CI', label: 'GPCTBA/C&I' },
        ],
        rows,
        hasMore: false,
        nextCursorValue: null,
        nextCursorId: null,
        ...overrides,
    };
}

export const ROWS = [
    row('006A', 'Acme', { Budget: 'Not_Met', Authority: 'Met' }),
    row('006B', 'Globex', { Budget: 'Blocker', Authority: null }),
    row('006C', 'Initech', { Budget: 'Met', Authority: 'Partly_Met' }),
];

export async function mount(
    props: Record<string, unknown> = {},
): Promise<{ element: HTMLElement; root: ShadowRoot }> {
    const element = createElement('c-qualification-pipeline', { is: QualificationPipeline });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return { element, root: element.shadowRoot as ShadowRoot };
}

/**
 * The view's elements matching a selector, those of its record rows included: each page of rows is a
 * c-qualification-pipeline-rows in the grid's tbody, with a shadow root of its own that the view's root
 * does not search. A selector starting with `tbody ` means those rows (their root has no tbody).
 */
export function queryAll(root: ShadowRoot, selector: string): HTMLElement[] {
    const pages = Array.from(root.querySelectorAll('c-qualification-pipeline-rows'));
    const inRows = selector.replace(/^tbody\s+/, '');
    return [
        ...Array.from(root.querySelectorAll<HTMLElement>(selector)),
        ...pages.flatMap((rows) =>
            Array.from(rows.shadowRoot?.querySelectorAll<HTMLElement>(inRows) ?? []),
        ),
    ];
}

export const texts = (root: ShadowRoot, selector: string) =>
    queryAll(root, selector).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

/** The element with the keyboard focus, inside the record rows' shadow roots too. */
export function activeCell(root: ShadowRoot): HTMLElement | null {
    let active: Element | null = root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active instanceof HTMLElement ? active : null;
}
