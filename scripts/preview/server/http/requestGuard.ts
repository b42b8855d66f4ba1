import type { IncomingHttpHeaders } from 'node:http';

/**
 * The preview listens on 127.0.0.1 only, but any web page the developer visits can still send
 * requests to it: a form or `fetch` with `text/plain` needs no CORS preflight, so a foreign page
 * could change a record, and a DNS-rebound name that resolves to 127.0.0.1 could read records as
 * if same-origin. The server therefore answers only requests that:
 * - name this server in `Host` (`127.0.0.1:<port>` or `localhost:<port>`), which a rebound
 *   name never does;
 * - come from this server's own origin when the browser says where they come from (`Origin`,
 *   `Sec-Fetch-Site`); tools without a browser (the e2e harness, curl) send neither;
 * - send a body, if they change anything, as `application/json`, which a cross-origin page can
 *   only send after a preflight this server never grants.
 */

/** Hosts the preview is reached under; it binds 127.0.0.1 and prints that address. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'];
const READ_METHODS = new Set(['GET', 'HEAD']);
const SAME_SITE_FETCHES = new Set(['same-origin', 'none']);

/** Why a request is refused, or null when it may be served. */
export function refusalOf(
    method: string,
    headers: IncomingHttpHeaders,
    port: number,
): string | null {
    const allowedHosts = LOOPBACK_HOSTS.map((host) => `${host}:${port}`);
    const host = (headers.host ?? '').toLowerCase();
    if (!allowedHosts.includes(host))
        return `Host ${JSON.stringify(headers.host ?? '')} is not this preview server (expected ${allowedHosts.join(' or ')})`;
    const origin = headers.origin;
    if (origin !== undefined && !allowedHosts.some((allowed) => origin === `http://${allowed}`))
        return `Origin ${JSON.stringify(origin)} is not this preview server: cross-origin requests are refused`;
    const fetchSite = headers['sec-fetch-site'];
    if (typeof fetchSite === 'string' && !SAME_SITE_FETCHES.has(fetchSite))
        return `a ${fetchSite} request is refused: only the preview's own pages may call it`;
    if (!READ_METHODS.has(method.toUpperCase())) {
        const mediaType = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
        if (mediaType !== 'application/json')
            return `${method} needs Content-Type application/json (was ${JSON.stringify(headers['content-type'] ?? '')})`;
    }
    return null;
}
