import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClientBuild } from '../../client/build';
import { refusalOf } from '../http/requestGuard';
import { startPreviewServer, type PreviewServer } from '../previewServer';

const PROJECT_ROOT = path.resolve(__dirname, '../../../..');
const LEAD = '00Q000000000001AAA';

/** The routes under test serve no page script, so the server starts without building one. */
const NO_PAGE_SCRIPT: ClientBuild = {
    code: '',
    usage: { labels: new Set(), apexMethods: new Set() },
    bundleSizes: [],
    bundleCode: {},
    warnings: [],
    builtAt: new Date(0),
};

interface Reply {
    readonly status: number;
    readonly body: string;
}

let server: PreviewServer;
let dataDir: string;

beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'bb-preview-guard-'));
    server = await startPreviewServer({
        projectRoot: PROJECT_ROOT,
        port: 0,
        dataFile: path.join(dataDir, 'records.json'),
        watch: false,
        build: NO_PAGE_SCRIPT,
    });
});

afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
});

/** node:http, not fetch: fetch may not set Host, which is what DNS rebinding changes. */
function send(
    method: string,
    route: string,
    headers: Record<string, string>,
    body?: string,
): Promise<Reply> {
    return new Promise((resolve, reject) => {
        const outgoing = httpRequest(
            { host: '127.0.0.1', port: server.port, method, path: route, headers },
            (response) => {
                let text = '';
                response.setEncoding('utf8');
                response.on('data', (chunk: string) => (text += chunk));
                response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
            },
        );
        outgoing.on('error', reject);
        outgoing.end(body);
    });
}

const ownHost = (): string => `127.0.0.1:${server.port}`;

async function leadVersion(): Promise<string> {
    const reply = await send('GET', `/api/records/${LEAD}?fields=Lead.Name`, { Host: ownHost() });
    expect(reply.status).toBe(200);
    return (JSON.parse(reply.body) as { lastModifiedDate: string }).lastModifiedDate;
}

describe('the preview server answers only its own pages', () => {
    it('refuses a cross-origin text/plain POST that would have a colleague edit a record', async () => {
        const before = await leadVersion();

        const reply = await send(
            'POST',
            '/api/simulation',
            { Host: ownHost(), Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
            JSON.stringify({ someoneElseEdits: LEAD }),
        );

        expect(reply.status).toBe(403);
        expect(reply.body).toContain('https://evil.example');
        expect(await leadVersion()).toBe(before);
    });

    it('refuses a cross-origin POST even with a JSON body', async () => {
        const reply = await send(
            'POST',
            '/api/simulation',
            {
                Host: ownHost(),
                Origin: 'http://127.0.0.1.evil.example',
                'Content-Type': 'application/json',
            },
            JSON.stringify({ someoneElseEdits: LEAD }),
        );

        expect(reply.status).toBe(403);
    });

    it('refuses a request under a foreign Host, as a DNS-rebound name would send it', async () => {
        const reply = await send('GET', `/api/records/${LEAD}?fields=Lead.Name`, {
            Host: `rebound.evil.example:${server.port}`,
        });

        expect(reply.status).toBe(403);
        expect(reply.body).toContain('rebound.evil.example');
        expect(reply.body).not.toContain(LEAD);
    });

    it('refuses a write without a JSON content type, even without an Origin', async () => {
        const reply = await send(
            'PATCH',
            `/api/records/${LEAD}`,
            { Host: ownHost(), 'Content-Type': 'text/plain' },
            JSON.stringify({ fields: { BB_Budget_Rating__c: 'Met' } }),
        );

        expect(reply.status).toBe(403);
        expect(reply.body).toContain('application/json');
    });

    it("serves a same-origin JSON POST from the preview's own page", async () => {
        const reply = await send(
            'POST',
            '/api/simulation',
            {
                Host: `localhost:${server.port}`,
                Origin: `http://localhost:${server.port}`,
                'Sec-Fetch-Site': 'same-origin',
                'Content-Type': 'application/json; charset=utf-8',
            },
            JSON.stringify({ failNextSave: false }),
        );

        expect(reply.status).toBe(200);
    });
});

describe('refusalOf', () => {
    const own = { host: '127.0.0.1:5173' };

    it('lets a typed URL, the page and its assets through', () => {
        expect(refusalOf('GET', { ...own, 'sec-fetch-site': 'none' }, 5173)).toBeNull();
        expect(refusalOf('GET', { ...own, 'sec-fetch-site': 'same-origin' }, 5173)).toBeNull();
        expect(refusalOf('GET', { host: 'LOCALHOST:5173' }, 5173)).toBeNull();
    });

    it('refuses another port, a missing Host and a cross-site fetch', () => {
        expect(refusalOf('GET', { host: '127.0.0.1:8080' }, 5173)).toContain('8080');
        expect(refusalOf('GET', {}, 5173)).toContain('Host');
        expect(refusalOf('GET', { ...own, 'sec-fetch-site': 'cross-site' }, 5173)).toContain(
            'cross-site',
        );
        expect(refusalOf('POST', { ...own, origin: 'null' }, 5173)).toContain('Origin');
    });
});
