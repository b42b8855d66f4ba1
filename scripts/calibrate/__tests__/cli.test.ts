import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../lib/catalog';
import { Bulk2 } from '../../ops/lib/bulk2';
import { csvText } from '../../ops/lib/csv';
import { RestApi, type RequestOptions } from '../../ops/lib/restApi';
import { FakeSalesforce } from '../../ops/fake/fakeSalesforce';
import { calibrate, USAGE, type CalibrateIo } from '../calibrate';
import { readDealsFromOrg } from '../readOrg';
import { syntheticRows } from '../synthetic';

const catalog = loadCatalog();
const BANT = catalog.framework('BANT');
let directory: string;

beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'calibrate-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

function bantRows(deals: number, as: 'snapshot' | 'fields' = 'snapshot') {
    return syntheticRows({
        framework: BANT,
        deals,
        seed: 21,
        intercept: -1.2,
        effects: { Budget: 1.8, Need: 1.2 },
        as,
    });
}

function writeCsv(
    name: string,
    rows: ReadonlyArray<Record<string, string>>,
    drop: string[] = [],
): string {
    const header = Object.keys(rows[0]!).filter((column) => !drop.includes(column));
    const file = join(directory, name);
    writeFileSync(
        file,
        csvText([header, ...rows.map((row) => header.map((column) => row[column]))]),
    );
    return file;
}

async function run(
    argv: string[],
): Promise<{ code: number; out: string; err: string; written: string[] }> {
    let out = '';
    let err = '';
    const io: CalibrateIo = {
        out: (text) => (out += text),
        err: (text) => (err += text),
        catalog,
        // Vega is an ES module Jest does not load; the page itself is built by example.ts and the CLI.
        renderHtml: async (report) => `<html>${report.frameworks.length}</html>`,
    };
    const code = await calibrate(argv, io);
    const outputs = join(directory, 'out');
    return {
        code,
        out,
        err,
        written: existsSync(outputs) ? readdirSync(outputs, { recursive: true }).map(String) : [],
    };
}

const OUTPUTS = () => [
    '--html',
    join(directory, 'out', 'report.html'),
    '--json',
    join(directory, 'out', 'report.json'),
    '--write-weights',
    join(directory, 'out', 'weights'),
    '--bootstrap',
    '200',
];

