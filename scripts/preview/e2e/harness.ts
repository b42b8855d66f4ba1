import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildClient, type ClientBuild } from '../client/build';
import { loadWorkspace, type PreviewWorkspace } from '../server/metadata/workspace';
import { startPreviewServer, type PreviewServer } from '../server/previewServer';
import { launchChromium, type LaunchedBrowser } from './browser';

export const PROJECT_ROOT = path.resolve(__dirname, '../../..');
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'artifacts/screenshots');
export const LEAD_ID = '00Q000000000001AAA';
export const OPPORTUNITY_ID = '006000000000001AAA';

let shared: { workspace: PreviewWorkspace; build: ClientBuild } | undefined;

/** One build of the page script for the whole run; every test gets its own server and records. */
export async function sharedBuild(): Promise<{ workspace: PreviewWorkspace; build: ClientBuild }> {
    if (shared === undefined) {
        const workspace = loadWorkspace(PROJECT_ROOT);
        shared = { workspace, build: await buildClient(PROJECT_ROOT, workspace) };
    }
    return shared;
}

export interface PreviewSession {
    readonly server: PreviewServer;
    readonly page: Page;
    /** Every request the page sent to the fakes, e.g. `PATCH /api/records/…`. */
    readonly apiCalls: string[];
    /** The `fields` of every updateRecord the page sent. */
    readonly savedFields: Array<Record<string, unknown>>;
    /** Uncaught errors in the page: a test fails on any. */
    readonly pageErrors: string[];
    open(pathAndQuery: string): Promise<void>;
    close(): Promise<void>;
}

/** A preview server on a free port with a fresh data file, and a browser page on it. */
export async function openSession(
    browser: Browser,
    viewport = { width: 1280, height: 900 },
): Promise<PreviewSession> {
    const { build } = await sharedBuild();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bb-preview-e2e-'));
    const server = await startPreviewServer({
        projectRoot: PROJECT_ROOT,
        port: 0,
        dataFile: path.join(dataDir, 'records.json'),
        watch: false,
        build,
    });
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const apiCalls: string[] = [];
    const pageErrors: string[] = [];
    const savedFields: Array<Record<string, unknown>> = [];
    page.on('request', (request) => {
        const url = new URL(request.url());
        if (request.method() === 'PATCH')
            savedFields.push(
                (request.postDataJSON() as { fields: Record<string, unknown> }).fields,
            );
        if (url.pathname.startsWith('/api/records/') || url.pathname.startsWith('/api/apex/'))
            apiCalls.push(`${request.method()} ${url.pathname}`);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return {
        server,
        page,
        apiCalls,
        savedFields,
        pageErrors,
        open: async (pathAndQuery) => {
            await page.goto(`${server.url}${pathAndQuery}`);
            try {
                await page
                    .locator('c-qualification-summary .summary')
                    .first()
                    .waitFor({ timeout: 20_000 });
            } catch (error) {
                const board = await page
                    .locator('[data-region="board"]')
                    .innerText()
                    .catch(() => '(no board region)');
                throw new Error(
                    `${pathAndQuery}: the board did not render its summary. Board text: ${board.slice(0, 500)}; page errors: ${pageErrors.join(' | ')}; calls: ${apiCalls.join(', ')}`,
                    { cause: error },
                );
            }
        },
        close: async () => {
            await context.close();
            await server.close();
            rmSync(dataDir, { recursive: true, force: true });
        },
    };
}

/** Polls a check every 100 ms until it holds, failing with what was awaited after 10 s. */
export async function until(check: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

export async function screenshot(page: Page, name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Arms a simulated platform condition on the preview server, as the page's Simulate panel does. */
export async function simulate(
    server: PreviewServer,
    change: Record<string, unknown>,
): Promise<void> {
    const response = await fetch(`${server.url}/api/simulation`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(change),
    });
    if (!response.ok)
        throw new Error(
            `simulation ${JSON.stringify(change)} failed: ${response.status} ${await response.text()}`,
        );
}

/** The record as the store has it now, read over the same API the page uses. */
export async function storedFields(
    server: PreviewServer,
    id: string,
): Promise<Record<string, unknown>> {
    const response = await fetch(`${server.url}/api/records/${id}?all=true`);
    const record = (await response.json()) as { fields: Record<string, { value: unknown }> };
    return Object.fromEntries(
        Object.entries(record.fields).map(([name, field]) => [name, field.value]),
    );
}

export type Viewport = { width: number; height: number };

export interface FileBrowser {
    /** A session on a fresh preview server; the caller closes it. */
    open(viewport?: Viewport): Promise<PreviewSession>;
    /** Runs `run` in a fresh session, fails when the page threw, and always closes the session. */
    withSession(
        run: (session: PreviewSession) => Promise<void>,
        viewport?: Viewport,
    ): Promise<void>;
}

/**
 * One Chromium for the test file that calls this at its top level: launched (with the shared page
 * build) before its first test and closed after its last.
 */
export function chromiumForThisFile(): FileBrowser {
    let chromium: LaunchedBrowser | undefined;
    before(async () => {
        chromium = await launchChromium();
        await sharedBuild();
    });
    after(async () => {
        await chromium?.close();
    });
    const open = (viewport?: Viewport): Promise<PreviewSession> => {
        if (chromium === undefined) throw new Error("Chromium starts in the file's before() hook");
        return openSession(chromium.browser, viewport);
    };
    return {
        open,
        async withSession(run, viewport) {
            const session = await open(viewport);
            try {
                await run(session);
                assert.deepEqual(session.pageErrors, [], 'the page threw');
            } finally {
                await session.close();
            }
        },
    };
}
