/**
 * The preview's QualificationPipelineController.getPipelinePage: the same request checks, filters,
 * ordering of every column (pipelineSort.ts), keyset paging and field-level security as the Apex classes
 * (force-app/board/classes/QualificationPipelineQuery.cls), over the seeded records of pipelineRecords.ts.
 */
import type { CatalogFramework } from '../../../lib/catalog';
import type { PreviewWorkspace } from '../metadata/workspace';
import type { UserContext } from '../records/recordApi';
import type {
    PipelinePage,
    PipelineRow,
} from '../../../../force-app/board/lwc/qualificationPipelineModel/qualificationPipelineModel';
import { ApexException } from './boardController';
import {
    LEAD_STATUSES,
    PIPELINE_OWNERS,
    PREVIEW_USER_ID,
    type PipelineRecord,
} from './pipelineRecords';
import { STANDARD_OPPORTUNITY_STAGES } from '../../../lib/catalog';
import { byRank, byRating, byValue, type PipelineSort } from './pipelineSort';

export const PAGE_SIZE = 50;
/** Every column of the view; a dimension's rating column is `dim:<key>`. */
const SORT_KEYS = [
    'name',
    'owner',
    'stage',
    'status',
    'score',
    'completeness',
    'amount',
    'closeDate',
    'weakest',
    'nextGate',
];
const DIMENSION_PREFIX = 'dim:';
const NUMBER_FIELDS = new Set([
    'BB_Qualification_Score__c',
    'BB_Qualification_Completeness__c',
    'Amount',
]);
const FRAMEWORK_FIELD = 'BB_Qualification_Framework__c';

function columnFields(objectApiName: string): Record<string, string | null> {
    const opportunity = objectApiName === 'Opportunity';
    return {
        stage: opportunity ? 'StageName' : 'Status',
        status: 'BB_Qualification_Status__c',
        score: 'BB_Qualification_Score__c',
        completeness: 'BB_Qualification_Completeness__c',
        amount: opportunity ? 'Amount' : null,
        closeDate: opportunity ? 'CloseDate' : null,
        weakest: 'BB_Weakest_Dimension__c',
        nextGate: 'BB_Next_Gate__c',
        nextGateStatus: 'BB_Next_Gate_Status__c',
        name: 'Name',
    };
}

type Value = string | number | null;

