import { parseCsvRecordBatches, parseCsvRecords, type CsvRecord } from './csv';
import type { RestApi, Sleep } from './restApi';

/** Bulk API 2.0 accepts up to 150 MB of CSV per job; stay well below it. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export interface PollPolicy {
    readonly intervalMs: number;
    readonly timeoutMs: number;
}

export const DEFAULT_POLL: PollPolicy = { intervalMs: 2000, timeoutMs: 30 * 60_000 };

interface JobInfo {
    readonly id: string;
    readonly state: string;
    readonly errorMessage?: string;
    readonly numberRecordsProcessed?: number;
    readonly numberRecordsFailed?: number;
}

export interface QueryJobResult {
    readonly id: string;
    readonly numberRecordsProcessed: number;
}

/** One page of query results: its records stream while it is read; `nextLocator` is null on the last page. */
export interface ResultPage {
    /** The locator that fetched this page; '' for the first page. */
    readonly locator: string;
    readonly nextLocator: string | null;
    /** The page's records in order, in the batches the CSV reader completes (see parseCsvRecordBatches). */
    readonly batches: AsyncIterable<readonly CsvRecord[]>;
}

export interface IngestJobResult {
    readonly id: string;
    readonly state: 'JobComplete' | 'Failed' | 'Aborted';
    readonly errorMessage: string;
    readonly numberRecordsProcessed: number;
    readonly numberRecordsFailed: number;
}

/** The Bulk API 2.0 calls rescore needs: query jobs with paged CSV results, update ingest jobs. */
export class Bulk2 {
    constructor(
        private readonly api: RestApi,
        private readonly poll: PollPolicy = DEFAULT_POLL,
        private readonly sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    ) {}

    async startQuery(soql: string): Promise<string> {
        const job = await this.api.json<JobInfo>('POST', '/jobs/query', {
            operation: 'query',
            query: soql,
            contentType: 'CSV',
            lineEnding: 'LF',
        });
        return job.id;
    }

    async waitForQuery(jobId: string): Promise<QueryJobResult> {
        const job = await this.waitFor(`/jobs/query/${jobId}`, `query job ${jobId}`);
        if (job.state !== 'JobComplete') {
            throw new Error(
                `Query job ${jobId} ended ${job.state}: ${job.errorMessage ?? 'no message'}`,
            );
        }
        return { id: jobId, numberRecordsProcessed: job.numberRecordsProcessed ?? 0 };
    }

    /** Streams result pages from `startLocator` on (from the first page when ''). */
    async *resultPages(
        jobId: string,
        startLocator: string,
        maxRecords: number,
    ): AsyncGenerator<ResultPage> {
        let locator: string | null = startLocator;
        while (locator !== null) {
            const query = new URLSearchParams({ maxRecords: String(maxRecords) });
            if (locator) query.set('locator', locator);
            const response = await this.api.request(
                'GET',
                `/jobs/query/${jobId}/results?${query.toString()}`,
                { accept: 'text/csv' },
            );
            const header = response.headers.get('sforce-locator');
            const nextLocator = header && header !== 'null' ? header : null;
            const body = response.body;
            const batches = body ? parseCsvRecordBatches(body) : noBatches();
            yield { locator, nextLocator, batches };
            locator = nextLocator;
        }
    }

    /**
     * Creates an update job, uploads the CSV (text, or UTF-8 bytes) and closes it; the platform
     * processes it from there.
     */
    async submitIngest(
        objectApiName: string,
        operation: 'update' | 'insert' | 'delete',
        csv: string | Uint8Array<ArrayBuffer>,
    ): Promise<string> {
        const bytes = typeof csv === 'string' ? Buffer.byteLength(csv) : csv.byteLength;
        if (bytes > MAX_UPLOAD_BYTES) {
            throw new Error(
                `An ingest upload of ${bytes} bytes exceeds the ${MAX_UPLOAD_BYTES}-byte limit`,
            );
        }
        const job = await this.api.json<JobInfo>('POST', '/jobs/ingest', {
            object: objectApiName,
            operation,
            contentType: 'CSV',
            lineEnding: 'LF',
            columnDelimiter: 'COMMA',
        });
        try {
            await this.api.request('PUT', `/jobs/ingest/${job.id}/batches`, {
                body: csv,
                contentType: 'text/csv',
            });
            await this.api.json<JobInfo>('PATCH', `/jobs/ingest/${job.id}`, {
                state: 'UploadComplete',
            });
        } catch (error) {
            // An open job would sit in the org for a day: abort it, then report the original error.
            await this.api
                .json('PATCH', `/jobs/ingest/${job.id}`, { state: 'Aborted' })
                .catch(() => undefined);
            throw error;
        }
        return job.id;
    }

    async waitForIngest(jobId: string): Promise<IngestJobResult> {
        const job = await this.waitFor(`/jobs/ingest/${jobId}`, `ingest job ${jobId}`);
        return {
            id: jobId,
            state: job.state as IngestJobResult['state'],
            errorMessage: job.errorMessage ?? '',
            numberRecordsProcessed: job.numberRecordsProcessed ?? 0,
            numberRecordsFailed: job.numberRecordsFailed ?? 0,
        };
    }

    /** Rows the platform rejected: `sf__Id`, `sf__Error` and the uploaded columns. */
    failedResults(jobId: string): AsyncGenerator<CsvRecord> {
        return this.csv(`/jobs/ingest/${jobId}/failedResults/`);
    }

    /** Rows the platform never got to (job failed or aborted): the uploaded columns. */
    unprocessedRecords(jobId: string): AsyncGenerator<CsvRecord> {
        return this.csv(`/jobs/ingest/${jobId}/unprocessedrecords/`);
    }

    successfulResults(jobId: string): AsyncGenerator<CsvRecord> {
        return this.csv(`/jobs/ingest/${jobId}/successfulResults/`);
    }

    private async *csv(path: string): AsyncGenerator<CsvRecord> {
        const response = await this.api.request('GET', path, { accept: 'text/csv' });
        if (response.body) yield* parseCsvRecords(response.body);
    }

    private async waitFor(path: string, what: string): Promise<JobInfo> {
        const deadline = Date.now() + this.poll.timeoutMs;
        for (;;) {
            const job = await this.api.json<JobInfo>('GET', path);
            if (job.state === 'JobComplete' || job.state === 'Failed' || job.state === 'Aborted')
                return job;
            if (Date.now() >= deadline) {
                throw new Error(
                    `${what} is still ${job.state} after ${Math.round(this.poll.timeoutMs / 1000)} s; check it in Setup > Bulk Data Load Jobs`,
                );
            }
            await this.sleep(this.poll.intervalMs);
        }
    }
}

async function* noBatches(): AsyncGenerator<CsvRecord[]> {
    // A page without a body has no records.
}
