import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { csvLine, csvText, parseCsvRows } from '../lib/csv';
import { FakeStore, type FakeRecord } from './fakeStore';
import { parseWhere, type SoqlWhere } from './soqlWhere';

/**
 * A loopback stand-in for the Salesforce REST and Bulk API 2.0 endpoints the ops tools call, for
 * tests and the rescore benchmark. It listens on 127.0.0.1 on a free port, checks the bearer token,
 * and can inject throttling, error answers and row failures. Synthetic query sources generate
 * records by index, so a million-record query never exists in the server's memory.
 */
export interface SyntheticSource {
    readonly count: number;
    /** Field values of the record at `index`; called while a page is written. */
    record(index: number): Readonly<Record<string, string>>;
}

export interface Fault {
    readonly method?: string;
    readonly path: RegExp;
    readonly status: number;
    readonly body: unknown;
    readonly headers?: Readonly<Record<string, string>>;
    /** How many matching requests get this answer (default 1). */
    times?: number;
}

export interface FakeSalesforceOptions {
    readonly accessToken?: string;
    readonly apiVersion?: string;
    /** Query results for an object come from here instead of the store. */
    readonly synthetic?: Readonly<Record<string, SyntheticSource>>;
    /** Runs on every created or updated record, like a before-save trigger. */
    readonly trigger?: (objectApiName: string, record: FakeRecord) => void;
    /** An error message for a bulk update row that the org should reject. */
    readonly rejectRow?: (
        objectApiName: string,
        row: Readonly<Record<string, string>>,
    ) => string | undefined;
    /** Status polls a job answers with InProgress before it completes. */
    readonly pollsBeforeComplete?: number;
    /** Ends the n-th ingest job (1-based) as Failed after processing this many rows. */
    readonly failIngestJob?: {
        readonly job: number;
        readonly afterRows: number;
        readonly message: string;
    };
    /** Keep applied bulk updates in the store (off for synthetic sources: they are counted only). */
    readonly faults?: Fault[];
}

interface QueryJob {
    readonly id: string;
    readonly objectApiName: string;
    readonly fields: readonly string[];
    /** Store mode: the matching ids at job creation. */
    readonly ids?: readonly string[];
    readonly synthetic?: SyntheticSource;
    polls: number;
}

interface IngestJob {
    readonly id: string;
    readonly number: number;
    readonly objectApiName: string;
    readonly operation: string;
    state: string;
    polls: number;
    csv: string;
    processed: number;
    failedRows: string[];
    successRows: number;
    unprocessed: string[];
    header: string[];
    errorMessage?: string;
}

export class FakeSalesforce {
    readonly store = new FakeStore();
    readonly accessToken: string;
    readonly apiVersion: string;
    /** Every request as `METHOD /path` (query string dropped), in order. */
    readonly requests: string[] = [];
    /** Rows received by bulk update jobs, applied or not. */
    ingestRowsReceived = 0;
    private server: Server | undefined;
    private port = 0;
    private readonly queryJobs = new Map<string, QueryJob>();
    private readonly ingestJobs = new Map<string, IngestJob>();
    private jobCounter = 0;
    private ingestCounter = 0;
    /** Result pages rendered ahead by `prerender`, by pageKey(). */
    private readonly renderedPages = new Map<string, Buffer>();

    constructor(private readonly options: FakeSalesforceOptions = {}) {
        this.accessToken = options.accessToken ?? 'fake-token-not-a-secret';
        this.apiVersion = options.apiVersion ?? '66.0';
    }

    get instanceUrl(): string {
        return `http://127.0.0.1:${this.port}`;
    }

    async start(): Promise<this> {
        this.server = createServer((request, response) => {
            this.handle(request, response).catch((error: unknown) => {
                if (!response.headersSent)
                    this.json(response, 500, [
                        { errorCode: 'UNKNOWN_EXCEPTION', message: String(error) },
                    ]);
                else response.destroy();
            });
        });
        this.server.listen(0, '127.0.0.1');
        await once(this.server, 'listening');
        this.port = (this.server.address() as AddressInfo).port;
        return this;
    }