export function getPipelinePage(
    workspace: PreviewWorkspace,
    recordsOf: (objectApiName: 'Lead' | 'Opportunity') => readonly PipelineRecord[],
    raw: unknown,
    user: UserContext,
): PipelinePage {
    if (typeof raw !== 'object' || raw === null)
        throw new ApexException('The pipeline view sent no request.');
    const request = raw as Record<string, unknown>;
    const text = (key: string): string | null => {
        const value = request[key];
        if (value === null || value === undefined) return null;
        const trimmed = String(value).trim();
        return trimmed === '' ? null : trimmed;
    };
    const objectApiName = text('objectApiName');
    if (objectApiName !== 'Lead' && objectApiName !== 'Opportunity')
        throw new ApexException(
            `The pipeline view lists Lead or Opportunity records, not ${objectApiName}.`,
        );
    const scope = text('scope') ?? 'all';
    if (!['mine', 'team', 'all'].includes(scope))
        throw new ApexException(`The pipeline filter must be mine, team or all, not ${scope}.`);
    const sortKey = text('sortKey') ?? 'closeDate';
    const isDimension =
        sortKey.startsWith(DIMENSION_PREFIX) && sortKey.length > DIMENSION_PREFIX.length;
    if (!SORT_KEYS.includes(sortKey) && !isDimension)
        throw new ApexException(
            `The pipeline view sorts by ${SORT_KEYS.join(', ')} or ${DIMENSION_PREFIX}<dimension>, not ${sortKey}.`,
        );
    const descending = request.descending === true;

    const framework = frameworkOf(workspace, objectApiName, text('frameworkName'));
    const access = workspace.access.get(objectApiName);
    const readable = (field: string): boolean =>
        access?.readable.has(field) === true && !user.hiddenFields.has(field);
    const columns = columnFields(objectApiName);
    const readableColumns = new Map<string, string>();
    const hiddenColumns: string[] = [];
    for (const [key, field] of Object.entries(columns)) {
        if (field !== null && (field === 'Name' || readable(field)))
            readableColumns.set(key, field);
        else hiddenColumns.push(key);
    }
    const dimensions = framework.dimensions.map((dimension) => ({
        key: dimension.key,
        label:
            dimension.titleLabel === ''
                ? dimension.key
                : workspace.catalog.label(dimension.titleLabel, user.language),
        isGate: dimension.isGate,
        readable: readable(dimension.ratingField),
        weight: dimension.weight,
    }));

    const equals = (
        column: string,
        value: string | null,
    ): ((record: PipelineRecord) => boolean) => {
        if (value === null) return () => true;
        const field = readableColumns.get(column);
        if (field === undefined)
            throw new ApexException(
                `You cannot filter by ${column}: its field is not readable for you.`,
            );
        return (record) => record.fields[field] === value;
    };
    const stageFilter = equals('stage', text('stage'));
    const statusFilter = equals('status', text('status'));
    const isDefault = framework.defaultFor.includes(objectApiName);
    const owners = new Map(PIPELINE_OWNERS.map((owner) => [owner.id, owner]));
    const valueOf = (record: PipelineRecord, field: string): Value =>
        field === 'Name'
            ? record.name
            : field === 'Owner.Name'
              ? (owners.get(record.ownerId)?.name ?? null)
              : (record.fields[field] ?? null);
    const options = (field: string) =>
        workspace
            .picklistValues(objectApiName, field, user.language)
            .map((option) => ({ value: option.value, label: option.label }));
    const stageValues =
        objectApiName === 'Opportunity'
            ? STANDARD_OPPORTUNITY_STAGES.map((stage) => stage.value)
            : LEAD_STATUSES;
    const { sort, sortField } = sortOf({
        sortKey,
        descending,
        objectApiName,
        readableColumns,
        readableRatingFields: new Map(
            framework.dimensions
                .filter((dimension) => readable(dimension.ratingField))
                .map((dimension) => [dimension.key, dimension.ratingField]),
        ),
        dimensionKeys: framework.dimensions.map((dimension) => dimension.key),
        picklistOrder: (field) =>
            field === 'BB_Qualification_Status__c'
                ? options(field).map((option) => option.value)
                : stageValues,
    });

    let matching = recordsOf(objectApiName).filter((record) => {
        if (scope === 'mine' && record.ownerId !== PREVIEW_USER_ID) return false;
        if (scope === 'team' && owners.get(record.ownerId)?.managerId !== PREVIEW_USER_ID)
            return false;
        if (!stageFilter(record) || !statusFilter(record)) return false;
        if (readable(FRAMEWORK_FIELD)) {
            const stored = record.fields[FRAMEWORK_FIELD] ?? null;
            if (stored !== framework.name && !(stored === null && isDefault)) return false;
        }
        return true;
    });
    matching = [...matching].sort((a, b) =>
        sort.compare(valueOf(a, sortField), a.id, valueOf(b, sortField), b.id),
    );
    const cursorId = text('cursorId');
    if (cursorId !== null) {
        const cursorValue = sort.cursorValue(text('cursorValue'));
        matching = matching.filter(
            (record) =>
                sort.compare(valueOf(record, sortField), record.id, cursorValue, cursorId) > 0,
        );
    }
    const pageRecords = matching.slice(0, PAGE_SIZE);
    const hasMore = matching.length > PAGE_SIZE;
    const last = pageRecords[pageRecords.length - 1];
    const lastValue = hasMore && last !== undefined ? valueOf(last, sortField) : null;
    const column = (record: PipelineRecord, key: string): Value => {
        const field = readableColumns.get(key);
        return field === undefined ? null : valueOf(record, field);
    };
    const rows: PipelineRow[] = pageRecords.map((record) => ({
        id: record.id,
        name: record.name,
        ownerName: owners.get(record.ownerId)?.name ?? null,
        stage: column(record, 'stage') as string | null,
        status: column(record, 'status') as string | null,
        score: column(record, 'score') as number | null,
        completeness: column(record, 'completeness') as number | null,
        amount: column(record, 'amount') as number | null,
        closeDate: column(record, 'closeDate') as string | null,
        weakestDimension: column(record, 'weakest') as string | null,
        nextGate: column(record, 'nextGate') as string | null,
        nextGateStatus: column(record, 'nextGateStatus') as string | null,
        ratings: Object.fromEntries(
            framework.dimensions
                .filter((dimension) => readable(dimension.ratingField))
                .map((dimension) => [
                    dimension.key,
                    (record.fields[dimension.ratingField] as string | null) ?? null,
                ]),
        ),
    }));
    return {
        objectApiName,
        frameworkName: framework.name,
        frameworkLabel: framework.label,
        dimensions,
        hiddenColumns,
        ratingLabels: Object.fromEntries(
            options(framework.dimensions[0]?.ratingField ?? '').map((option) => [
                option.value,
                option.label,
            ]),
        ),
        statusOptions: options('BB_Qualification_Status__c'),
        frameworkOptions: workspace.catalog.frameworks
            .filter((candidate) => candidate.applicableObjects.includes(objectApiName))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
            .map((candidate) => ({ value: candidate.name, label: candidate.label })),
        // The preview's schema holds the package's fields only; stages and lead statuses are the standard ones.
        stageOptions:
            objectApiName === 'Opportunity'
                ? STANDARD_OPPORTUNITY_STAGES.filter((stage) => !stage.closed).map((stage) => ({
                      value: stage.value,
                      label: stage.value,
                  }))
                : LEAD_STATUSES.map((value) => ({ value, label: value })),
        rows,
        hasMore,
        nextCursorValue: hasMore && lastValue !== null ? String(lastValue) : null,
        nextCursorId: hasMore && last !== undefined ? last.id : null,
    };
}

