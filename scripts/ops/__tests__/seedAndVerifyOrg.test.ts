import { join } from 'node:path';
import { loadCatalog, REPO_ROOT } from '../../lib/catalog';
import { apiDateTime, evaluatingTrigger } from '../fake/evaluatingTrigger';
import { FakeSalesforce, type FakeSalesforceOptions } from '../fake/fakeSalesforce';
import { RestCalls } from '../lib/restCalls';
import { scorerFromCatalog } from '../../lib/recordScorer';
import { dayNumber } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { openConnection } from '../lib/session';
import { runSeed } from '../seed/seedAll';
import { runVerifyOrg, type VerifyOptions } from '../verifyOrg/runVerifyOrg';
import { readVectors } from '../verifyOrg/vectors';

const catalog = loadCatalog();
const scorer = scorerFromCatalog(catalog);
const vectors = readVectors(
    join(REPO_ROOT, 'force-app/scoring/staticresources/BB_QualificationVectors.json'),
);
let fake: FakeSalesforce;
/** The fake org's Date.today(). */
const ORG_DAY = '2025-06-30';

/** The Apex trigger's job in the fake org: evaluate on every save, stamp the status times on insert. */
const engineTrigger = evaluatingTrigger(scorer, ORG_DAY);

async function start(options: FakeSalesforceOptions = {}): Promise<RestCalls> {
    fake = await new FakeSalesforce(options).start();
    const connection = openConnection({
        instanceUrl: fake.instanceUrl,
        accessToken: fake.accessToken,
        apiVersion: '66.0',
    });
    return new RestCalls(connection, { maxRetries: 3, initialDelayMs: 1, maxDelayMs: 5 });
}

function verifyOptions(rest: RestCalls, overrides: Partial<VerifyOptions> = {}): VerifyOptions {
    return {
        rest,
        frameworks: (name) => catalog.frameworks.find((framework) => framework.name === name),
        vectors,
        objects: ['Lead', 'Opportunity'],
        runId: 'test1234',
        today: ORG_DAY,
        ...overrides,
    };
}

afterEach(async () => {
    await fake.stop();
});

describe('seed', () => {
    it('creates a sample set covering every status once, and restores it on a second run instead of duplicating', async () => {
        const rest = await start({ trigger: engineTrigger });

        const first = await runSeed(
            rest,
            { leads: 10, opportunities: 5 },
            new Date('2025-06-01T00:00:00Z'),
        );
        fake.store.all('Lead')[0]!.BB_Budget_Rating__c = 'Not_Met';
        const second = await runSeed(
            rest,
            { leads: 10, opportunities: 5 },
            new Date('2025-06-01T00:00:00Z'),
        );

        expect(
            first.map((s) => [s.objectApiName, s.created, s.updated, s.failures.length]),
        ).toEqual([
            ['Lead', 10, 0, 0],
            ['Opportunity', 5, 0, 0],
        ]);
        expect(second.map((s) => [s.objectApiName, s.created, s.updated])).toEqual([
            ['Lead', 0, 10],
            ['Opportunity', 0, 5],
        ]);
        expect(fake.store.all('Lead')).toHaveLength(10);
        expect(fake.store.all('Opportunity')).toHaveLength(5);
        expect(fake.store.all('Lead')[0]?.BB_Budget_Rating__c ?? null).toBeNull();
        expect(
            new Set(fake.store.all('Lead').map((lead) => lead.BB_Qualification_Status__c)),
        ).toEqual(new Set(['New', 'Working', 'Nurture', 'Qualified', 'Disqualified']));
    });

    it('waits out REQUEST_LIMIT_EXCEEDED and reports records the org refuses with its error', async () => {
        const rest = await start({
            faults: [
                {
                    method: 'POST',
                    path: /\/composite\/sobjects$/,
                    status: 403,
                    body: [
                        {
                            errorCode: 'REQUEST_LIMIT_EXCEEDED',
                            message: 'TotalRequests Limit exceeded.',
                        },
                    ],
                },
            ],
        });
        fake.store.insertRaw('Opportunity', { Name: 'Old [bb-seed:opp-001]' });
        fake.store.insertRaw('Lead', {
            Email: 'someone@else.example.com',
            LastName: 'Not seeded',
            Company: 'X',
        });

        const [leads, opportunities] = await runSeed(rest, { leads: 3, opportunities: 2 });

        expect(leads).toMatchObject({ created: 3, updated: 0 });
        expect(opportunities).toMatchObject({ created: 1, updated: 1 });
        expect(fake.store.all('Lead')).toHaveLength(4);
        expect(
            fake.requests.filter(
                (request) => request === 'POST /services/data/v66.0/composite/sobjects',
            ).length,
        ).toBe(3);
    });
});

