/**
 * preview/transport: every platform fake talks to the preview server over HTTP, so the page makes the
 * same number of server round trips as on the platform and the browser tests can count them.
 */

/** The error object LDS and Apex calls reject with: a failed fetch response. */
export interface PlatformFetchError {
    status: number;
    statusText: string;
    ok: false;
    headers: Record<string, string>;
    body: unknown;
}

interface PreviewGlobals {
    lang: string;
}

function previewLanguage(): string {
    const globals = (globalThis as { __BB_PREVIEW__?: PreviewGlobals }).__BB_PREVIEW__;
    return globals?.lang ?? 'en';
}

/**
 * Sends a JSON request in the preview user's language. A failed response rejects with the response
 * shape LDS uses; a dropped connection rejects with the browser's own TypeError, as fetch does.
 */
export async function requestJson<T>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
): Promise<T> {
    const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Preview-Language': previewLanguage() },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text === '' ? null : JSON.parse(text);
    if (!response.ok) {
        const error: PlatformFetchError = {
            status: response.status,
            statusText: response.statusText,
            ok: false,
            headers: {},
            body: parsed,
        };
        throw error;
    }
    return parsed as T;
}

/** LDS hands components read-only data; freezing here makes a component that mutates it fail as it would in an org. */
export function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value)) deepFreeze(child);
    }
    return value;
}