    async stop(): Promise<void> {
        if (!this.server) return;
        this.server.closeAllConnections();
        await new Promise<void>((resolve) => this.server?.close(() => resolve()));
        this.server = undefined;
    }

    private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const method = request.method ?? 'GET';
        this.requests.push(`${method} ${url.pathname}`);
        const prefix = `/services/data/v${this.apiVersion}`;
        if (request.headers.authorization !== `Bearer ${this.accessToken}`) {
            this.json(response, 401, [
                { errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' },
            ]);
            return;
        }
        const fault = this.takeFault(method, url.pathname);
        if (fault) {
            response.writeHead(fault.status, {
                'Content-Type': 'application/json',
                ...fault.headers,
            });
            response.end(JSON.stringify(fault.body));
            return;
        }
        if (!url.pathname.startsWith(`${prefix}/`)) {
            this.json(response, 404, [
                {
                    errorCode: 'NOT_FOUND',
                    message: `The requested resource does not exist: ${url.pathname}`,
                },
            ]);
            return;
        }
        const path = url.pathname.slice(prefix.length);
        const body = method === 'GET' || method === 'DELETE' ? '' : await readBody(request);
        const route = `${method} ${path}`;
        let match: RegExpExecArray | null;
        if (route === 'POST /jobs/query')
            return this.createQueryJob(response, JSON.parse(body) as { query: string });
        if ((match = /^GET \/jobs\/query\/([^/]+)$/.exec(route)))
            return this.queryJobInfo(response, match[1] as string);
        if ((match = /^GET \/jobs\/query\/([^/]+)\/results$/.exec(route)))
            return this.queryResults(response, match[1] as string, url.searchParams);
        if (route === 'POST /jobs/ingest')
            return this.createIngestJob(
                response,
                JSON.parse(body) as { object: string; operation: string },
            );
        if ((match = /^PUT \/jobs\/ingest\/([^/]+)\/batches$/.exec(route)))
            return this.uploadBatch(response, match[1] as string, body);
        if ((match = /^PATCH \/jobs\/ingest\/([^/]+)$/.exec(route)))
            return this.changeIngestState(
                response,
                match[1] as string,
                JSON.parse(body) as { state: string },
            );
        if ((match = /^GET \/jobs\/ingest\/([^/]+)$/.exec(route)))
            return this.ingestJobInfo(response, match[1] as string);
        if (
            (match =
                /^GET \/jobs\/ingest\/([^/]+)\/(successfulResults|failedResults|unprocessedrecords)\/?$/.exec(
                    route,
                ))
        ) {
            return this.ingestResults(response, match[1] as string, match[2] as string);
        }
        if (route === 'GET /query')
            return this.soqlQuery(response, url.searchParams.get('q') ?? '');
        if (route === 'POST /composite/sobjects')
            return this.createMany(
                response,
                JSON.parse(body) as { allOrNone?: boolean; records: FakeRecord[] },
            );
        if (route === 'PATCH /composite/sobjects')
            return this.updateMany(response, JSON.parse(body) as { records: FakeRecord[] });
        if (route === 'DELETE /composite/sobjects')
            return this.deleteMany(
                response,
                (url.searchParams.get('ids') ?? '').split(',').filter(Boolean),
            );
        if ((match = /^POST \/sobjects\/(\w+)$/.exec(route))) {
            const [result] = this.store.createAll(
                [{ ...(JSON.parse(body) as FakeRecord), attributes: { type: match[1] as string } }],
                this.options.trigger,
            );
            return this.json(
                response,
                result?.success ? 201 : 400,
                result?.success ? result : result?.errors,
            );
        }
        if ((match = /^DELETE \/sobjects\/(\w+)\/(\w+)$/.exec(route))) {
            const [result] = this.store.deleteAll([match[2] as string]);
            if (result?.success) {
                response.writeHead(204).end();
                return;
            }
            return this.json(response, 404, result?.errors);
        }
        this.json(response, 404, [
            { errorCode: 'NOT_FOUND', message: `The requested resource does not exist: ${route}` },
        ]);
    }