interface SortChoice {
    readonly sortKey: string;
    readonly descending: boolean;
    readonly objectApiName: string;
    readonly readableColumns: ReadonlyMap<string, string>;
    /** Dimension key -> rating field, for the dimensions the user may read. */
    readonly readableRatingFields: ReadonlyMap<string, string>;
    readonly dimensionKeys: readonly string[];
    readonly picklistOrder: (field: string) => readonly string[];
}

/** The sort of the requested column, as QualificationPipelineQuery.sortOf: only a readable column sorts. */
function sortOf(choice: SortChoice): { sort: PipelineSort; sortField: string } {
    const { sortKey, descending } = choice;
    const notSortable = (reason: string) =>
        new ApexException(
            `You cannot sort ${choice.objectApiName} records by ${sortKey}: ${reason} or it is not readable for you.`,
        );
    if (sortKey.startsWith(DIMENSION_PREFIX)) {
        const ratingField = choice.readableRatingFields.get(sortKey.slice(DIMENSION_PREFIX.length));
        if (ratingField === undefined) throw notSortable('the framework has no such dimension');
        return { sort: byRating(descending), sortField: ratingField };
    }
    if (sortKey === 'owner')
        return { sort: byValue('Owner.Name', false, descending), sortField: 'Owner.Name' };
    const field = choice.readableColumns.get(sortKey);
    if (field === undefined) throw notSortable('the object has no such field');
    if (sortKey === 'stage' || sortKey === 'status')
        return { sort: byRank(choice.picklistOrder(field), descending), sortField: field };
    if (sortKey === 'weakest')
        return { sort: byRank(choice.dimensionKeys, descending), sortField: field };
    return { sort: byValue(field, NUMBER_FIELDS.has(field), descending), sortField: field };
}

function frameworkOf(
    workspace: PreviewWorkspace,
    objectApiName: string,
    name: string | null,
): CatalogFramework {
    const framework =
        name === null
            ? workspace.catalog.frameworks.find((candidate) =>
                  candidate.defaultFor.includes(objectApiName),
              )
            : workspace.catalog.frameworks.find((candidate) => candidate.name === name);
    if (framework === undefined)
        throw new ApexException(
            `The pipeline view needs a qualification framework for ${objectApiName}; "${name}" is none. Choose one in the view's Framework setting.`,
        );
    if (!framework.applicableObjects.includes(objectApiName))
        throw new ApexException(
            `The qualification framework "${name}" does not apply to ${objectApiName} records.`,
        );
    return framework;
}
