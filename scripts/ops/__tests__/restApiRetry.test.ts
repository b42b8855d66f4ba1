import { createServer } from 'node:net';
import { describeNetworkFault } from '../lib/networkError';
import { RestApi, retryLine, type RetryNotice } from '../lib/restApi';

const POLICY = { maxRetries: 2, initialDelayMs: 1000, maxDelayMs: 60_000 };

/** A loopback port nobody listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

function apiFor(instanceUrl: string) {
    const notices: RetryNotice[] = [];
    const waits: number[] = [];
    const api = new RestApi(
        { instanceUrl, accessToken: 'token', apiVersion: '66.0' },
        POLICY,
        async (ms) => {
            waits.push(ms);
        },
        (notice) => notices.push(notice),
    );
    return { api, notices, waits };
}

function fetchError(code: string, message: string): TypeError {
    return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

afterEach(() => jest.restoreAllMocks());

describe('a request that cannot reach the org', () => {
    it('reports each retry with its cause and wait, then ends with the cause and the URL', async () => {
        const port = await closedPort();
        const { api, notices, waits } = apiFor(`http://127.0.0.1:${port}`);

        const failure = api.json('GET', '/jobs/query');

        await expect(failure).rejects.toThrow(
            `GET /jobs/query failed (tried 3 times): connection refused by 127.0.0.1:${port} (nothing accepts connections there) [ECONNREFUSED]; instance URL http://127.0.0.1:${port}`,
        );
        expect(waits).toEqual([1000, 2000]);
        expect(notices.map(retryLine)).toEqual([
            `GET /jobs/query: connection refused by 127.0.0.1:${port} (nothing accepts connections there) [ECONNREFUSED]; retry 1 of 2 in 1 s`,
            `GET /jobs/query: connection refused by 127.0.0.1:${port} (nothing accepts connections there) [ECONNREFUSED]; retry 2 of 2 in 2 s`,
        ]);
    });

    it('stops at once when the host name does not resolve: waiting cannot fix a typo', async () => {
        jest.spyOn(global, 'fetch').mockRejectedValue(
            fetchError('ENOTFOUND', 'getaddrinfo ENOTFOUND acme.my.salesforce.con'),
        );
        const { api, notices } = apiFor('https://acme.my.salesforce.con');

        await expect(api.json('GET', '/limits')).rejects.toThrow(
            'GET /limits failed (tried once): DNS: acme.my.salesforce.con does not resolve (no such host; check the instance URL) [ENOTFOUND]; instance URL https://acme.my.salesforce.con',
        );
        expect(notices).toEqual([]);
    });

    it('stops at once on a certificate the client rejects, naming TLS', async () => {
        jest.spyOn(global, 'fetch').mockRejectedValue(
            fetchError(
                'ERR_TLS_CERT_ALTNAME_INVALID',
                "Hostname/IP does not match certificate's altnames",
            ),
        );
        const { api } = apiFor('https://acme.salesforce.com');

        await expect(api.json('GET', '/limits')).rejects.toThrow(
            "GET /limits failed (tried once): TLS: the certificate of acme.salesforce.com is not accepted: Hostname/IP does not match certificate's altnames [ERR_TLS_CERT_ALTNAME_INVALID]; instance URL https://acme.salesforce.com",
        );
    });

    it('names throttling as the cause of a retry and honours Retry-After', async () => {
        jest.spyOn(global, 'fetch')
            .mockResolvedValueOnce(
                new Response('[{"errorCode":"SERVER_UNAVAILABLE","message":"busy"}]', {
                    status: 503,
                    headers: { 'retry-after': '3' },
                }),
            )
            .mockResolvedValueOnce(new Response('{"ok":true}', { status: 200 }));
        const { api, notices, waits } = apiFor('https://acme.my.salesforce.com');

        await expect(api.json('GET', '/limits')).resolves.toEqual({ ok: true });
        expect(waits).toEqual([3000]);
        expect(notices.map(retryLine)).toEqual([
            'GET /limits: HTTP 503 SERVER_UNAVAILABLE; retry 1 of 2 in 3 s',
        ]);
    });
});

describe('describing a network fault', () => {
    it('finds the code inside an AggregateError (several addresses tried)', () => {
        const refused = Object.assign(new Error('connect ECONNREFUSED ::1:443'), {
            code: 'ECONNREFUSED',
        });
        const error = new TypeError('fetch failed', { cause: new AggregateError([refused]) });

        expect(describeNetworkFault(error, 'https://acme.my.salesforce.com')).toEqual({
            code: 'ECONNREFUSED',
            cause: 'connection refused by acme.my.salesforce.com (nothing accepts connections there)',
            transient: true,
        });
    });

    it('treats a failed DNS lookup as passing, a blocked port as final and an unknown fault by its message', () => {
        expect(
            describeNetworkFault(
                fetchError('EAI_AGAIN', 'getaddrinfo EAI_AGAIN x'),
                'https://x.example',
            ),
        ).toMatchObject({ code: 'EAI_AGAIN', transient: true });
        expect(
            describeNetworkFault(
                new TypeError('fetch failed', { cause: new Error('bad port') }),
                'http://127.0.0.1:9',
            ),
        ).toEqual({
            code: undefined,
            cause: 'fetch refuses the port of 127.0.0.1:9 (a blocked port; check the instance URL)',
            transient: false,
        });
        expect(describeNetworkFault(new Error('socket hang up'), 'https://x.example')).toEqual({
            code: undefined,
            cause: 'socket hang up (x.example)',
            transient: true,
        });
    });
});