    /**
     * Renders every result page of a synthetic source for this query and page size ahead of time,
     * so that serving a page costs one socket write: a benchmark then measures the tool that reads
     * the pages, not the fake that writes them. Other queries and page sizes are still generated.
     */
    prerender(objectApiName: string, soql: string, pageSize: number): void {
        const source = this.options.synthetic?.[objectApiName];
        const parsed = parseSoql(soql);
        if (!source || !parsed)
            throw new Error(`No synthetic ${objectApiName} source or no query in: ${soql}`);
        const { fields } = parsed;
        for (let start = 0; start < source.count; start += pageSize) {
            const end = Math.min(start + pageSize, source.count);
            const parts: string[] = [];
            for (const rows of syntheticRows(source, fields, start, end)) parts.push(csvText(rows));
            this.renderedPages.set(
                pageKey(fields, start, pageSize),
                Buffer.from(csvLine(fields) + parts.join('')),
            );
        }
    }

    private takeFault(method: string, path: string): Fault | undefined {
        const faults = this.options.faults ?? [];
        const index = faults.findIndex(
            (fault) =>
                (fault.method ?? method) === method &&
                fault.path.test(path) &&
                (fault.times ?? 1) > 0,
        );
        if (index < 0) return undefined;
        const fault = faults[index] as Fault;
        fault.times = (fault.times ?? 1) - 1;
        return fault;
    }

    private createQueryJob(response: ServerResponse, body: { query: string }): void {
        const parsed = parseSoql(body.query);
        if (!parsed)
            return this.json(response, 400, [
                { errorCode: 'INVALIDJOB', message: `Cannot parse query: ${body.query}` },
            ]);
        const id = `750Q${String(++this.jobCounter).padStart(11, '0')}`;
        const synthetic = this.options.synthetic?.[parsed.objectApiName];
        const job: QueryJob = {
            id,
            objectApiName: parsed.objectApiName,
            fields: parsed.fields,
            ids: synthetic
                ? undefined
                : this.store
                      .select(parsed.objectApiName, parsed.where)
                      .map((record) => record.Id as string),
            synthetic,
            polls: 0,
        };
        this.queryJobs.set(id, job);
        this.json(response, 200, {
            id,
            operation: 'query',
            object: parsed.objectApiName,
            state: 'UploadComplete',
        });
    }

    private queryJobInfo(response: ServerResponse, id: string): void {
        const job = this.queryJobs.get(id);
        if (!job)
            return this.json(response, 404, [
                { errorCode: 'NOT_FOUND', message: `Job ${id} not found` },
            ]);
        const done = job.polls++ >= (this.options.pollsBeforeComplete ?? 0);
        const total = job.synthetic ? job.synthetic.count : (job.ids?.length ?? 0);
        this.json(response, 200, {
            id,
            state: done ? 'JobComplete' : 'InProgress',
            numberRecordsProcessed: done ? total : 0,
        });
    }

    private async queryResults(
        response: ServerResponse,
        id: string,
        params: URLSearchParams,
    ): Promise<void> {
        const job = this.queryJobs.get(id);
        if (!job)
            return this.json(response, 404, [
                { errorCode: 'NOT_FOUND', message: `Job ${id} not found` },
            ]);
        const total = job.synthetic ? job.synthetic.count : (job.ids?.length ?? 0);
        const start = params.get('locator')
            ? Number.parseInt(params.get('locator') as string, 36)
            : 0;
        const size = Number(params.get('maxRecords') ?? 10_000);
        if (!Number.isInteger(start) || start < 0 || start > total) {
            return this.json(response, 400, [
                {
                    errorCode: 'INVALIDLOCATOR',
                    message: `Invalid locator ${params.get('locator') ?? ''}`,
                },
            ]);
        }
        const endIndex = Math.min(start + size, total);
        response.writeHead(200, {
            'Content-Type': 'text/csv',
            'Sforce-Locator': endIndex < total ? endIndex.toString(36) : 'null',
            'Sforce-NumberOfRecords': String(endIndex - start),
        });
        const rendered = job.synthetic
            ? this.renderedPages.get(pageKey(job.fields, start, size))
            : undefined;
        if (rendered) {
            response.end(rendered);
            return;
        }
        if (!response.write(csvLine(job.fields))) await once(response, 'drain');
        const source: SyntheticSource = job.synthetic ?? {
            count: total,
            record: (index) => toCsvValues(this.store.get(job.ids?.[index] ?? '')),
        };
        for (const rows of syntheticRows(source, job.fields, start, endIndex)) {
            if (!response.write(csvText(rows))) await once(response, 'drain');
        }
        response.end();
    }