describe('npm run calibrate', () => {
    it('explains every option in --help', async () => {
        const result = await run(['--help']);
        expect(result.code).toBe(0);
        for (const option of [
            '--from-csv',
            '--target-org',
            '--from',
            '--to',
            '--framework',
            '--record-type',
            '--html',
            '--json',
            '--lang',
            '--write-weights',
            '--seed',
            '--bootstrap',
        ])
            expect(USAGE).toContain(option);
    });

    it('writes the report, the JSON in the issue’s shape and the suggested weight records', async () => {
        const file = writeCsv('deals.csv', bantRows(1200, 'fields'));
        const result = await run(['--from-csv', file, ...OUTPUTS()]);
        expect(result.err).toBe('');
        expect(result.code).toBe(0);
        const json = JSON.parse(readFileSync(join(directory, 'out', 'report.json'), 'utf8'));
        const [framework] = json.frameworks;
        expect(framework).toMatchObject({ name: 'BANT', closed: 1200 });
        expect(Object.keys(framework.auc)).toEqual(
            expect.arrayContaining(['current', 'suggested']),
        );
        expect(Object.keys(framework.dimensions[0])).toEqual(
            expect.arrayContaining(['key', 'effect', 'low', 'high', 'significant']),
        );
        expect(framework.dimensions.map((d: { key: string }) => d.key)).toEqual([
            'Budget',
            'Authority',
            'Need',
            'Timeline',
        ]);
        // Budget and Need decide these deals, Authority and Timeline do not: today's 3/2/3/2 loses.
        expect(framework.auc.suggest).toBe(true);
        {
            const weights = readdirSync(join(directory, 'out', 'weights'));
            expect(weights).toContain('BB_Qualification_Dimension.BANT_Budget.md-meta.xml');
            const budget = readFileSync(
                join(
                    directory,
                    'out',
                    'weights',
                    'BB_Qualification_Dimension.BANT_Budget.md-meta.xml',
                ),
                'utf8',
            );
            expect(budget).toContain(
                `<value xsi:type="xsd:double">${framework.dimensions[0].suggestedWeight}</value>`,
            );
            expect(budget).toContain('<value xsi:type="xsd:string">BB_Budget_Rating__c</value>');
        }
    });

    it('filters by period, framework and record type, naming a missing filter column', async () => {
        const rows: Array<Record<string, string>> = bantRows(1200).map((row, i) => ({
            ...row,
            'RecordType.DeveloperName': i % 2 ? 'Renewal' : 'New_Business',
        }));
        const file = writeCsv('deals.csv', rows);
        const half = await run([
            '--from-csv',
            file,
            '--record-type',
            'Renewal',
            '--from',
            '2026-07-01',
            '--to',
            '2026-12-31',
            '--framework',
            'BANT',
            ...OUTPUTS(),
        ]);
        expect(half.code).toBe(0);
        const expected = rows.filter(
            (row) =>
                row['RecordType.DeveloperName'] === 'Renewal' && row.CloseDate! >= '2026-07-01',
        );
        const json = JSON.parse(readFileSync(join(directory, 'out', 'report.json'), 'utf8'));
        expect(json.frameworks[0].closed).toBe(expected.length);
        expect(json.frameworks[0].won).toBe(expected.filter((row) => row.IsWon === 'true').length);
        rmSync(join(directory, 'out'), { recursive: true });
        const noDates = writeCsv('nodates.csv', rows, ['CloseDate']);
        const missing = await run(['--from-csv', noDates, '--from', '2026-01-01', ...OUTPUTS()]);
        expect(missing.code).toBe(2);
        expect(missing.err).toContain('missing column CloseDate, which --from and --to filter on');
        expect(missing.written).toEqual([]);
    });

    describe('bad input: a clear message naming the problem, exit code not 0, nothing written', () => {
        it.each([
            [
                'a missing column',
                () => writeCsv('deals.csv', bantRows(10), ['IsWon']),
                'missing column IsWon',
            ],
            [
                'no ratings at all',
                () => writeCsv('deals.csv', bantRows(10), ['BB_Ratings_At_Close__c']),
                'missing column BB_Ratings_At_Close__c and no rating field column',
            ],
            [
                'an unknown rating',
                () => {
                    const rows = bantRows(10, 'fields');
                    rows[3]!.BB_Need_Rating__c = 'Erfüllt';
                    return writeCsv('deals.csv', rows);
                },
                'line 5 (Id 006000000000000003): BB_Need_Rating__c: unknown rating "Erfüllt"',
            ],
            [
                'an unknown framework',
                () => {
                    const rows = bantRows(10, 'fields');
                    rows[0]!.BB_Qualification_Framework__c = 'No_Such_Framework';
                    return writeCsv('deals.csv', rows);
                },
                'unknown framework "No_Such_Framework"',
            ],
            [
                'an empty file',
                () => {
                    const file = join(directory, 'empty.csv');
                    writeFileSync(file, '');
                    return file;
                },
                'empty.csv is empty',
            ],
            [
                'a header without rows',
                () => {
                    const file = join(directory, 'header.csv');
                    writeFileSync(
                        file,
                        'Id,IsWon,BB_Qualification_Framework__c,BB_Ratings_At_Close__c\n',
                    );
                    return file;
                },
                'holds no closed Opportunity',
            ],
            [
                'a framework with too few deals',
                () => writeCsv('deals.csv', bantRows(80)),
                'need at least 50',
            ],
        ])('%s', async (_, makeFile, message) => {
            const result = await run(['--from-csv', makeFile(), ...OUTPUTS()]);
            expect(result.code).not.toBe(0);
            expect(result.err).toContain(message);
            expect(result.written).toEqual([]);
        });

        it('an unknown option or language', async () => {
            const file = writeCsv('deals.csv', bantRows(10));
            expect((await run(['--from-csv', file, '--lang', 'fr'])).err).toContain(
                '--lang takes en or de (was "fr")',
            );
            expect((await run(['--from-csv', file, '--colour'])).code).toBe(2);
            expect(
                (await run(['--from-csv', file, '--framework', 'No_Such_Framework'])).err,
            ).toContain('--framework No_Such_Framework is unknown');
        });
    });
});

