/**
 * The preview's stand-in of the pipeline controller orders every column over all matching records and
 * pages through them by keyset as QualificationPipelineSort does: every record exactly once, in order
 * across page boundaries, blanks last, a dimension weakest first; an unreadable column does not sort.
 */
import path from 'node:path';
import { STANDARD_OPPORTUNITY_STAGES } from '../../../lib/catalog';
import { getPipelinePage } from '../apex/pipelineController';
import { pipelineRecords, type PipelineRecord } from '../apex/pipelineRecords';
import { loadWorkspace, type PreviewWorkspace } from '../metadata/workspace';
import type { UserContext } from '../records/recordApi';
import type {
    PipelinePage,
    PipelineRow,
} from '../../../../force-app/board/lwc/qualificationPipelineModel/qualificationPipelineModel';

const PROJECT_ROOT = path.resolve(__dirname, '../../../..');
const english: UserContext = { language: 'en', hiddenFields: new Set() };
const OPEN_STAGES = STANDARD_OPPORTUNITY_STAGES.filter((stage) => !stage.closed).map(
    (stage) => stage.value,
);
/** The view's order of a rating going up; a blank rating is not yet explored. */
const RATING_RANK: Record<string, number> = {
    Blocker: 0,
    Not_Met: 1,
    Not_Explored: 2,
    Partly_Met: 3,
    Met: 4,
};

let workspace: PreviewWorkspace;
let records: Record<'Lead' | 'Opportunity', PipelineRecord[]>;

beforeAll(() => {
    workspace = loadWorkspace(PROJECT_ROOT);
    records = {
        Opportunity: pipelineRecords('Opportunity', workspace.catalog.frameworks, OPEN_STAGES, 400),
        Lead: pipelineRecords('Lead', workspace.catalog.frameworks, OPEN_STAGES, 600),
    };
});

function call(
    request: Record<string, unknown>,
    user: UserContext = english,
    source: PreviewWorkspace = workspace,
): PipelinePage {
    return getPipelinePage(source, (objectApiName) => records[objectApiName], request, user);
}

function allPages(
    request: Record<string, unknown>,
    source: PreviewWorkspace = workspace,
): PipelineRow[] {
    const rows: PipelineRow[] = [];
    let page = call(request, english, source);
    rows.push(...page.rows);
    while (page.hasMore) {
        expect(page.rows).toHaveLength(50);
        page = call(
            { ...request, cursorValue: page.nextCursorValue, cursorId: page.nextCursorId },
            english,
            source,
        );
        rows.push(...page.rows);
    }
    return rows;
}

/** The package's rep cannot read the weakest dimension; a user who may (an admin) sorts by it. */
function withWeakestReadable(): PreviewWorkspace {
    const access = new Map(workspace.access);
    const opportunity = workspace.access.get('Opportunity')!;
    access.set('Opportunity', {
        ...opportunity,
        readable: new Set([...opportunity.readable, 'BB_Weakest_Dimension__c']),
    });
    return { ...workspace, access };
}

/** The order a column's values must come in going up: a number per value, blanks last (Infinity). */
function rankOf(sortKey: string, page: PipelinePage): (row: PipelineRow) => number | string {
    const positionIn = (values: readonly string[], value: string | null) =>
        value === null
            ? Infinity
            : values.indexOf(value) === -1
              ? values.length
              : values.indexOf(value);
    if (sortKey.startsWith('dim:')) {
        const key = sortKey.slice(4);
        return (row) => RATING_RANK[row.ratings[key] ?? 'Not_Explored'] ?? 5;
    }
    switch (sortKey) {
        case 'stage':
            // The open stages (or lead statuses) in picklist order: every record here is open.
            return (row) =>
                positionIn(
                    page.stageOptions.map((option) => option.value),
                    row.stage,
                );
        case 'status':
            return (row) =>
                positionIn(
                    page.statusOptions.map((option) => option.value),
                    row.status,
                );
        case 'weakest':
            return (row) =>
                positionIn(
                    page.dimensions.map((dimension) => dimension.key),
                    row.weakestDimension,
                );
        case 'owner':
            return (row) => (row.ownerName ?? '').toLowerCase();
        case 'name':
            return (row) => row.name.toLowerCase();
        case 'nextGate':
            return (row) => (row.nextGate === null ? Infinity : row.nextGate.toLowerCase());
        default:
            return (row) => {
                const value = row[sortKey as 'amount' | 'score' | 'completeness' | 'closeDate'];
                return value === null ? Infinity : value;
            };
    }
}

function expectInOrder(
    rows: PipelineRow[],
    sortKey: string,
    descending: boolean,
    page: PipelinePage,
) {
    const rank = rankOf(sortKey, page);
    for (let i = 1; i < rows.length; i++) {
        const previous = rank(rows[i - 1]!);
        const current = rank(rows[i]!);
        // Blanks come last in both directions.
        const ordered =
            current === Infinity
                ? true
                : previous === Infinity
                  ? false
                  : descending
                    ? previous >= current
                    : previous <= current;
        if (!ordered)
            throw new Error(
                `${sortKey} ${descending ? 'down' : 'up'}: ${String(previous)} before ${String(current)} at row ${i}`,
            );
        if (previous === current) expect(rows[i - 1]!.id < rows[i]!.id).toBe(true);
    }
}