    private createIngestJob(
        response: ServerResponse,
        body: { object: string; operation: string },
    ): void {
        const number = ++this.ingestCounter;
        const id = `750I${String(number).padStart(11, '0')}`;
        const job: IngestJob = {
            id,
            number,
            objectApiName: body.object,
            operation: body.operation,
            state: 'Open',
            polls: 0,
            csv: '',
            processed: 0,
            failedRows: [],
            successRows: 0,
            unprocessed: [],
            header: [],
        };
        this.ingestJobs.set(id, job);
        this.json(response, 200, {
            id,
            object: body.object,
            operation: body.operation,
            state: 'Open',
        });
    }

    private uploadBatch(response: ServerResponse, id: string, body: string): void {
        const job = this.ingestJobs.get(id);
        if (!job)
            return this.json(response, 404, [
                { errorCode: 'NOT_FOUND', message: `Job ${id} not found` },
            ]);
        if (job.state !== 'Open')
            return this.json(response, 409, [
                { errorCode: 'INVALIDJOBSTATE', message: `Job ${id} is ${job.state}` },
            ]);
        job.csv += body;
        response.writeHead(201).end();
    }

    private changeIngestState(response: ServerResponse, id: string, body: { state: string }): void {
        const job = this.ingestJobs.get(id);
        if (!job)
            return this.json(response, 404, [
                { errorCode: 'NOT_FOUND', message: `Job ${id} not found` },
            ]);
        if (body.state === 'Aborted') job.state = 'Aborted';
        else if (body.state === 'UploadComplete') {
            job.state = 'UploadComplete';
            this.processIngest(job);
        }
        this.json(response, 200, { id, state: job.state });
    }

    private processIngest(job: IngestJob): void {
        const rows = parseCsvRows(job.csv);
        job.csv = '';
        job.header = rows.shift() ?? [];
        const failure =
            this.options.failIngestJob?.job === job.number ? this.options.failIngestJob : undefined;
        for (const row of rows) {
            this.ingestRowsReceived++;
            if (failure && job.processed >= failure.afterRows) {
                job.unprocessed.push(csvLine(row));
                continue;
            }
            job.processed++;
            const values: Record<string, string> = {};
            job.header.forEach((name, index) => (values[name] = row[index] ?? ''));
            const error =
                this.options.rejectRow?.(job.objectApiName, values) ??
                (this.options.synthetic?.[job.objectApiName]
                    ? undefined
                    : this.store.bulkUpdate(job.objectApiName, values, this.options.trigger));
            if (error) job.failedRows.push(csvLine([values.Id ?? '', error, ...row]));
            else job.successRows++;
        }
        if (failure) job.errorMessage = failure.message;
    }

    private ingestJobInfo(response: ServerResponse, id: string): void {
        const job = this.ingestJobs.get(id);
        if (!job)
            return this.json(response, 404, [
                { errorCode: 'NOT_FOUND', message: `Job ${id} not found` },
            ]);
        if (job.state === 'UploadComplete' || job.state === 'InProgress') {
            job.state =
                job.polls++ >= (this.options.pollsBeforeComplete ?? 0)
                    ? job.errorMessage
                        ? 'Failed'
                        : 'JobComplete'
                    : 'InProgress';
        }
        this.json(response, 200, {
            id,
            state: job.state,
            numberRecordsProcessed: job.processed,
            numberRecordsFailed: job.failedRows.length,
            ...(job.errorMessage ? { errorMessage: job.errorMessage } : {}),
        });
    }

    private ingestResults(response: ServerResponse, id: string, kind: string): void {
        const job = this.ingestJobs.get(id);
        if (!job)
            return this.json(response, 404, [
                { errorCode: 'NOT_FOUND', message: `Job ${id} not found` },
            ]);
        response.writeHead(200, { 'Content-Type': 'text/csv' });
        if (kind === 'failedResults')
            response.end(csvLine(['sf__Id', 'sf__Error', ...job.header]) + job.failedRows.join(''));
        else if (kind === 'unprocessedrecords')
            response.end(csvLine(job.header) + job.unprocessed.join(''));
        else response.end(csvLine(['sf__Id', 'sf__Created', ...job.header]));
    }

