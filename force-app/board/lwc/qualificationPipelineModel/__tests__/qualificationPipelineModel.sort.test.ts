/**
 * The pipeline view's sort routing: every column the user may read sorts on the server over all
 * matching records (docs/architecture.md, "Pipeline view"); an unreadable one does not sort.
 */
import {
    defaultSort,
    nextSort,
    requestFor,
    sortForFramework,
    type PipelineColumn,
    type PipelineQuery,
} from 'c/qualificationPipelineModel';

function column(key: string, sortable = true): PipelineColumn {
    return {
        key,
        label: key,
        kind: 'text',
        hidden: !sortable,
        sortable,
        live: false,
        isGate: false,
    };
}

describe('nextSort', () => {
    it('sends a dimension, status, stage, owner, weakest and next gate to the server going up', () => {
        for (const key of ['dim:Budget', 'status', 'stage', 'owner', 'weakest', 'nextGate']) {
            expect(nextSort({ key: 'closeDate', descending: false }, column(key))).toEqual({
                key,
                descending: false,
            });
        }
    });

    it('turns the direction when the sorted column is chosen again, and starts up on another', () => {
        const down = nextSort({ key: 'dim:Budget', descending: false }, column('dim:Budget'));
        expect(down).toEqual({ key: 'dim:Budget', descending: true });
        expect(nextSort(down!, column('dim:Budget'))).toEqual({
            key: 'dim:Budget',
            descending: false,
        });
        expect(nextSort(down!, column('owner'))).toEqual({ key: 'owner', descending: false });
    });

    it('does not sort a column the user cannot read', () => {
        expect(nextSort({ key: 'name', descending: false }, column('dim:Need', false))).toBeNull();
    });

    it('puts the chosen column into the request for the first page', () => {
        const sort = nextSort(defaultSort('Opportunity'), column('dim:Budget'))!;
        const query: PipelineQuery = {
            objectApiName: 'Opportunity',
            frameworkName: null,
            scope: 'all',
            stage: null,
            status: null,
            sortKey: sort.key,
            descending: sort.descending,
        };
        expect(requestFor(query, null)).toMatchObject({
            sortKey: 'dim:Budget',
            descending: false,
            cursorValue: null,
            cursorId: null,
        });
    });
});

describe('defaultSort and sortForFramework', () => {
    it('starts Leads by name and Opportunities by close date', () => {
        expect(defaultSort('Lead')).toEqual({ key: 'name', descending: false });
        expect(defaultSort('Opportunity')).toEqual({ key: 'closeDate', descending: false });
    });

    it('drops a dimension sort when the framework changes and keeps any other', () => {
        expect(sortForFramework({ key: 'dim:Budget', descending: true }, 'Lead')).toEqual({
            key: 'name',
            descending: false,
        });
        expect(sortForFramework({ key: 'owner', descending: true }, 'Lead')).toEqual({
            key: 'owner',
            descending: true,
        });
    });
});
