import {
    appendPage,
    columnsOf,
    csvCell,
    gapCounts,
    requestFor,
    toCsv,
    type PipelinePage,
    type PipelineQuery,
    type PipelineRow,
    type PipelineTexts,
} from 'c/qualificationPipelineModel';

const texts: PipelineTexts = {
    name: 'Name',
    owner: 'Owner',
    stage: 'Stage',
    leadStatus: 'Lead Status',
    status: 'Status',
    score: 'Score',
    completeness: 'Completeness',
    amount: 'Amount',
    closeDate: 'Close Date',
    weakest: 'Weakest',
    nextGate: 'Next gate',
    ready: 'Ready',
    blocked: 'Blocked',
};

function row(
    id: string,
    ratings: Record<string, string | null>,
    extra: Partial<PipelineRow> = {},
): PipelineRow {
    return {
        id,
        name: `Deal ${id}`,
        ownerName: 'Ada',
        stage: 'Prospecting',
        status: 'Working',
        score: 50,
        completeness: 50,
        amount: 1000,
        closeDate: '2027-01-31',
        weakestDimension: 'Budget',
        nextGate: null,
        nextGateStatus: null,
        ratings,
        ...extra,
    };
}

function page(rows: PipelineRow[], overrides: Partial<PipelinePage> = {}): PipelinePage {
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
        statusOptions: [{ value: 'Working', label: 'Working' }],
        stageOptions: [{ value: 'Prospecting', label: 'Prospecting' }],
        frameworkOptions: [{ value: 'BANT', label: 'BANT' }],
        rows,
        hasMore: false,
        nextCursorValue: null,
        nextCursorId: null,
        ...overrides,
    };
}

describe('gapCounts', () => {
    it('counts Not met, Blocker and not yet explored (blank included) over the rows loaded and marks the most common gap', () => {
        const rows = [
            row('1', { Budget: 'Not_Met', Authority: 'Met' }),
            row('2', { Budget: 'Blocker', Authority: null }),
            row('3', { Budget: null, Authority: 'Partly_Met' }),
            row('4', { Budget: 'Met', Authority: 'Not_Explored' }),
        ];
        const counts = gapCounts(page(rows), rows);
        expect(counts[0]).toMatchObject({
            key: 'Budget',
            notMet: 1,
            blocker: 1,
            notExplored: 1,
            total: 3,
            mostCommon: true,
        });
        expect(counts[1]).toMatchObject({
            key: 'Authority',
            notMet: 0,
            blocker: 0,
            notExplored: 2,
            total: 2,
            mostCommon: false,
        });
    });

    it('counts a further page on from the previous counts, the most common gap over all rows loaded', () => {
        const first = [
            row('1', { Budget: 'Not_Met', Authority: 'Met' }),
            row('2', { Budget: 'Blocker', Authority: 'Met' }),
        ];
        const further = [
            row('3', { Budget: 'Met', Authority: null }),
            row('4', { Budget: 'Met', Authority: 'Not_Met' }),
            row('5', { Budget: 'Met', Authority: 'Blocker' }),
        ];
        const before = gapCounts(page(first), first);
        expect(before[0]?.mostCommon).toBe(true);
        const after = gapCounts(page(first), further, before);
        expect(after).toEqual(gapCounts(page(first), [...first, ...further]));
        expect(after[1]).toMatchObject({ notMet: 1, blocker: 1, notExplored: 1, total: 3 });
        expect(after.map((count) => count.mostCommon)).toEqual([false, true, false]);
    });

    it('counts nothing for a dimension the user cannot read, and never calls it the most common gap', () => {
        const rows = [row('1', { Budget: 'Met', Authority: 'Met' })];
        const need = gapCounts(page(rows), rows)[2];
        expect(need).toMatchObject({ readable: false, total: 0, mostCommon: false });
    });

    it('marks no dimension when nothing is missing', () => {
        const rows = [row('1', { Budget: 'Met', Authority: 'Partly_Met' })];
        expect(gapCounts(page(rows), rows).some((count) => count.mostCommon)).toBe(false);
    });
});

