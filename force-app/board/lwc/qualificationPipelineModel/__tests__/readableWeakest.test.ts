import {
    columnsOf,
    readableWeakest,
    valueOf,
    type PipelineDimension,
    type PipelinePage,
    type PipelineRow,
    type PipelineTexts,
} from 'c/qualificationPipelineModel';

const DIMENSIONS: PipelineDimension[] = [
    { key: 'Budget', label: 'Budget', isGate: true, readable: true, weight: 3 },
    { key: 'Authority', label: 'Authority', isGate: false, readable: true, weight: 1.5 },
    { key: 'Need', label: 'Need', isGate: true, readable: false, weight: 5 },
    { key: 'Timeline', label: 'Timeline', isGate: false, readable: true, weight: 0.1 },
    { key: 'Fit', label: 'Fit', isGate: false, readable: true, weight: 0.2 },
];

const TEXTS = { weakest: 'Weakest dimension' } as PipelineTexts;

function row(
    ratings: Record<string, string | null>,
    weakestDimension: string | null = null,
): PipelineRow {
    return {
        id: '006A',
        name: 'Acme',
        ownerName: null,
        stage: null,
        status: null,
        score: null,
        completeness: null,
        amount: null,
        closeDate: null,
        weakestDimension,
        nextGate: null,
        nextGateStatus: null,
        ratings,
    };
}

function page(hiddenColumns: string[]): PipelinePage {
    return {
        objectApiName: 'Opportunity',
        frameworkName: 'BANT',
        frameworkLabel: 'BANT',
        dimensions: DIMENSIONS,
        hiddenColumns,
        ratingLabels: {},
        statusOptions: [],
        stageOptions: [],
        frameworkOptions: [],
        rows: [],
        hasMore: false,
        nextCursorValue: null,
        nextCursorId: null,
    };
}

describe('readableWeakest: the engines’ weakest dimension over the ratings the user can read', () => {
    it('takes the greatest lost weight W × (2 − M): Not met loses twice what Partly met loses', () => {
        // Budget Partly met loses 3, Authority Not met loses 3 too: the first in framework order wins.
        expect(
            readableWeakest(DIMENSIONS, row({ Budget: 'Partly_Met', Authority: 'Not_Met' })),
        ).toBe('Budget');
        // Authority Blocker (M = 0) loses 3, more than Budget Met (0) and Timeline Partly met (0.1).
        expect(
            readableWeakest(
                DIMENSIONS,
                row({ Budget: 'Met', Authority: 'Blocker', Timeline: 'Partly_Met' }),
            ),
        ).toBe('Authority');
    });

    it('never names a dimension the user cannot read, however weak its rating', () => {
        expect(readableWeakest(DIMENSIONS, row({ Need: 'Blocker', Budget: 'Partly_Met' }))).toBe(
            'Budget',
        );
    });

    it('counts only assessed dimensions not Met: none is null', () => {
        expect(
            readableWeakest(
                DIMENSIONS,
                row({ Budget: 'Met', Authority: 'Not_Explored', Timeline: null, Fit: 'Maybe' }),
            ),
        ).toBeNull();
    });

    it('weighs in whole hundredths, so 0.1 × 2 and 0.2 × 1 tie and framework order decides', () => {
        expect(readableWeakest(DIMENSIONS, row({ Timeline: 'Not_Met', Fit: 'Partly_Met' }))).toBe(
            'Timeline',
        );
        expect(readableWeakest(DIMENSIONS, row({ Timeline: 'Partly_Met', Fit: 'Not_Met' }))).toBe(
            'Fit',
        );
    });
});

describe('the weakest dimension column', () => {
    it('shows the stored value to a user who can read it, and sorts on the server', () => {
        const current = page([]);
        const weakest = columnsOf(current, TEXTS).find((column) => column.key === 'weakest')!;
        expect(weakest).toMatchObject({ hidden: false, sortable: true, live: false });
        expect(valueOf(row({ Budget: 'Not_Met' }, 'Need'), weakest, current, TEXTS)).toBe('Need');
    });

    it('works it out from the readable ratings when the stored field is hidden, and does not sort', () => {
        const current = page(['weakest']);
        const weakest = columnsOf(current, TEXTS).find((column) => column.key === 'weakest')!;
        expect(weakest).toMatchObject({ hidden: false, sortable: false, live: true });
        expect(
            valueOf(
                row({ Budget: 'Met', Authority: 'Partly_Met', Need: 'Blocker' }, 'Need'),
                weakest,
                current,
                TEXTS,
            ),
        ).toBe('Authority');
    });

    it('keeps any other hidden column hidden', () => {
        const score = columnsOf(page(['score']), TEXTS).find((column) => column.key === 'score')!;
        expect(score).toMatchObject({ hidden: true, sortable: false, live: false });
    });
});
