import { describeNetworkFault, faultText } from './networkError';
import type { OrgSession } from './session';

/** How the tools wait out throttling (HTTP 429/503, REQUEST_LIMIT_EXCEEDED) and passing network faults. */
export interface RetryPolicy {
    readonly maxRetries: number;
    readonly initialDelayMs: number;
    readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
    maxRetries: 6,
    initialDelayMs: 1000,
    maxDelayMs: 60_000,
};

/** A non-2xx answer, with the platform's error code and message. */
export class SalesforceApiError extends Error {
    constructor(
        readonly status: number,
        readonly errorCode: string,
        platformMessage: string,
        readonly request: string,
    ) {
        super(`${request} failed with HTTP ${status} ${errorCode}: ${platformMessage}`);
        this.name = 'SalesforceApiError';
    }
}

export interface RequestOptions {
    readonly body?: string | Uint8Array<ArrayBuffer>;
    readonly contentType?: string;
    readonly accept?: string;
}

export type Sleep = (milliseconds: number) => Promise<void>;
const realSleep: Sleep = (milliseconds) =>
    new Promise((resolve) => setTimeout(resolve, milliseconds));

/** One retry about to wait: which request, why, and for how long. */
export interface RetryNotice {
    readonly request: string;
    readonly cause: string;
    readonly retry: number;
    readonly maxRetries: number;
    readonly delayMs: number;
}

export type RetryReporter = (notice: RetryNotice) => void;

/** "GET /jobs/query: connection refused by … [ECONNREFUSED]; retry 2 of 6 in 2 s" */
export function retryLine(notice: RetryNotice): string {
    const seconds = Math.round(notice.delayMs / 100) / 10;
    return `${notice.request}: ${notice.cause}; retry ${notice.retry} of ${notice.maxRetries} in ${seconds} s`;
}

/** A retry is never silent: a wrong instance URL shows on the first line, not after a minute. */
const reportToStderr: RetryReporter = (notice) => {
    process.stderr.write(`${retryLine(notice)}\n`);
};

/**
 * Calls `/services/data/vXX.X/...` with the session's bearer token. Streams response bodies (the
 * caller reads `response.body`), retries throttling with exponential backoff (honouring Retry-After),
 * and turns every other error answer into a SalesforceApiError carrying the platform's message.
 */
export class RestApi {
    private readonly base: string;

    constructor(
        private readonly session: OrgSession,
        private readonly retry: RetryPolicy = DEFAULT_RETRY,
        private readonly sleep: Sleep = realSleep,
        private readonly reportRetry: RetryReporter = reportToStderr,
    ) {
        this.base = `${session.instanceUrl}/services/data/v${session.apiVersion}`;
    }

    async request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
        const label = `${method} ${path.split('?')[0] ?? path}`;
        for (let attempt = 0; ; attempt++) {
            let response: Response;
            try {
                response = await fetch(`${this.base}${path}`, {
                    method,
                    headers: {
                        Authorization: `Bearer ${this.session.accessToken}`,
                        Accept: options.accept ?? 'application/json',
                        ...(options.contentType ? { 'Content-Type': options.contentType } : {}),
                    },
                    body: options.body,
                });
            } catch (error) {
                const fault = describeNetworkFault(error, this.session.instanceUrl);
                if (!fault.transient || attempt >= this.retry.maxRetries) {
                    const tries = attempt === 0 ? 'once' : `${attempt + 1} times`;
                    throw new Error(
                        `${label} failed (tried ${tries}): ${faultText(fault)}; instance URL ${this.session.instanceUrl}`,
                    );
                }
                await this.wait(label, faultText(fault), attempt, undefined);
                continue;
            }
            if (response.ok) return response;
            const text = await response.text();
            const { errorCode, message } = parseError(text, response.status);
            if (isThrottled(response.status, errorCode) && attempt < this.retry.maxRetries) {
                const cause = `HTTP ${response.status} ${errorCode}`;
                await this.wait(label, cause, attempt, response.headers.get('retry-after'));
                continue;
            }
            throw new SalesforceApiError(response.status, errorCode, message, label);
        }
    }

    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
        const response = await this.request(method, path, {
            body: body === undefined ? undefined : JSON.stringify(body),
            contentType: body === undefined ? undefined : 'application/json',
        });
        const text = await response.text();
        return (text ? JSON.parse(text) : undefined) as T;
    }

    private async wait(
        request: string,
        cause: string,
        attempt: number,
        retryAfter: string | null | undefined,
    ): Promise<void> {
        const delayMs = this.backoff(attempt, retryAfter);
        this.reportRetry({
            request,
            cause,
            retry: attempt + 1,
            maxRetries: this.retry.maxRetries,
            delayMs,
        });
        await this.sleep(delayMs);
    }

    private backoff(attempt: number, retryAfter: string | null | undefined): number {
        const seconds = retryAfter ? Number(retryAfter) : NaN;
        const exponential = this.retry.initialDelayMs * 2 ** attempt;
        const wanted = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : exponential;
        return Math.min(wanted, this.retry.maxDelayMs);
    }
}

function isThrottled(status: number, errorCode: string): boolean {
    return (
        status === 429 ||
        status === 503 ||
        errorCode === 'REQUEST_LIMIT_EXCEEDED' ||
        errorCode === 'SERVER_UNAVAILABLE'
    );
}

/** Salesforce answers errors as `[{errorCode, message}]` or `{errorCode, message}`; anything else is kept as text. */
function parseError(text: string, status: number): { errorCode: string; message: string } {
    try {
        const parsed = JSON.parse(text) as unknown;
        const first = (Array.isArray(parsed) ? parsed[0] : parsed) as
            { errorCode?: unknown; message?: unknown } | undefined;
        if (first && typeof first.errorCode === 'string') {
            return {
                errorCode: first.errorCode,
                message: typeof first.message === 'string' ? first.message : '',
            };
        }
    } catch {
        // not JSON: fall through
    }
    return { errorCode: `HTTP_${status}`, message: text.slice(0, 500) };
}
