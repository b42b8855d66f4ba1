import { Bulk2 } from '../lib/bulk2';
import type { CsvRecord } from '../lib/csv';
import { RestApi } from '../lib/restApi';
import { FakeSalesforce, type SyntheticSource } from '../fake/fakeSalesforce';

const SOQL = 'SELECT Id, Name, Note FROM Lead';

const source: SyntheticSource = {
    count: 25,
    record: (index) => ({
        Id: `00Q${String(index).padStart(15, '0')}`,
        Name: `Lead ${index}`,
        Note: index % 4 === 0 ? `says "hi",\nthen leaves` : '',
    }),
};

async function readAll(fake: FakeSalesforce, pageSize: number): Promise<CsvRecord[]> {
    const bulk = new Bulk2(
        new RestApi({
            instanceUrl: fake.instanceUrl,
            accessToken: fake.accessToken,
            apiVersion: '66.0',
        }),
        { intervalMs: 1, timeoutMs: 5000 },
    );
    const job = await bulk.startQuery(SOQL);
    await bulk.waitForQuery(job);
    const records: CsvRecord[] = [];
    for await (const page of bulk.resultPages(job, '', pageSize))
        for await (const batch of page.batches) records.push(...batch);
    return records;
}

describe('pre-rendered result pages of the fake org', () => {
    let fake: FakeSalesforce;
    beforeEach(async () => {
        fake = await new FakeSalesforce({ synthetic: { Lead: source } }).start();
    });
    afterEach(() => fake.stop());

    it('serve the same records as pages generated on request, for their page size only', async () => {
        const generated = await readAll(fake, 10);
        expect(generated).toHaveLength(25);
        expect(generated[4]).toEqual({
            Id: '00Q000000000000004',
            Name: 'Lead 4',
            Note: 'says "hi",\nthen leaves',
        });
        fake.prerender('Lead', SOQL, 10);
        expect(await readAll(fake, 10)).toEqual(generated);
        expect(await readAll(fake, 7)).toEqual(generated);
    });

    it('refuses an object without a synthetic source', () => {
        expect(() => fake.prerender('Opportunity', 'SELECT Id FROM Opportunity', 10)).toThrow(
            'No synthetic Opportunity source or no query in: SELECT Id FROM Opportunity',
        );
    });
});