    private soqlQuery(response: ServerResponse, soql: string): void {
        const parsed = parseSoql(soql);
        if (!parsed)
            return this.json(response, 400, [
                { errorCode: 'MALFORMED_QUERY', message: `Cannot parse: ${soql}` },
            ]);
        const records = this.store.select(parsed.objectApiName, parsed.where).map((record) => {
            const row: Record<string, unknown> = { attributes: { type: parsed.objectApiName } };
            for (const field of parsed.fields) row[field] = record[field] ?? null;
            return row;
        });
        this.json(response, 200, { totalSize: records.length, done: true, records });
    }

    private createMany(
        response: ServerResponse,
        body: { allOrNone?: boolean; records: FakeRecord[] },
    ): void {
        if (body.records.length > 200)
            return this.json(response, 400, [
                {
                    errorCode: 'EXCEEDED_ID_LIMIT',
                    message:
                        'record limit reached. cannot submit more than 200 records into this call',
                },
            ]);
        this.json(response, 200, this.store.createAll(body.records, this.options.trigger));
    }

    private updateMany(response: ServerResponse, body: { records: FakeRecord[] }): void {
        if (body.records.length > 200)
            return this.json(response, 400, [
                {
                    errorCode: 'EXCEEDED_ID_LIMIT',
                    message:
                        'record limit reached. cannot submit more than 200 records into this call',
                },
            ]);
        this.json(response, 200, this.store.updateAll(body.records, this.options.trigger));
    }

    private deleteMany(response: ServerResponse, ids: string[]): void {
        if (ids.length > 200)
            return this.json(response, 400, [
                {
                    errorCode: 'EXCEEDED_ID_LIMIT',
                    message: 'cannot delete more than 200 records at once',
                },
            ]);
        this.json(response, 200, this.store.deleteAll(ids));
    }

    private json(response: ServerResponse, status: number, body: unknown): void {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(body));
    }
}

async function readBody(request: IncomingMessage): Promise<string> {
    let text = '';
    request.setEncoding('utf8');
    for await (const chunk of request) text += chunk as string;
    return text;
}

/** The records from `start` to `end` (exclusive) as CSV rows of `fields`, a thousand at a time. */
function* syntheticRows(
    source: SyntheticSource,
    fields: readonly string[],
    start: number,
    end: number,
): Generator<string[][]> {
    let rows: string[][] = [];
    for (let index = start; index < end; index++) {
        const values = source.record(index);
        rows.push(fields.map((field) => values[field] ?? ''));
        if (rows.length >= 1000) {
            yield rows;
            rows = [];
        }
    }
    if (rows.length > 0) yield rows;
}

function pageKey(fields: readonly string[], start: number, size: number): string {
    return `${fields.join(',')}|${start}|${size}`;
}

function toCsvValues(record: FakeRecord | undefined): Record<string, string> {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(record ?? {})) {
        if (key !== 'attributes' && value !== null && value !== undefined)
            values[key] = String(value);
    }
    return values;
}

export type { SoqlCondition, SoqlWhere } from './soqlWhere';

/**
 * The SOQL subset the tools send: `SELECT f, … FROM Obj [WHERE …]`, the WHERE clause with =, !=,
 * IN, LIKE, <, <=, >, >=, AND, OR and parentheses. The top-level AND parts come back as a list.
 */
export function parseSoql(
    soql: string,
): { fields: string[]; objectApiName: string; where: SoqlWhere[] } | undefined {
    const match = /^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?\s*$/is.exec(soql);
    if (!match) return undefined;
    const fields = (match[1] as string).split(',').map((field) => field.trim());
    if (!match[3]) return { fields, objectApiName: match[2] as string, where: [] };
    const where = parseWhere(match[3] as string);
    if (!where) return undefined;
    return {
        fields,
        objectApiName: match[2] as string,
        where: 'all' in where ? [...where.all] : [where],
    };
}
