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
    readonly body?: string;
    readonly contentType?: string;
    readonly accept?: string;
}

export type Sleep = (milliseconds: number) => Promise<void>;
const realSleep: Sleep = (milliseconds) =>
    new Promise((resolve) => setTimeout(resolve, milliseconds));

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
                if (attempt >= this.retry.maxRetries)
                    throw new Error(`${label} failed: ${describeNetworkError(error)}`);
                await this.sleep(this.backoff(attempt, undefined));
                continue;
            }
            if (response.ok) return response;
            const text = await response.text();
            const { errorCode, message } = parseError(text, response.status);
            if (isThrottled(response.status, errorCode) && attempt < this.retry.maxRetries) {
                await this.sleep(this.backoff(attempt, response.headers.get('retry-after')));
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

function describeNetworkError(error: unknown): string {
    if (error instanceof Error) {
        const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
        return cause?.code ? `${error.message} (${cause.code})` : error.message;
    }
    return String(error);
}
