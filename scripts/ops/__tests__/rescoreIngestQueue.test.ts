import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Bulk2 } from '../lib/bulk2';
import { csvText } from '../lib/csv';
import { CsvReportFile } from '../lib/csvFile';
import { RestApi } from '../lib/restApi';
import { FakeSalesforce } from '../fake/fakeSalesforce';
import { UPLOAD_COLUMNS } from '../rescore/changes';
import { IngestQueue, MAX_UNENCODED_ROWS } from '../rescore/ingestQueue';
import { UploadBody } from '../rescore/uploadBody';

// A full collection on demand, to see which of the rows handed to the queue it still holds.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Quotes, a comma, a line break and characters of two and three UTF-8 bytes. */
const EXPLANATION = 'Budget, "signed"\nnext: Entscheidung – fünf €';

let fake: FakeSalesforce;
let directory: string;

beforeEach(async () => {
    fake = await new FakeSalesforce().start();
    directory = mkdtempSync(join(tmpdir(), 'bb-ingest-queue-'));
});

afterEach(async () => {
    await fake.stop();
    rmSync(directory, { recursive: true, force: true });
});

function queue(batchSize: number): IngestQueue {
    const api = new RestApi(
        { instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, apiVersion: '66.0' },
        { maxRetries: 0, initialDelayMs: 1, maxDelayMs: 1 },
    );
    return new IngestQueue(
        new Bulk2(api, { intervalMs: 1, timeoutMs: 5000 }),
        'Lead',
        new CsvReportFile(
            join(directory, 'failures.csv'),
            ['Object', 'Id', 'Error', 'Ingest job'],
            false,
        ),
        batchSize,
        2,
        [],
    );
}

function row(id: string, index: number): string[] {
    return [
        id,
        'Qualified',
        String(index % 101),
        '100',
        '#N/A',
        `${EXPLANATION} ${index}`,
        '2026-03-04T05:06:07.000Z',
        '#N/A',
        '#N/A',
        '#N/A',
    ];
}

/**
 * Adds `batches` × `perBatch` rows, encoding after each batch when told, and returns weak
 * references to them. A function of its own, so that no variable of the test still holds a row.
 */
function addRows(
    ingest: IngestQueue,
    batches: number,
    perBatch: number,
    encodeAfterEachBatch: boolean,
): WeakRef<string[]>[] {
    const given: WeakRef<string[]>[] = [];
    for (let batch = 0; batch < batches; batch++) {
        for (let index = 0; index < perBatch; index++) {
            const values = row(`00Q${batch}x${index}`, index);
            given.push(new WeakRef(values));
            if (ingest.add(values)) throw new Error('the test batch size was reached');
        }
        if (encodeAfterEachBatch) ingest.encodeRows();
    }
    return given;
}

/** Lets the current job end: a WeakRef keeps its target alive until then. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('IngestQueue', () => {
    it('holds none of the rows it was given once they are encoded, however many wait for their job', async () => {
        const ingest = queue(100_000);
        // As rescore does: 20 batches of records, the changed rows of each encoded after it.
        const given = addRows(ingest, 20, 100, true);
        await nextTurn();
        collectGarbage();
        expect(given.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
        expect(ingest.bufferedRows).toBe(2000);
    });

    it(`encodes by itself once ${MAX_UNENCODED_ROWS} rows wait, when the caller does not`, async () => {
        const ingest = queue(100_000);
        const given = addRows(ingest, 5, MAX_UNENCODED_ROWS, false);
        await nextTurn();
        collectGarbage();
        const held = given.filter((ref) => ref.deref() !== undefined).length;
        expect(held).toBeLessThanOrEqual(MAX_UNENCODED_ROWS);
        expect(ingest.bufferedRows).toBe(5 * MAX_UNENCODED_ROWS);
    });

    it('uploads every row as it was given, in jobs of the batch size, from the reused body', async () => {
        const ids = Array.from({ length: 1200 }, (_, index) =>
            fake.store.insertRaw('Lead', { LastName: `Lead ${index}`, IsConverted: false }),
        );
        const ingest = queue(1000);
        for (const [index, id] of ids.entries()) {
            if (ingest.add(row(id, index))) await ingest.submit();
            if (index % 300 === 299) ingest.encodeRows();
        }
        await ingest.submit();
        await ingest.harvestAll();
        expect(ingest.pending).toEqual([]);
        expect(ingest.failed).toBe(0);
        expect(fake.ingestRowsReceived).toBe(1200);
        expect(fake.requests.filter((request) => request.startsWith('PUT '))).toHaveLength(2);
        for (const [index, id] of ids.entries()) {
            const stored = fake.store.get(id) ?? {};
            expect({
                id,
                explanation: stored.BB_Qualification_Explanation__c,
                score: String(stored.BB_Qualification_Score__c),
            }).toEqual({ id, explanation: `${EXPLANATION} ${index}`, score: String(index % 101) });
        }
        expect(readFileSync(join(directory, 'failures.csv'), 'utf8')).toBe(
            'Object,Id,Error,Ingest job\n',
        );
    });
});

describe('UploadBody', () => {
    it('holds the header and the appended rows as the CSV text of them all, growing past its first capacity', () => {
        const body = new UploadBody(UPLOAD_COLUMNS, 16);
        const rows = Array.from({ length: 50 }, (_, index) => row(`00Q${index}`, index));
        for (let start = 0; start < rows.length; start += 7)
            body.append(rows.slice(start, start + 7));
        const expected = csvText([UPLOAD_COLUMNS, ...rows]);
        expect(Buffer.from(body.view()).toString('utf8')).toBe(expected);
        expect(body.byteLength).toBe(Buffer.byteLength(expected));
    });

    it('starts again from the header after clear', () => {
        const body = new UploadBody(UPLOAD_COLUMNS, 16);
        body.append([row('00Q1', 1)]);
        body.clear();
        body.append([row('00Q2', 2)]);
        expect(Buffer.from(body.view()).toString('utf8')).toBe(
            csvText([UPLOAD_COLUMNS, row('00Q2', 2)]),
        );
    });
});
