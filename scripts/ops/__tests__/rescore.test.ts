import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../lib/catalog';
import { Bulk2 } from '../lib/bulk2';
import { CheckpointFile } from '../lib/checkpoint';
import { CsvReportFile } from '../lib/csvFile';
import { ProgressBar } from '../lib/progress';
import { RestApi } from '../lib/restApi';
import { scorerFromCatalog, type RecordScorer } from '../../lib/recordScorer';
import { FakeSalesforce, type FakeSalesforceOptions } from '../fake/fakeSalesforce';
import { DRY_RUN_COLUMNS } from '../rescore/changes';
import { RescoreInterrupted, runRescore, type RescoreOptions } from '../rescore/runRescore';

const scorer = scorerFromCatalog(loadCatalog());
/** When a seeded record that holds its correct result last changed status. */
const EARLIER = '2026-01-05T09:00:00.000Z';
const RATINGS = ['Met', 'Partly_Met', 'Not_Met', 'Blocker', 'Not_Explored', null] as const;
const BANT = [
    'BB_Budget_Rating__c',
    'BB_Authority_Rating__c',
    'BB_Need_Rating__c',
    'BB_Timeline_Rating__c',
];

let fake: FakeSalesforce;
let directory: string;

async function startFake(options: FakeSalesforceOptions = {}): Promise<FakeSalesforce> {
    fake = await new FakeSalesforce(options).start();
    return fake;
}

/** Leads with varied BANT answers; every third already holds its correct result, the rest are stale. */
function seedLeads(count: number): string[] {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
        const fields: Record<string, unknown> = {
            LastName: `Lead ${index}`,
            Company: `Company ${index}`,
            IsConverted: false,
        };
        BANT.forEach(
            (field, position) => (fields[field] = RATINGS[(index + position * 2) % RATINGS.length]),
        );
        const scored = scorer.score('Lead', fields);
        if (!scored.ok) throw new Error(scored.error);
        if (index % 3 === 0) {
            Object.assign(fields, {
                BB_Qualification_Status__c: scored.evaluation.status,
                BB_Qualification_Score__c: scored.evaluation.score,
                BB_Qualification_Completeness__c: scored.evaluation.completeness,
                BB_Next_Dimension__c: scored.evaluation.nextDimension,
                BB_Weakest_Dimension__c: scored.evaluation.weakestDimension,
                BB_Status_Changed_On__c: EARLIER,
                BB_Qualified_On__c: scored.evaluation.status === 'Qualified' ? EARLIER : null,
            });
        } else {
            Object.assign(fields, {
                BB_Qualification_Status__c: 'New',
                BB_Qualification_Score__c: 0,
                BB_Qualification_Completeness__c: 0,
                BB_Next_Dimension__c: 'Budget',
            });
        }
        ids.push(fake.store.insertRaw('Lead', fields));
    }
    return ids;
}

function options(overrides: Partial<RescoreOptions> = {}): RescoreOptions {
    const session = {
        instanceUrl: fake.instanceUrl,
        accessToken: fake.accessToken,
        apiVersion: '66.0',
    };
    const api = new RestApi(session, { maxRetries: 3, initialDelayMs: 1, maxDelayMs: 5 });
    return {
        bulk: new Bulk2(api, { intervalMs: 1, timeoutMs: 5000 }),
        scorer,
        objects: ['Lead'],
        checkpoint: new CheckpointFile(join(directory, 'checkpoint.json')),
        instanceHost: new URL(fake.instanceUrl).host,
        restart: false,
        failures: new CsvReportFile(
            join(directory, 'failures.csv'),
            ['Object', 'Id', 'Error', 'Ingest job'],
            true,
        ),
        batchSize: 4,
        pageSize: 7,
        maxPendingJobs: 2,
        progress: new ProgressBar({ isTTY: false, write: () => true }),
        now: () => new Date('2025-03-04T05:06:07.000Z'),
        ...overrides,
    };
}

