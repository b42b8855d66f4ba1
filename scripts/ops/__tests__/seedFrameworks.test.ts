import { loadCatalog } from '../../lib/catalog';
import { scorerFromCatalog } from '../../lib/recordScorer';
import { evaluatingTrigger } from '../fake/evaluatingTrigger';
import { FakeSalesforce } from '../fake/fakeSalesforce';
import type { FakeRecord } from '../fake/fakeStore';
import { RestCalls } from '../lib/restCalls';
import { openConnection } from '../lib/session';
import { frameworkSampleLeads, frameworkSampleOpportunities } from '../seed/frameworksSampleData';
import { runSeed } from '../seed/seedAll';
import { runVerifyOrg } from '../verifyOrg/runVerifyOrg';
import { readVectors } from '../verifyOrg/vectors';
import { FRAMEWORKS_VECTORS_FILE } from '../../frameworks/generateVectors';

const catalog = loadCatalog();
const scorer = scorerFromCatalog(catalog);
const TODAY = new Date('2026-03-01T00:00:00Z');
const DAY = '2026-03-01';
let fake: FakeSalesforce | undefined;

afterEach(async () => {
    await fake?.stop();
    fake = undefined;
});

describe('the Beyond BANT Frameworks samples', () => {
    const samples = [
        ...frameworkSampleLeads(7, TODAY).map((s) => ['Lead', s] as const),
        ...frameworkSampleOpportunities(6, TODAY).map((s) => ['Opportunity', s] as const),
    ];

    it('write only fields the two packages define, and a framework each applies to', () => {
        for (const [objectApiName, sample] of samples) {
            for (const field of Object.keys(sample.fields).filter((f) => f.startsWith('BB_')))
                expect(`${objectApiName}.${field}: ${catalog.schema(objectApiName, field)}`).toBe(
                    `${objectApiName}.${field}: true`,
                );
            const framework = catalog.framework(
                String(sample.fields.BB_Qualification_Framework__c),
            );
            expect(framework.applicableObjects).toContain(objectApiName);
        }
    });

    it('cover the four frameworks and every status, a date beyond its horizon included', () => {
        const frameworks = new Set(samples.map(([, s]) => s.fields.BB_Qualification_Framework__c));
        expect(frameworks).toEqual(new Set(['MEDDPICC', 'CHAMP', 'ANUM', 'FAINT']));
        const results = samples.map(([objectApiName, sample]) => {
            const scored = scorer.score(objectApiName, sample.fields, DAY);
            if (!scored.ok) throw new Error(scored.error);
            return scored.evaluation;
        });
        expect(new Set(results.map((r) => r.status))).toEqual(
            new Set(['New', 'Working', 'Nurture', 'Qualified', 'Disqualified']),
        );
        expect(
            results.some((r) => r.reasons.some((reason) => reason.code === 'BEYOND_HORIZON')),
        ).toBe(true);
    });

    it('are seeded beside the core samples and restored on a re-run', async () => {
        const trigger = (objectApiName: string, record: FakeRecord): void => {
            const scored = scorer.score(objectApiName, record, DAY);
            if (scored.ok) record.BB_Qualification_Status__c = scored.evaluation.status;
        };
        fake = await new FakeSalesforce({ trigger }).start();
        const rest = new RestCalls(
            openConnection({
                instanceUrl: fake.instanceUrl,
                accessToken: fake.accessToken,
                apiVersion: '66.0',
            }),
            { maxRetries: 1, initialDelayMs: 1, maxDelayMs: 2 },
        );
        const counts = { leads: 5, opportunities: 5, frameworkLeads: 7, frameworkOpportunities: 6 };
        const first = await runSeed(rest, counts, TODAY);
        const second = await runSeed(rest, counts, TODAY);
        expect(first.map((s) => [s.objectApiName, s.created, s.failures.length])).toEqual([
            ['Lead', 12, 0],
            ['Opportunity', 11, 0],
        ]);
        expect(second.map((s) => [s.objectApiName, s.created, s.updated])).toEqual([
            ['Lead', 0, 12],
            ['Opportunity', 0, 11],
        ]);
        const meddpicc = fake.store
            .all('Opportunity')
            .filter((record) => record.BB_Qualification_Framework__c === 'MEDDPICC');
        expect(meddpicc).toHaveLength(4);
        expect(new Set(meddpicc.map((record) => record.BB_Qualification_Status__c))).toEqual(
            new Set(['Qualified', 'Nurture', 'Disqualified', 'Working']),
        );
    });
});

describe('verify-org with the Beyond BANT Frameworks vectors', () => {
    it('replays them on both objects and agrees with a correct trigger', async () => {
        const orgDay = '2025-06-30';
        fake = await new FakeSalesforce({ trigger: evaluatingTrigger(scorer, orgDay) }).start();
        const rest = new RestCalls(
            openConnection({
                instanceUrl: fake.instanceUrl,
                accessToken: fake.accessToken,
                apiVersion: '66.0',
            }),
            { maxRetries: 1, initialDelayMs: 1, maxDelayMs: 2 },
        );
        const vectors = readVectors(FRAMEWORKS_VECTORS_FILE);
        const report = await runVerifyOrg({
            rest,
            frameworks: (name) => catalog.frameworks.find((framework) => framework.name === name),
            vectors,
            objects: ['Lead', 'Opportunity'],
            runId: 'fw123456',
            today: orgDay,
        });
        expect(report.disagreements).toEqual([]);
        expect(report.engineMismatches).toEqual([]);
        // Unknown ratings cannot be stored in a restricted picklist, impossible dates not in a Date field.
        expect(report.checked).toBeGreaterThan(300);
        expect(report.checked + report.skipped.length * 2).toBe(vectors.length * 2);
        expect(fake.store.size).toBe(0);
    });
});
