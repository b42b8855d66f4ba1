import type { Connection, QueryResult } from 'jsforce';
import { DEFAULT_RETRY, type RetryPolicy, type Sleep } from './restApi';

/** The REST calls seed and verify-org make, through jsforce, with throttling waited out. */
export interface SaveOutcome {
    readonly id: string | undefined;
    readonly success: boolean;
    readonly error: string | undefined;
}

/** The composite sObject collections take at most 200 records per call. */
export const COLLECTION_LIMIT = 200;

export class RestCalls {
    constructor(
        private readonly connection: Connection,
        private readonly retry: RetryPolicy = DEFAULT_RETRY,
        private readonly sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    ) {}

    /** Every row of a SOQL query, following nextRecordsUrl. */
    async queryAll<T extends Record<string, unknown>>(soql: string): Promise<T[]> {
        const records: T[] = [];
        let page = await this.withRetry(async (): Promise<QueryResult<T>> =>
            this.connection.query<T>(soql),
        );
        records.push(...page.records);
        while (!page.done && page.nextRecordsUrl) {
            const next = page.nextRecordsUrl;
            page = await this.withRetry(async (): Promise<QueryResult<T>> =>
                this.connection.queryMore<T>(next),
            );
            records.push(...page.records);
        }
        return records;
    }

    async create(
        objectApiName: string,
        records: readonly Record<string, unknown>[],
    ): Promise<SaveOutcome[]> {
        return this.inChunks(records, (chunk) =>
            this.connection.sobject(objectApiName).create(chunk, { allOrNone: false }),
        );
    }

    async update(
        objectApiName: string,
        records: readonly Record<string, unknown>[],
    ): Promise<SaveOutcome[]> {
        return this.inChunks(records, (chunk) =>
            this.connection
                .sobject(objectApiName)
                .update(chunk as { Id: string }[], { allOrNone: false }),
        );
    }

    async destroy(objectApiName: string, ids: readonly string[]): Promise<SaveOutcome[]> {
        return this.inChunks(ids, (chunk) =>
            this.connection.sobject(objectApiName).destroy(chunk, { allOrNone: false }),
        );
    }

    private async inChunks<T>(
        items: readonly T[],
        call: (chunk: T[]) => Promise<unknown>,
    ): Promise<SaveOutcome[]> {
        const outcomes: SaveOutcome[] = [];
        for (let start = 0; start < items.length; start += COLLECTION_LIMIT) {
            const chunk = items.slice(start, start + COLLECTION_LIMIT);
            const results = (await this.withRetry(() =>
                call(chunk),
            )) as readonly JsforceSaveResult[];
            outcomes.push(...results.map(toOutcome));
        }
        return outcomes;
    }

    private async withRetry<T>(call: () => Promise<T>): Promise<T> {
        for (let attempt = 0; ; attempt++) {
            try {
                return await call();
            } catch (error) {
                if (!isThrottling(error) || attempt >= this.retry.maxRetries) throw error;
                await this.sleep(
                    Math.min(this.retry.initialDelayMs * 2 ** attempt, this.retry.maxDelayMs),
                );
            }
        }
    }
}

interface JsforceSaveResult {
    readonly id?: string;
    readonly success: boolean;
    readonly errors?: readonly (
        { statusCode?: string; errorCode?: string; message?: string; fields?: string[] } | string
    )[];
}

function toOutcome(result: JsforceSaveResult): SaveOutcome {
    const first = result.errors?.[0];
    const error =
        first === undefined
            ? undefined
            : typeof first === 'string'
              ? first
              : `${first.statusCode ?? first.errorCode ?? 'ERROR'}: ${first.message ?? ''}${first.fields?.length ? ` (${first.fields.join(', ')})` : ''}`;
    return {
        id: result.id,
        success: result.success,
        error: result.success ? undefined : (error ?? 'failed without an error message'),
    };
}

/** jsforce raises errors with the platform's errorCode; a 503 without a JSON body shows as ERROR_HTTP_503. */
function isThrottling(error: unknown): boolean {
    const code = (error as { errorCode?: unknown } | null)?.errorCode;
    return (
        code === 'REQUEST_LIMIT_EXCEEDED' ||
        code === 'SERVER_UNAVAILABLE' ||
        code === 'ERROR_HTTP_503' ||
        code === 'ERROR_HTTP_429'
    );
}