function expectStoredResultsCorrect(ids: readonly string[]): void {
    for (const id of ids) {
        const record = fake.store.get(id) ?? {};
        const scored = scorer.score('Lead', record);
        if (!scored.ok) throw new Error(scored.error);
        expect({
            id,
            status: record.BB_Qualification_Status__c,
            score: Number(record.BB_Qualification_Score__c),
            next: record.BB_Next_Dimension__c ?? null,
        }).toEqual({
            id,
            status: scored.evaluation.status,
            score: scored.evaluation.score,
            next: scored.evaluation.nextDimension,
        });
    }
}

/**
 * What rescore uploads is what the trigger stores: the reasons that name no dimension and, when
 * others were left out, the pointer to the board; no dimension and no rating ("Need" is rated "Partly met").
 */
function expectStoredExplanationsNameNoDimension(ids: readonly string[]): void {
    const pointer = loadCatalog().label('BB_Automation_Dimension_Reasons_On_Board', 'en');
    for (const id of ids) {
        const record = fake.store.get(id) ?? {};
        const scored = scorer.score('Lead', record);
        if (!scored.ok) throw new Error(scored.error);
        const explanation = String(record.BB_Qualification_Explanation__c);
        const namesDimensions = scored.evaluation.reasons.some((reason) => 'dimension' in reason);
        expect({ id, pointer: explanation.split('\n').includes(pointer) }).toEqual({
            id,
            pointer: namesDimensions,
        });
        expect(explanation).not.toMatch(/"|rated|Blocker|Budget|Authority|Need|Timeline/);
        expect(explanation.split('\n')).toHaveLength(
            scored.evaluation.reasons.filter((reason) => !('dimension' in reason)).length +
                (namesDimensions ? 1 : 0),
        );
    }
}

beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'bb-rescore-'));
});

afterEach(async () => {
    await fake.stop();
    rmSync(directory, { recursive: true, force: true });
});