describe('columnsOf', () => {
    it('hides a dimension the user cannot read and the columns the server named, and drops amount and close date on Lead', () => {
        const columns = columnsOf(page([], { hiddenColumns: ['score'] }), texts);
        expect(columns.find((column) => column.key === 'dim:Need')?.hidden).toBe(true);
        expect(columns.find((column) => column.key === 'score')?.hidden).toBe(true);
        expect(columns.find((column) => column.key === 'dim:Budget')).toMatchObject({
            hidden: false,
            isGate: true,
        });
        const lead = columnsOf(page([], { objectApiName: 'Lead' }), texts).map(
            (column) => column.key,
        );
        expect(lead).not.toContain('amount');
        expect(lead).not.toContain('closeDate');
        expect(
            columnsOf(page([], { objectApiName: 'Lead' }), texts).find((c) => c.key === 'stage')
                ?.label,
        ).toBe('Lead Status');
    });

    it('sorts every column the user may read, and no hidden one', () => {
        const columns = columnsOf(page([], { hiddenColumns: ['weakest'] }), texts);
        expect(columns.filter((column) => !column.sortable).map((column) => column.key)).toEqual([
            'weakest',
            'dim:Need',
        ]);
    });
});

describe('requestFor and appendPage (filters and paging)', () => {
    const query: PipelineQuery = {
        objectApiName: 'Opportunity',
        frameworkName: 'BANT',
        scope: 'team',
        stage: 'Prospecting',
        status: 'Working',
        sortKey: 'amount',
        descending: true,
    };

    it('asks for the first page without a cursor and the next one after the last row', () => {
        expect(requestFor(query, null)).toEqual({ ...query, cursorValue: null, cursorId: null });
        const first = page([row('1', {})], {
            hasMore: true,
            nextCursorValue: '1000',
            nextCursorId: '006A',
        });
        expect(requestFor(query, first)).toEqual({
            ...query,
            cursorValue: '1000',
            cursorId: '006A',
        });
    });

    it("appends the rows of the next page under the first page's columns", () => {
        const first = page([row('1', {})]);
        const second = page([row('2', {})], { dimensions: [], hasMore: false });
        const merged = appendPage(first, second);
        expect(merged.rows.map((entry) => entry.id)).toEqual(['1', '2']);
        expect(merged.dimensions).toHaveLength(3);
        expect(merged.hasMore).toBe(false);
    });
});

describe('CSV', () => {
    it('neutralises cells a spreadsheet would run as a formula and quotes what needs it', () => {
        expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
        expect(csvCell('+1')).toBe("'+1");
        expect(csvCell('-2')).toBe("'-2");
        expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
        expect(csvCell('a, b')).toBe('"a, b"');
        expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
        expect(csvCell(-5)).toBe('-5');
        expect(csvCell(null)).toBe('');
        expect(csvCell('plain')).toBe('plain');
    });

    it('writes the visible columns of the rows shown, ratings by label, hidden columns left out', () => {
        const rows = [
            row(
                '1',
                { Budget: 'Blocker', Authority: null },
                { name: '=cmd', nextGate: 'Proposal', nextGateStatus: 'Blocked' },
            ),
        ];
        const current = page(rows);
        const csv = toCsv(columnsOf(current, texts), rows, current, texts);
        expect(csv).toBe(
            'Name,Status,Score,Completeness,Weakest,Budget,Authority,Stage,Next gate,Owner,Amount,Close Date\r\n' +
                "'=cmd,Working,50,50,Budget,Blocker,Not yet explored,Prospecting,Proposal (Blocked),Ada,1000,2027-01-31\r\n",
        );
    });

    it('writes blanks for missing values, a ready gate, and values the options do not know as written', () => {
        const rows = [
            row(
                '1',
                { Budget: 'Met' },
                {
                    ownerName: null,
                    stage: 'Custom_Stage',
                    status: '',
                    score: null,
                    completeness: Number.NaN,
                    weakestDimension: 'Partner_Key',
                    nextGate: 'Proposal',
                    nextGateStatus: 'Ready',
                },
            ),
            row(
                '2',
                {},
                {
                    weakestDimension: null,
                    nextGate: 'Negotiation',
                    nextGateStatus: null,
                    stage: null,
                },
            ),
        ];
        const current = page(rows, { objectApiName: 'Lead', hiddenColumns: ['owner'] });
        const csv = toCsv(columnsOf(current, texts), rows, current, texts);
        expect(csv).toBe(
            'Name,Status,Score,Completeness,Weakest,Budget,Authority,Lead Status,Next gate\r\n' +
                'Deal 1,,,,Partner_Key,Met,Not yet explored,Custom_Stage,Proposal (Ready)\r\n' +
                'Deal 2,Working,50,50,,Not yet explored,Not yet explored,,Negotiation\r\n',
        );
    });

    it('refuses a column it does not know', () => {
        const current = page([row('1', {})]);
        const unknown = {
            key: 'probability',
            label: 'Probability',
            kind: 'number' as const,
            hidden: false,
            sortable: true,
            live: false,
            isGate: false,
        };
        expect(() => toCsv([unknown], current.rows, current, texts)).toThrow(
            'The pipeline view has no column probability.',
        );
    });
});
