import type { Bulk2 } from '../lib/bulk2';
import type { CheckpointFile, CheckpointState, ObjectProgress } from '../lib/checkpoint';
import { queryHash } from '../lib/checkpoint';
import type { CsvReportFile } from '../lib/csvFile';
import type { ProgressBar } from '../lib/progress';
import {
    dayInTimeZone,
    type FrameworkConfig,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { FRAMEWORK_FIELD, RESULT_FIELDS, type RecordScorer } from '../../lib/recordScorer';
import { statusTimes } from '../../lib/statusTimes';
import { dryRunRow, resultChanged, uploadRow } from './changes';
import { horizonCondition, type HorizonWindow } from './horizon';
import { IngestQueue } from './ingestQueue';
import type { QualifiedObject } from '../lib/cli';

export type RescoreObject = QualifiedObject;

export interface RescoreOptions {
    readonly bulk: Bulk2;
    readonly scorer: RecordScorer;
    readonly objects: readonly RescoreObject[];
    readonly checkpoint: CheckpointFile;
    /** The org's host: a checkpoint of another org is refused. */
    readonly instanceHost: string;
    readonly restart: boolean;
    /** Dry run: changes go to this file instead of the org. */
    readonly changes?: CsvReportFile;
    /** Rows the platform rejected and records that could not be scored. */
    readonly failures: CsvReportFile;
    readonly batchSize: number;
    readonly pageSize: number;
    readonly maxPendingJobs: number;
    readonly progress: ProgressBar;
    /** Aborting stops after the current record with the checkpoint saved. */
    readonly signal?: AbortSignal;
    readonly now?: () => Date;
    /** The evaluation day, 'YYYY-MM-DD'; the scorer's default (today in UTC) when absent. */
    readonly evaluationDay?: string;
    /**
     * Only the records whose horizon outcome changes in this window (`--horizon-day`), on these
     * frameworks; every record when absent.
     */
    readonly horizon?: HorizonWindow & { readonly frameworks: readonly FrameworkConfig[] };
}

export interface ObjectSummary {
    readonly objectApiName: RescoreObject;
    readonly processed: number;
    readonly changed: number;
    readonly failed: number;
}

export class RescoreInterrupted extends Error {
    constructor(readonly checkpointPath: string) {
        super(
            `Interrupted; the checkpoint ${checkpointPath} holds the position. Run the same command again to resume.`,
        );
        this.name = 'RescoreInterrupted';
    }
}

/**
 * The SOQL for one object: the stored result, the framework and every rating and value field any
 * framework reads; `condition` narrows it (the horizon selection).
 */
export function rescoreQuery(
    scorer: RecordScorer,
    objectApiName: RescoreObject,
    condition?: string,
): string {
    const fields = [
        'Id',
        FRAMEWORK_FIELD,
        RESULT_FIELDS.status,
        RESULT_FIELDS.score,
        RESULT_FIELDS.completeness,
        RESULT_FIELDS.nextDimension,
        RESULT_FIELDS.weakestDimension,
        RESULT_FIELDS.statusChangedOn,
        RESULT_FIELDS.qualifiedOn,
        ...scorer.ratingFields(objectApiName),
        ...scorer.valueFields(objectApiName),
    ];
    // Converted leads are read-only on the platform: updating them only produces failures.
    const conditions = [
        ...(objectApiName === 'Lead' ? ['IsConverted = false'] : []),
        ...(condition ? [condition] : []),
    ];
    const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
    return `SELECT ${[...new Set(fields)].join(', ')} FROM ${objectApiName}${where}`;
}

/**
 * Re-evaluates every record of the given objects: streams a Bulk API 2.0 query page by page,
 * evaluates each record with the TypeScript engine, and uploads only records whose result changed.
 * Memory stays flat: one page streams at a time, and at most `batchSize` changed rows wait for
 * their upload, as CSV bytes (see IngestQueue).
 */
export async function runRescore(options: RescoreOptions): Promise<ObjectSummary[]> {
    let state = loadState(options);
    const summaries: ObjectSummary[] = [];
    for (const objectApiName of options.objects) {
        const result = await rescoreObject(options, objectApiName, state, (next) => {
            state = { ...state, objects: { ...state.objects, [objectApiName]: next } };
            options.changes?.flush();
            options.failures.flush();
            options.checkpoint.write(state);
        });
        summaries.push(result);
    }
    options.checkpoint.remove();
    return summaries;
}

function loadState(options: RescoreOptions): CheckpointState {
    const fresh: CheckpointState = {
        version: 1,
        instanceHost: options.instanceHost,
        dryRun: options.changes !== undefined,
        objects: {},
    };
    if (options.restart) return fresh;
    const saved = options.checkpoint.read();
    if (!saved) return fresh;
    if (saved.instanceHost !== options.instanceHost) {
        throw new Error(
            `Checkpoint ${options.checkpoint.path} belongs to ${saved.instanceHost}, not ${options.instanceHost}; pass --restart or another --checkpoint`,
        );
    }
    if (saved.dryRun !== fresh.dryRun) {
        throw new Error(
            `Checkpoint ${options.checkpoint.path} is from a ${saved.dryRun ? 'dry run' : 'real run'}; run the same way again or pass --restart`,
        );
    }
    return saved;
}

async function rescoreObject(
    options: RescoreOptions,
    objectApiName: RescoreObject,
    state: CheckpointState,
    save: (progress: ObjectProgress) => void,
): Promise<ObjectSummary> {
    let condition: string | undefined;
    if (options.horizon) {
        const selected = horizonCondition(
            options.horizon.frameworks,
            objectApiName,
            options.horizon,
        );
        // No framework of this object has a horizon: no record's outcome changes with the day.
        if (selected === null) return { objectApiName, processed: 0, changed: 0, failed: 0 };
        condition = selected;
    }
    const soql = rescoreQuery(options.scorer, objectApiName, condition);
    const hash = queryHash(soql);
    let saved: ObjectProgress | undefined = state.objects[objectApiName];
    if (saved && saved.queryHash !== hash) saved = undefined; // the frameworks changed since: start this object over
    if (saved?.completed)
        return {
            objectApiName,
            processed: saved.processed,
            changed: saved.changed,
            failed: saved.failed,
        };

    const { bulk, scorer, progress } = options;
    let progressState: ObjectProgress;
    if (saved) {
        progressState = saved;
    } else {
        const queryJobId = await bulk.startQuery(soql);
        const job = await bulk.waitForQuery(queryJobId);
        progressState = {
            queryHash: hash,
            queryJobId,
            totalRecords: job.numberRecordsProcessed,
            pageLocator: '',
            pageOffset: 0,
            processed: 0,
            changed: 0,
            failed: 0,
            pendingIngestJobs: [],
            completed: false,
        };
        save(progressState);
    }

    const queue = new IngestQueue(
        bulk,
        objectApiName,
        options.failures,
        options.batchSize,
        options.maxPendingJobs,
        progressState.pendingIngestJobs,
    );
    const baseFailed = progressState.failed;
    let { processed, changed } = progressState;
    let scoringFailures = 0;
    const counts = () => ({
        processed,
        changed,
        failed: baseFailed + scoringFailures + queue.failed,
    });
    // The position up to which every record is either unchanged, reported, or in a submitted job.
    let safe = {
        locator: progressState.pageLocator,
        offset: progressState.pageOffset,
        processed,
        changed,
        scoringFailures,
    };
    const checkpoint = (completed = false) =>
        save({
            ...progressState,
            pageLocator: safe.locator,
            pageOffset: safe.offset,
            processed: safe.processed,
            changed: safe.changed,
            failed: baseFailed + safe.scoringFailures + queue.failed,
            pendingIngestJobs: [...queue.pending],
            completed,
        });

    const startedAt = (options.now ?? (() => new Date()))();
    const evaluatedAt = startedAt.toISOString();
    // One evaluation day for the whole run (the scorer's default, today in UTC, taken once): a
    // calendar computation per record would cost more than the evaluation itself.
    const evaluationDay = options.evaluationDay ?? dayInTimeZone(startedAt, 'UTC');
    progress.begin(objectApiName, progressState.totalRecords, processed);
    const resumeLocator = progressState.pageLocator;
    const resumeOffset = progressState.pageOffset;
    let end = { locator: resumeLocator, offset: resumeOffset };
    for await (const page of bulk.resultPages(
        progressState.queryJobId,
        progressState.pageLocator,
        options.pageSize,
    )) {
        let offset = 0;
        for await (const batch of page.batches) {
            for (const record of batch) {
                if (page.locator === resumeLocator && offset < resumeOffset) {
                    offset++;
                    continue;
                }
                if (options.signal?.aborted) {
                    queue.discardBuffer();
                    checkpoint();
                    progress.finish(counts());
                    throw new RescoreInterrupted(options.checkpoint.path);
                }
                offset++;
                processed++;
                const scored = scorer.score(objectApiName, record, evaluationDay);
                let filled = false;
                if (!scored.ok) {
                    options.failures.add([
                        objectApiName,
                        record.Id ?? '',
                        `not rescored: ${scored.error}`,
                        '',
                    ]);
                    scoringFailures++;
                } else {
                    // rescore writes what the trigger would: the stored record is also what is "written".
                    const times = statusTimes({
                        stored: record,
                        written: record,
                        evaluatedStatus: scored.evaluation.status,
                        now: evaluatedAt,
                    });
                    if (resultChanged(record, scored.evaluation, times)) {
                        changed++;
                        if (options.changes)
                            options.changes.add(
                                dryRunRow(
                                    objectApiName,
                                    record,
                                    scored.framework,
                                    scored.evaluation,
                                ),
                            );
                        else
                            filled = queue.add(
                                uploadRow(
                                    record.Id ?? '',
                                    scored.evaluation,
                                    scored.explanation,
                                    evaluatedAt,
                                    times,
                                ),
                            );
                    }
                }
                if (filled) {
                    await queue.submit();
                    safe = { locator: page.locator, offset, processed, changed, scoringFailures };
                    checkpoint();
                } else if (queue.bufferedRows === 0) {
                    safe = { locator: page.locator, offset, processed, changed, scoringFailures };
                }
            }
            // This batch's changed rows become bytes now, before the next batch is read: kept as
            // strings until their job fills (or, in a dry run, until 64 KB of them wait for the
            // file), they and the page text they were cut from would outlive young garbage
            // collection and pile up in the old generation.
            queue.encodeRows();
            options.changes?.flush();
            progress.update(counts());
        }
        end = page.nextLocator
            ? { locator: page.nextLocator, offset: 0 }
            : { locator: page.locator, offset };
        if (queue.bufferedRows === 0) {
            safe = { ...end, processed, changed, scoringFailures };
            checkpoint();
        }
    }
    await queue.submit();
    safe = { ...end, processed, changed, scoringFailures };
    checkpoint();
    await queue.harvestAll();
    checkpoint(true);
    progress.finish(counts());
    return { objectApiName, ...counts() };
}