describe('rescore', () => {
    it('streams every page, uploads only the records whose result changed, and leaves no checkpoint', async () => {
        await startFake({ pollsBeforeComplete: 2 });
        const ids = seedLeads(25);
        const stale = ids.filter((_, index) => index % 3 !== 0).length;

        const [summary] = await runRescore(options());

        expect(summary).toEqual({
            objectApiName: 'Lead',
            processed: 25,
            changed: stale,
            failed: 0,
        });
        expect(fake.ingestRowsReceived).toBe(stale);
        expect(
            fake.requests.filter((request) => /\/jobs\/query\/[^/]+\/results$/.test(request)),
        ).toHaveLength(4);
        expect(
            fake.requests.filter((request) => request === 'POST /services/data/v66.0/jobs/ingest'),
        ).toHaveLength(Math.ceil(stale / 4));
        expectStoredResultsCorrect(ids);
        expect(fake.store.get(ids[1] as string)?.BB_Last_Evaluated__c).toBe(
            '2025-03-04T05:06:07.000Z',
        );
        expectStoredExplanationsNameNoDimension(ids.filter((_, index) => index % 3 !== 0));
        expect(existsSync(join(directory, 'checkpoint.json'))).toBe(false);
    });

    it('evaluates every record on one day, the UTC day the run started, unless told another', async () => {
        await startFake();
        seedLeads(9);
        const days: (string | undefined)[] = [];
        const counting: RecordScorer = {
            ...scorer,
            score: (objectApiName, record, evaluationDay) => {
                days.push(evaluationDay);
                return scorer.score(objectApiName, record, evaluationDay);
            },
        };
        // 23:30 in UTC-5 is already the next day in UTC.
        await runRescore(
            options({ scorer: counting, now: () => new Date('2025-03-04T23:30:00.000-05:00') }),
        );
        expect(days).toEqual(new Array(9).fill('2025-03-05'));
        days.length = 0;
        await fake.stop();
        await startFake();
        seedLeads(2);
        await runRescore(options({ scorer: counting, restart: true, evaluationDay: '2025-06-01' }));
        expect(days).toEqual(['2025-06-01', '2025-06-01']);
    });

    it('skips converted leads in the query, since the platform refuses to update them', async () => {
        await startFake();
        const open = seedLeads(2);
        const converted = fake.store.insertRaw('Lead', {
            LastName: 'Converted',
            Company: 'C',
            IsConverted: true,
            BB_Budget_Rating__c: 'Met',
            BB_Qualification_Status__c: 'New',
        });

        const [summary] = await runRescore(options());

        expect(summary?.processed).toBe(2);
        expect(summary?.changed).toBe(1);
        expectStoredResultsCorrect(open);
        expect(fake.store.get(converted)).toMatchObject({ BB_Qualification_Status__c: 'New' });
        expect(fake.store.get(converted)?.BB_Qualification_Score__c).toBeUndefined();
    });

    it('waits out throttling (503, REQUEST_LIMIT_EXCEEDED) and completes', async () => {
        await startFake({
            faults: [
                {
                    method: 'GET',
                    path: /\/results$/,
                    status: 503,
                    body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'busy' }],
                    headers: { 'Retry-After': '0' },
                    times: 2,
                },
                {
                    method: 'POST',
                    path: /\/jobs\/ingest$/,
                    status: 403,
                    body: [
                        {
                            errorCode: 'REQUEST_LIMIT_EXCEEDED',
                            message: 'ConcurrentPerOrgLongTxn Limit exceeded',
                        },
                    ],
                },
            ],
        });
        const ids = seedLeads(10);

        const [summary] = await runRescore(options());

        expect(summary?.failed).toBe(0);
        expectStoredResultsCorrect(ids);
        expect(
            fake.requests.filter((request) => request.endsWith('/results')).length,
        ).toBeGreaterThan(2);
    });

    it('gives up after the retries with the platform error', async () => {
        await startFake({
            faults: [
                {
                    method: 'POST',
                    path: /\/jobs\/query$/,
                    status: 503,
                    body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'down for maintenance' }],
                    times: 10,
                },
            ],
        });
        seedLeads(2);

        await expect(runRescore(options())).rejects.toThrow(
            'POST /jobs/query failed with HTTP 503 SERVER_UNAVAILABLE: down for maintenance',
        );
    });

    it('reports rows the org rejected with the platform error and updates the rest', async () => {
        const rejectedIds = new Set<string>();
        await startFake({
            rejectRow: (_object, row) =>
                rejectedIds.has(row.Id ?? '')
                    ? 'FIELD_CUSTOM_VALIDATION_EXCEPTION:Region is required:--'
                    : undefined,
        });
        const ids = seedLeads(9);
        rejectedIds.add(ids[1] as string);
        rejectedIds.add(ids[5] as string);

        const [summary] = await runRescore(options());

        expect(summary?.failed).toBe(2);
        const failures = readFileSync(join(directory, 'failures.csv'), 'utf8');
        expect(failures).toContain(
            `Lead,${ids[1]},FIELD_CUSTOM_VALIDATION_EXCEPTION:Region is required:--`,
        );
        expect(failures).toContain(
            `Lead,${ids[5]},FIELD_CUSTOM_VALIDATION_EXCEPTION:Region is required:--`,
        );
        expectStoredResultsCorrect(ids.filter((id) => !rejectedIds.has(id)));
    });

    it('reports the rows of a failed job that the platform never processed', async () => {
        await startFake({
            failIngestJob: {
                job: 1,
                afterRows: 1,
                message: 'InvalidBatch : Failed to process query',
            },
        });
        const ids = seedLeads(6);
        const stale = ids.filter((_, index) => index % 3 !== 0);

        const [summary] = await runRescore(options());

        const failures = readFileSync(join(directory, 'failures.csv'), 'utf8');
        expect(summary?.failed).toBe(3);
        for (const id of stale.slice(1, 4))
            expect(failures).toContain(
                `Lead,${id},not processed: job Failed: InvalidBatch : Failed to process query`,
            );
    });

    it('records a record it cannot score instead of stopping', async () => {
        await startFake();
        const [good] = seedLeads(1);
        const bad = fake.store.insertRaw('Lead', {
            LastName: 'X',
            Company: 'Y',
            BB_Qualification_Framework__c: 'SPIN',
        });

        const [summary] = await runRescore(options());

        expect(summary).toMatchObject({ processed: 2, failed: 1 });
        expect(readFileSync(join(directory, 'failures.csv'), 'utf8')).toContain(
            `Lead,${bad},"not rescored: There is no qualification framework named SPIN. Available: ANUM, BANT, Beyond_BANT_Canvas, CHAMP, FAINT, GPCTBA_CI, MEDDPICC."`,
        );
        expectStoredResultsCorrect([good as string]);
    });

    it('resumes after an interruption from the checkpoint without losing or repeating uploads', async () => {
        await startFake();
        const ids = seedLeads(30);
        const stale = ids.filter((_, index) => index % 3 !== 0).length;
        const controller = new AbortController();
        let scoredCount = 0;
        const interrupting: RecordScorer = {
            ...scorer,
            score(objectApiName, record) {
                if (++scoredCount === 17) controller.abort();
                return scorer.score(objectApiName, record);
            },
        };

        await expect(
            runRescore(options({ scorer: interrupting, signal: controller.signal })),
        ).rejects.toBeInstanceOf(RescoreInterrupted);
        const saved = JSON.parse(readFileSync(join(directory, 'checkpoint.json'), 'utf8')) as {
            objects: { Lead: { processed: number; queryJobId: string } };
        };
        expect(saved.objects.Lead.processed).toBeGreaterThan(0);
        expect(saved.objects.Lead.processed).toBeLessThan(30);
        expect(JSON.stringify(saved)).not.toContain(fake.accessToken);
        const queryJobs = fake.requests.filter((request) => request.endsWith('/jobs/query')).length;

        const [summary] = await runRescore(options());

        expect(summary).toMatchObject({ processed: 30, changed: stale, failed: 0 });
        expect(fake.requests.filter((request) => request.endsWith('/jobs/query')).length).toBe(
            queryJobs,
        );
        expect(fake.ingestRowsReceived).toBe(stale);
        expectStoredResultsCorrect(ids);
    });

    it('in a dry run writes the changes to a CSV and changes nothing in the org', async () => {
        await startFake();
        const ids = seedLeads(6);
        const changesPath = join(directory, 'changes.csv');

        const [summary] = await runRescore(
            options({ changes: new CsvReportFile(changesPath, DRY_RUN_COLUMNS, false) }),
        );

        expect(summary?.changed).toBe(4);
        expect(fake.requests.some((request) => request.includes('/jobs/ingest'))).toBe(false);
        const lines = readFileSync(changesPath, 'utf8').trim().split('\n');
        expect(lines[0]).toBe(DRY_RUN_COLUMNS.join(','));
        expect(lines).toHaveLength(5);
        expect(lines[1]).toMatch(new RegExp(`^Lead,${ids[1]},BANT,New,`));
        expect(fake.store.get(ids[1] as string)?.BB_Qualification_Status__c).toBe('New');
    });

    it('refuses a checkpoint that belongs to another org', async () => {
        await startFake();
        seedLeads(1);
        new CheckpointFile(join(directory, 'checkpoint.json')).write({
            version: 1,
            instanceHost: 'other.my.salesforce.com',
            dryRun: false,
            objects: {},
        });

        await expect(runRescore(options())).rejects.toThrow('belongs to other.my.salesforce.com');
    });
});