describe('the pipeline stand-in sorts every column over all matching records', () => {
    const keys = [
        'name',
        'owner',
        'stage',
        'status',
        'score',
        'completeness',
        'amount',
        'closeDate',
        'nextGate',
        'dim:Budget',
        'dim:Value_Fit',
    ];
    it.each(keys.flatMap((key) => [[key, false] as const, [key, true] as const]))(
        'by %s (descending %s): each record once, in order across every page boundary',
        (sortKey, descending) => {
            const request = { objectApiName: 'Opportunity', scope: 'all', sortKey, descending };
            const first = call(request);
            const rows = allPages(request);
            const everyMatching = allPages({ objectApiName: 'Opportunity', scope: 'all' });
            expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
            expect(new Set(rows.map((row) => row.id))).toEqual(
                new Set(everyMatching.map((row) => row.id)),
            );
            expectInOrder(rows, sortKey, descending, first);
        },
    );

    it.each([false, true])(
        'by weakest (descending %s) in the framework order of dimensions, for a user who may read it',
        (descending) => {
            const admin = withWeakestReadable();
            const request = {
                objectApiName: 'Opportunity',
                scope: 'all',
                sortKey: 'weakest',
                descending,
            };
            const rows = allPages(request, admin);
            expect(rows.length).toBe(
                allPages({ objectApiName: 'Opportunity', scope: 'all' }).length,
            );
            expectInOrder(rows, 'weakest', descending, call(request, english, admin));
        },
    );

    it('refuses the weakest dimension to the rep, whose permission set does not grant it', () => {
        expect(call({ objectApiName: 'Opportunity' }).hiddenColumns).toContain('weakest');
        expect(() => call({ objectApiName: 'Opportunity', sortKey: 'weakest' })).toThrow(
            'You cannot sort Opportunity records by weakest: the object has no such field or it is not readable for you.',
        );
    });

    it('orders a dimension weakest first going up, a blank rating with not yet explored', () => {
        const rows = allPages({
            objectApiName: 'Opportunity',
            scope: 'all',
            sortKey: 'dim:Budget',
        });
        const seen = [...new Set(rows.map((row) => row.ratings.Budget ?? 'Not_Explored'))];
        expect(seen).toEqual(['Blocker', 'Not_Met', 'Not_Explored', 'Partly_Met', 'Met']);
        const notExplored = rows.filter(
            (row) => (row.ratings.Budget ?? 'Not_Explored') === 'Not_Explored',
        );
        expect(notExplored.some((row) => row.ratings.Budget === null)).toBe(true);
        expect(notExplored.map((row) => row.id)).toEqual(
            [...notExplored.map((row) => row.id)].sort(),
        );
    });

    it('sorts a Lead by its lead status in picklist order', () => {
        const request = { objectApiName: 'Lead', scope: 'all', sortKey: 'stage' };
        const rows = allPages(request);
        expect(rows.length).toBeGreaterThan(50);
        expectInOrder(rows, 'stage', false, call(request));
    });

    it('refuses a column the user cannot read, a dimension the framework lacks, an unknown key and a cursor that does not fit', () => {
        const budgetField = workspace.catalog.frameworks
            .find((framework) => framework.name === 'Beyond_BANT_Canvas')!
            .dimensions.find((dimension) => dimension.key === 'Budget')!.ratingField;
        const hidden: UserContext = { language: 'en', hiddenFields: new Set([budgetField]) };
        expect(() => call({ objectApiName: 'Opportunity', sortKey: 'dim:Budget' }, hidden)).toThrow(
            'You cannot sort Opportunity records by dim:Budget: the framework has no such dimension or it is not readable for you.',
        );
        expect(() => call({ objectApiName: 'Opportunity', sortKey: 'dim:Nope' })).toThrow(
            'You cannot sort Opportunity records by dim:Nope',
        );
        expect(() => call({ objectApiName: 'Opportunity', sortKey: 'Owner.Name' })).toThrow(
            'The pipeline view sorts by name, owner, stage, status, score, completeness, amount, closeDate, weakest, nextGate or dim:<dimension>, not Owner.Name.',
        );
        expect(() => call({ objectApiName: 'Lead', sortKey: 'amount' })).toThrow(
            'You cannot sort Lead records by amount',
        );
        expect(() =>
            call({
                objectApiName: 'Opportunity',
                sortKey: 'amount',
                cursorValue: 'lots',
                cursorId: records.Opportunity[0]!.id,
            }),
        ).toThrow('The pipeline cursor does not fit Amount: lots.');
    });
});

describe('the framework filter in the stand-in', () => {
    it('lists the frameworks of the object and shows the chosen one with its records only', () => {
        const page = call({ objectApiName: 'Opportunity', scope: 'all', frameworkName: 'BANT' });
        // The core's frameworks and the frameworks package's, by name.
        const names = page.frameworkOptions.map((option) => option.value);
        expect(names).toEqual(expect.arrayContaining(['BANT', 'Beyond_BANT_Canvas', 'GPCTBA_CI']));
        expect(names).toEqual(
            workspace.catalog.frameworks
                .filter((framework) => framework.applicableObjects.includes('Opportunity'))
                .map((framework) => framework.name)
                .sort(),
        );
        expect(page.frameworkName).toBe('BANT');
        expect(page.dimensions.map((dimension) => dimension.key)).toEqual([
            'Budget',
            'Authority',
            'Need',
            'Timeline',
        ]);
        const bant = new Set(
            records.Opportunity.filter(
                (record) => record.fields.BB_Qualification_Framework__c === 'BANT',
            ).map((record) => record.id),
        );
        const rows = allPages({
            objectApiName: 'Opportunity',
            scope: 'all',
            frameworkName: 'BANT',
        });
        expect(new Set(rows.map((row) => row.id))).toEqual(bant);
    });
});