describe('reading from the loopback fake org', () => {
    let fake: FakeSalesforce;
    afterEach(async () => fake?.stop());

    async function orgWith(deals: number): Promise<{ api: RestApi; ids: string[] }> {
        fake = await new FakeSalesforce().start();
        const ids = bantRows(deals).map((row) =>
            fake.store.insertRaw('Opportunity', {
                IsClosed: true,
                IsWon: row.IsWon === 'true',
                CloseDate: row.CloseDate,
                BB_Qualification_Framework__c: 'BANT',
                BB_Ratings_At_Close__c: row.BB_Ratings_At_Close__c,
            }),
        );
        fake.store.insertRaw('Opportunity', {
            IsClosed: false,
            IsWon: false,
            BB_Qualification_Framework__c: 'BANT',
        });
        const api = new RestApi(
            { instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, apiVersion: '66.0' },
            { maxRetries: 2, initialDelayMs: 1, maxDelayMs: 2 },
        );
        return { api, ids };
    }

    it('reads every closed deal once over several pages', async () => {
        const { api, ids } = await orgWith(250);
        const deals = await readDealsFromOrg(
            new Bulk2(api, { intervalMs: 1, timeoutMs: 5000 }),
            catalog,
            {},
            () => undefined,
            60,
        );
        expect(deals.map((deal) => deal.id)).toEqual(ids);
        expect(fake.requests.filter((request) => request.endsWith('/results'))).toHaveLength(5);
    });

    it('reads a page again from its locator when it breaks off halfway, counting no deal twice', async () => {
        const { api, ids } = await orgWith(250);
        let resultCalls = 0;
        const breaking = Object.create(api) as RestApi;
        breaking.request = async (method: string, path: string, options?: RequestOptions) => {
            const response = await api.request(method, path, options);
            if (!path.includes('/results') || ++resultCalls !== 3) return response;
            // The third page's connection drops after its first bytes.
            const text = await response.text();
            const body = new ReadableStream<Uint8Array>({
                start(controller) {
                    controller.enqueue(
                        new TextEncoder().encode(text.slice(0, Math.floor(text.length / 2))),
                    );
                    controller.error(new Error('socket hang up'));
                },
            });
            return new Response(body, { status: 200, headers: response.headers });
        };
        const notices: string[] = [];
        const deals = await readDealsFromOrg(
            new Bulk2(breaking, { intervalMs: 1, timeoutMs: 5000 }),
            catalog,
            {},
            (line) => notices.push(line),
            60,
        );
        expect(deals.map((deal) => deal.id)).toEqual(ids);
        expect(
            notices.some((line) => line.includes('broke off (socket hang up); reading it again')),
        ).toBe(true);
        expect(fake.requests.filter((request) => request.endsWith('/results'))).toHaveLength(6);
    });

    it('runs the whole tool against the org and writes the report', async () => {
        const { api } = await orgWith(1200);
        let out = '';
        const code = await calibrate(
            ['--target-org', 'fake', '--bootstrap', '200', '--html', join(directory, 'org.html')],
            {
                out: (text) => (out += text),
                err: () => undefined,
                catalog,
                bulkFor: async () => new Bulk2(api, { intervalMs: 1, timeoutMs: 5000 }),
                renderHtml: async () => '<html></html>',
            },
        );
        expect(code).toBe(0);
        expect(out).toContain('BANT: 1200 closed');
        expect(existsSync(join(directory, 'org.html'))).toBe(true);
    });
});
