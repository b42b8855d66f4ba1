import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameworkConfig } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { loadCatalog } from '../../lib/catalog';
import { scorerFromCatalog } from '../../lib/recordScorer';
import { Bulk2 } from '../lib/bulk2';
import { CheckpointFile } from '../lib/checkpoint';
import { CsvReportFile } from '../lib/csvFile';
import { ProgressBar } from '../lib/progress';
import { RestApi } from '../lib/restApi';
import { FakeSalesforce } from '../fake/fakeSalesforce';
import { parseWhere, satisfies } from '../fake/soqlWhere';
import { addDays, horizonCondition, parseDay } from '../rescore/horizon';
import { rescoreQuery, runRescore, type RescoreOptions } from '../rescore/runRescore';
import { main } from '../rescore';

const catalog = loadCatalog();
const scorer = scorerFromCatalog(catalog);
const DAY = '2026-06-10';
const NOW = '2026-06-10T05:00:00.000Z';

function dimension(
    key: string,
    order: number,
    extra: Partial<FrameworkConfig['dimensions'][number]> = {},
) {
    return {
        key,
        order,
        weight: 1,
        isGate: false,
        ratingField: `BB_${key}_Rating__c`,
        evidenceField: `BB_${key}_Evidence__c`,
        ...extra,
    };
}

const WITH_HORIZON: FrameworkConfig = {
    name: 'With_Horizon',
    qualifiedThreshold: 50,
    minimumCompleteness: 0,
    applicableObjects: ['Lead', 'Opportunity'],
    defaultFor: ['Lead'],
    dimensions: [
        dimension('Need', 1),
        dimension('Timeline', 2, { valueField: 'BB_Decision_Date__c', horizonDays: 30 }),
    ],
};
const WITHOUT_HORIZON: FrameworkConfig = {
    ...WITH_HORIZON,
    name: 'Without_Horizon',
    defaultFor: ['Opportunity'],
    dimensions: [dimension('Need', 1)],
};

describe('the horizon selection of rescore --horizon-day', () => {
    it('selects the boundary day (and the catch-up days) on frameworks with the horizon', () => {
        const condition = horizonCondition([WITH_HORIZON, WITHOUT_HORIZON], 'Lead', {
            day: DAY,
            catchUpDays: 2,
        });
        expect(condition).toBe(
            "(((BB_Qualification_Framework__c IN ('With_Horizon') OR BB_Qualification_Framework__c = null) AND BB_Decision_Date__c >= 2026-07-08 AND BB_Decision_Date__c <= 2026-07-10))",
        );
        const where = parseWhere(condition ?? '');
        if (!where) throw new Error('the fake org cannot read the condition');
        const lead = (framework: string | null, date: string | null) => ({
            BB_Qualification_Framework__c: framework,
            BB_Decision_Date__c: date,
        });
        expect(satisfies(lead('With_Horizon', '2026-07-10'), where)).toBe(true);
        expect(satisfies(lead(null, '2026-07-08'), where)).toBe(true);
        expect(satisfies(lead('With_Horizon', '2026-07-11'), where)).toBe(false);
        expect(satisfies(lead('With_Horizon', '2026-07-07'), where)).toBe(false);
        expect(satisfies(lead('Without_Horizon', '2026-07-10'), where)).toBe(false);
        expect(satisfies(lead('With_Horizon', null), where)).toBe(false);
    });

    it('takes a blank framework only where the object default has the horizon, and nothing without one', () => {
        expect(
            horizonCondition([WITH_HORIZON, WITHOUT_HORIZON], 'Opportunity', {
                day: DAY,
                catchUpDays: 0,
            }),
        ).not.toContain('= null');
        expect(
            horizonCondition([WITHOUT_HORIZON], 'Lead', { day: DAY, catchUpDays: 0 }),
        ).toBeNull();
    });

    it('counts days across month and year ends and refuses a day that does not exist', () => {
        expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
        expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
        expect(parseDay('2026-02-28', '--horizon-day')).toBe('2026-02-28');
        expect(() => parseDay('2026-02-30', '--horizon-day')).toThrow(
            '--horizon-day must be a day as YYYY-MM-DD (was "2026-02-30")',
        );
        expect(() => parseDay('10.06.2026', '--horizon-day')).toThrow('--horizon-day');
    });

    it('narrows the rescore query with the condition, after the converted-lead filter', () => {
        expect(rescoreQuery(scorer, 'Lead', '(X = 1)')).toMatch(
            / FROM Lead WHERE IsConverted = false AND \(X = 1\)$/,
        );
        expect(rescoreQuery(scorer, 'Opportunity')).toMatch(/ FROM Opportunity$/);
        expect(rescoreQuery(scorer, 'Lead')).toContain('BB_Decision_Date__c');
    });

    it('rejects a malformed --horizon-day before it connects anywhere', async () => {
        await expect(main(['--horizon-day', '2026-13-01'])).rejects.toThrow(
            '--horizon-day must be a day as YYYY-MM-DD',
        );
        await expect(main(['--horizon-day', DAY, '--catch-up-days', '-1'])).rejects.toThrow(
            '--catch-up-days',
        );
    });
});