describe('verify-org', () => {
    it('replays every representable vector on both objects, agrees with a correct trigger, and deletes everything', async () => {
        const rest = await start({ trigger: engineTrigger });
        // A Date field holds a real day from 1700 to 4000, or nothing.
        const storable = (value: unknown): boolean =>
            value === null || value === '' || dayNumber(value) !== undefined;
        const replayable = vectors.filter(
            (vector) =>
                !vector.inline &&
                // Only the shipped Timeline dimensions have a horizon; their dates must fit a Date field.
                (vector.values?.Timeline === undefined || storable(vector.values.Timeline)) &&
                Object.values(vector.answers).every(
                    (v) =>
                        v === null ||
                        ['Not_Explored', 'Not_Met', 'Partly_Met', 'Met', 'Blocker', ''].includes(
                            v as string,
                        ),
                ),
        );

        const report = await runVerifyOrg(verifyOptions(rest));

        expect(report.checked).toBe(replayable.length * 2);
        expect(report.disagreements).toEqual([]);
        expect(report.engineMismatches).toEqual([]);
        expect(report.skipped.length).toBe(vectors.length - replayable.length);
        expect(report.skipped.map((skip) => skip.reason)).toContainEqual(
            expect.stringContaining('cannot be stored in a restricted picklist'),
        );
        expect(report.skipped.map((skip) => skip.reason)).toContainEqual(
            expect.stringContaining('cannot be stored in the Date field BB_Decision_Date__c'),
        );
        // The horizon cases were replayed with their dates moved to the org's day.
        const horizonCases = replayable.filter((v) =>
            v.expected.reasons.some((r) => r.code === 'BEYOND_HORIZON'),
        );
        expect(horizonCases.length).toBeGreaterThan(3);
        expect(fake.store.size).toBe(0);
    });

    it('names the vector, object and field where the org computes something else', async () => {
        const rest = await start({
            trigger: (objectApiName, record) => {
                engineTrigger(objectApiName, record);
                // An Apex engine that rounds the score down instead of half up on Opportunities.
                if (
                    objectApiName === 'Opportunity' &&
                    record.BB_Qualification_Framework__c === 'GPCTBA_CI'
                )
                    record.BB_Qualification_Score__c = Number(record.BB_Qualification_Score__c) - 1;
            },
        });

        const report = await runVerifyOrg(verifyOptions(rest));

        expect(report.disagreements.length).toBeGreaterThan(0);
        expect(
            report.disagreements.every(
                (d) => d.objectApiName === 'Opportunity' && d.field === 'BB_Qualification_Score__c',
            ),
        ).toBe(true);
        expect(report.disagreements[0]).toEqual({
            vector: expect.any(String),
            objectApiName: 'Opportunity',
            field: 'BB_Qualification_Score__c',
            org: expect.any(String),
            engine: expect.any(String),
        });
        expect(fake.store.size).toBe(0);
    });

    it('names a status time the org stamps otherwise: on a status that is not Qualified, or hours from the save', async () => {
        const rest = await start({
            trigger: (objectApiName, record) => {
                const inserting = record.CreatedDate === undefined;
                engineTrigger(objectApiName, record);
                if (!inserting) return;
                if (objectApiName === 'Lead')
                    // A trigger that stamps Qualified On whatever the status.
                    record.BB_Qualified_On__c = record.BB_Status_Changed_On__c;
                else
                    // A trigger that stamps the change in the user's time zone, not in UTC.
                    record.BB_Status_Changed_On__c = apiDateTime(
                        new Date(Date.now() - 2 * 3_600_000).toISOString(),
                    );
            },
        });

        const report = await runVerifyOrg(verifyOptions(rest));

        const onLeads = report.disagreements.filter((d) => d.objectApiName === 'Lead');
        expect(onLeads.length).toBeGreaterThan(0);
        for (const d of onLeads) {
            expect(d).toMatchObject({ field: 'BB_Qualified_On__c', engine: 'null' });
            expect(d.org).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        }
        const onOpportunities = report.disagreements.filter(
            (d) => d.objectApiName === 'Opportunity',
        );
        expect(new Set(onOpportunities.map((d) => d.field))).toEqual(
            new Set(['BB_Status_Changed_On__c', 'BB_Qualified_On__c']),
        );
        expect(onOpportunities.filter((d) => d.field === 'BB_Status_Changed_On__c')).toHaveLength(
            report.checked / 2,
        );
        expect(onOpportunities.find((d) => d.field === 'BB_Qualified_On__c')?.engine).toContain(
            'one save stamps both',
        );
        expect(
            report.disagreements.every(
                (d) => d.field.startsWith('BB_') && d.field.endsWith('_On__c'),
            ),
        ).toBe(true);
        expect(fake.store.size).toBe(0);
    });

    it('deletes what it created even when reading back fails', async () => {
        const rest = await start({
            trigger: engineTrigger,
            faults: [
                {
                    method: 'GET',
                    path: /\/query$/,
                    status: 400,
                    body: [
                        {
                            errorCode: 'QUERY_TIMEOUT',
                            message: 'Your query request was running for too long.',
                        },
                    ],
                },
            ],
        });

        await expect(runVerifyOrg(verifyOptions(rest, { objects: ['Lead'] }))).rejects.toThrow(
            'Your query request was running for too long.',
        );
        expect(fake.store.size).toBe(0);
    });

    it('reports a vector whose expected result the TS engine does not give', async () => {
        const rest = await start({ trigger: engineTrigger });
        const newResult = vectors[0]!.expected; // New / 0 / 0 / Budget: wrong once Budget is Met

        const report = await runVerifyOrg(
            verifyOptions(rest, {
                objects: ['Lead'],
                vectors: [
                    {
                        name: 'stale expectation',
                        framework: 'BANT',
                        answers: { Budget: 'Met' },
                        evaluationDay: '2026-03-02',
                        expected: newResult,
                    },
                ],
            }),
        );

        expect(report.checked).toBe(1);
        expect(report.disagreements).toEqual([]);
        expect(report.engineMismatches.map((m) => m.field)).toEqual([
            'BB_Qualification_Status__c',
            'BB_Qualification_Score__c',
            'BB_Qualification_Completeness__c',
            'BB_Next_Dimension__c',
        ]);
        expect(fake.store.size).toBe(0);
    });
});