describe('rescore --horizon-day against an org', () => {
    let fake: FakeSalesforce;
    let directory: string;
    const horizon = catalog.framework('BANT').dimensions.find((d) => d.key === 'Timeline')
        ?.horizonDays as number;

    beforeEach(async () => {
        directory = mkdtempSync(join(tmpdir(), 'bb-rescore-horizon-'));
        fake = await new FakeSalesforce().start();
    });

    afterEach(async () => {
        await fake.stop();
        rmSync(directory, { recursive: true, force: true });
    });

    function options(overrides: Partial<RescoreOptions> = {}): RescoreOptions {
        const api = new RestApi(
            { instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, apiVersion: '66.0' },
            { maxRetries: 1, initialDelayMs: 1, maxDelayMs: 5 },
        );
        return {
            bulk: new Bulk2(api, { intervalMs: 1, timeoutMs: 5000 }),
            scorer,
            objects: ['Lead', 'Opportunity'],
            checkpoint: new CheckpointFile(join(directory, 'checkpoint.json')),
            instanceHost: new URL(fake.instanceUrl).host,
            restart: false,
            failures: new CsvReportFile(
                join(directory, 'failures.csv'),
                ['Object', 'Id', 'Error', 'Ingest job'],
                true,
            ),
            batchSize: 10,
            pageSize: 10,
            maxPendingJobs: 2,
            progress: new ProgressBar({ isTTY: false, write: () => true }),
            now: () => new Date(NOW),
            evaluationDay: DAY,
            horizon: { day: DAY, catchUpDays: 0, frameworks: catalog.frameworks },
            ...overrides,
        };
    }

    /** A BANT lead with every rating Met, stored as yesterday's evaluation left it. */
    function heldBackLead(name: string, framework: string | null, decisionDate: string): string {
        return fake.store.insertRaw('Lead', {
            LastName: name,
            Company: 'Acme',
            IsConverted: false,
            BB_Qualification_Framework__c: framework,
            BB_Budget_Rating__c: 'Met',
            BB_Authority_Rating__c: 'Met',
            BB_Need_Rating__c: 'Met',
            BB_Timeline_Rating__c: 'Met',
            BB_Goals_Rating__c: 'Met',
            BB_Plans_Rating__c: 'Met',
            BB_Challenges_Rating__c: 'Met',
            BB_Negative_Consequences_Rating__c: 'Met',
            BB_Positive_Implications_Rating__c: 'Met',
            BB_Decision_Date__c: decisionDate,
            BB_Qualification_Status__c: 'Nurture',
            BB_Qualification_Score__c: 100,
            BB_Qualification_Completeness__c: 100,
            BB_Status_Changed_On__c: '2026-05-01T08:00:00.000Z',
        });
    }

    it('re-evaluates only the leads coming within the horizon that day, with that day', async () => {
        const atHorizon = heldBackLead('At the horizon', 'BANT', addDays(DAY, horizon));
        const byDefault = heldBackLead('Blank framework', null, addDays(DAY, horizon));
        const stillBeyond = heldBackLead('Still beyond', 'BANT', addDays(DAY, horizon + 1));
        const yesterday = heldBackLead('Came within yesterday', 'BANT', addDays(DAY, horizon - 1));
        const otherFramework = heldBackLead('GPCTBA', 'GPCTBA_CI', addDays(DAY, horizon));

        const summaries = await runRescore(options());

        expect(summaries).toEqual([
            { objectApiName: 'Lead', processed: 2, changed: 2, failed: 0 },
            { objectApiName: 'Opportunity', processed: 0, changed: 0, failed: 0 },
        ]);
        for (const id of [atHorizon, byDefault]) {
            expect(fake.store.get(id)).toMatchObject({
                BB_Qualification_Status__c: 'Qualified',
                BB_Qualified_On__c: NOW,
                BB_Status_Changed_On__c: NOW,
            });
        }
        for (const id of [stillBeyond, yesterday, otherFramework]) {
            expect(fake.store.get(id)).toMatchObject({ BB_Qualification_Status__c: 'Nurture' });
        }

        const caughtUp = await runRescore(
            options({ horizon: { day: DAY, catchUpDays: 1, frameworks: catalog.frameworks } }),
        );
        expect(caughtUp[0]).toEqual({ objectApiName: 'Lead', processed: 3, changed: 1, failed: 0 });
        expect(fake.store.get(yesterday)).toMatchObject({
            BB_Qualification_Status__c: 'Qualified',
        });
    });
});
