/**
 * npm run bench:ui: the board in headless Chromium against the preview server. Prints the server calls to
 * render and to save; the board's own time to its first complete render with data (the component's
 * performance measure, server answers already in the client caches, median of 20 mounts), apart from
 * the page navigation (median of 20 loads); what dominates that render (CPU profile, self time); and the
 * gzip size of each component's compiled JavaScript. Prints numbers only; asserts nothing about time.
 */
import { gzipSync } from 'node:zlib';
// esbuild comes with tsx (a devDependency that runs every script here); no dependency of its own.
import { transform } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '../preview/e2e/browser';
import { OPPORTUNITY_ID, openSession, sharedBuild } from '../preview/e2e/harness';

const LOADS = 20;
const WARM_UP_MOUNTS = 3;
/** The budget of issue 12 for what a rep's record page downloads for the board. */
const CORE_BUNDLES = ['qualificationBoard', 'qualificationPanel', 'qualificationEngine'];
const CORE_BUDGET_GZIP = 20 * 1024;

function countByKind(calls: readonly string[]): string {
    const kinds = new Map<string, number>();
    for (const call of calls) {
        const kind = call.startsWith('POST /api/apex/')
            ? `Apex ${call.slice('POST /api/apex/'.length).replace('/', '.')}`
            : call.startsWith('GET /api/records/')
              ? 'getRecord'
              : call.startsWith('PATCH /api/records/')
                ? 'updateRecord'
                : call;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    return [...kinds].map(([kind, count]) => `${count} × ${kind}`).join(', ');
}

function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? (sorted[middle] ?? 0)
        : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const summary = (values: readonly number[]): string =>
    `${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`;

function remount(page: Page): Promise<number> {
    return page.evaluate(() =>
        (
            window as unknown as { __BB_BENCH__: { remount(): Promise<number> } }
        ).__BB_BENCH__.remount(),
    );
}

interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
}

/** Self time per function over the profiled mounts, the largest first. */
async function dominantWork(page: Page, mounts: number): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let mount = 0; mount < mounts; mount += 1) await remount(page);
    const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
    const selfTime = new Map<string, number>();
    profile.samples.forEach((id, index) => {
        const frame = byNode.get(id)?.callFrame;
        const name =
            frame === undefined
                ? '(unknown)'
                : frame.url === ''
                  ? frame.functionName || '(program)'
                  : `${frame.functionName || '(anonymous)'} (${frame.url.split('/').pop()}:${frame.lineNumber + 1})`;
        selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
    // The browser's own work between mounts (the bench's round trips) is not the board's.
    const work = [...selfTime].filter(([name]) => !['(idle)', '(program)'].includes(name));
    const total = work.reduce((sum, [, time]) => sum + time, 0);
    return work
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(
            ([name, time]) =>
                `${((100 * time) / total).toFixed(0).padStart(3)} %  ${(time / mounts).toFixed(2).padStart(6)} ms/mount  ${name}`,
        );
}

async function main(): Promise<void> {
    const { build } = await sharedBuild();
    const chromium = await launchChromium();
    const session = await openSession(chromium.browser, { width: 1280, height: 800 });
    try {
        const { page, apiCalls } = session;
        // The board alone: the preview page's highlights panel would add its own getRecord.
        const canvas = `/record/${OPPORTUNITY_ID}?layout=canvas&highlights=0&bench=1`;

        await session.open(canvas);
        // The trend asks for its one field only after the board has rendered: counted apart.
        await page
            .locator(
                '[data-id="trend-summary"], [data-id="trend-empty"], [data-id="trend-unavailable"]',
            )
            .first()
            .waitFor();
        const boardRecordLoad = apiCalls.findIndex((call) => call.startsWith('GET /api/records/'));
        const renderCalls = apiCalls.slice(0, boardRecordLoad + 1);
        const afterRenderCalls = apiCalls.slice(boardRecordLoad + 1);
        console.log(
            `Server calls to render the canvas: ${renderCalls.length} (${countByKind(renderCalls)})`,
        );
        console.log(
            `Server calls after the board rendered (the trend): ${afterRenderCalls.length} (${countByKind(afterRenderCalls)})`,
        );

        apiCalls.length = 0;
        await page.locator('.board__cell[data-key="Budget"] button.tile').click();
        await page
            .locator('section[data-key="Budget"] .rating__segment[data-rating="Partly_Met"] label')
            .click();
        await page
            .locator('section[data-key="Budget"] textarea')
            .fill('Budget line approved for the pilot.');
        await page.locator('button.board__save').click();
        await page.locator('button.board__save:disabled').waitFor();
        await page.waitForTimeout(500); // let any refresh the save triggers arrive before counting
        console.log(
            `Server calls to save one rating and its evidence: ${apiCalls.length} (${countByKind(apiCalls)})`,
        );

        const navigations: number[] = [];
        const coldRenders: number[] = [];
        for (let load = 0; load < LOADS; load += 1) {
            const started = performance.now();
            await session.open(canvas);
            navigations.push(performance.now() - started);
            coldRenders.push(
                await page.evaluate(
                    () =>
                        performance.getEntriesByName('beyond-bant:board:first-render')[0]
                            ?.duration ?? Number.NaN,
                ),
            );
        }
        console.log(
            `Page navigation to the Beyond-BANT canvas (goto → summary visible), median of ${LOADS}: ${summary(navigations)}`,
        );
        console.log(
            `  of which the board's own first render on a cold page (includes the two server round trips): ${summary(coldRenders)}`,
        );

        for (let mount = 0; mount < WARM_UP_MOUNTS; mount += 1) await remount(page);
        const renders: number[] = [];
        for (let mount = 0; mount < LOADS; mount += 1) renders.push(await remount(page));
        console.log(
            `Board's own time to first complete render of the Beyond-BANT canvas with data (server answers cached), median of ${LOADS}: ${summary(renders)}`,
        );
        console.log(
            'What dominates it (CPU profile of 20 more mounts, JavaScript and DOM self time, share of it):',
        );
        for (const line of await dominantWork(page, LOADS)) console.log(`  ${line}`);

        console.log(
            'Compiled JavaScript per component (as bundled into the page script, LWC 8.28.2 compiler):',
        );
        for (const size of build.bundleSizes) {
            console.log(
                `  ${size.bundle.padEnd(28)} ${String(size.bytes).padStart(7)} bytes  ${String(size.gzipBytes).padStart(6)} bytes gzip`,
            );
        }
        const total = build.bundleSizes.reduce((sum, size) => sum + size.bytes, 0);
        console.log(
            `  ${'all force-app components'.padEnd(28)} ${String(total).padStart(7)} bytes`,
        );
        const core = build.bundleSizes.filter((size) => CORE_BUNDLES.includes(size.bundle));
        const coreCode = core.map((size) => size.bytes).reduce((sum, bytes) => sum + bytes, 0);
        const coreGzip = core.map((size) => size.gzipBytes).reduce((sum, bytes) => sum + bytes, 0);
        console.log(
            `  ${'board + panel + engine'.padEnd(28)} ${String(coreCode).padStart(7)} bytes  ${String(coreGzip).padStart(6)} bytes gzip (as bundled, comments included)`,
        );
        // Lightning serves component JavaScript minified outside debug mode: that is what a rep downloads.
        const minifiedGzip = await Promise.all(
            core.map(async (size) => {
                const { code } = await transform(build.bundleCode[size.bundle] ?? '', {
                    minify: true,
                    target: 'es2022',
                });
                return gzipSync(code).length;
            }),
        );
        const servedGzip = minifiedGzip.reduce((sum, bytes) => sum + bytes, 0);
        console.log(
            `  ${'board + panel + engine'.padEnd(28)} ${''.padStart(7)}        ${String(servedGzip).padStart(6)} bytes gzip minified (${core.map((size, index) => `${size.bundle} ${minifiedGzip[index]}`).join(', ')}); budget ${CORE_BUDGET_GZIP}: ${servedGzip <= CORE_BUDGET_GZIP ? 'within' : 'OVER'}`,
        );
        console.log(
            `  ${'whole page script'.padEnd(28)} ${String(Buffer.byteLength(build.code)).padStart(7)} bytes  ${String(gzipSync(build.code).length).padStart(6)} bytes gzip (LWC engine, synthetic shadow, fakes included)`,
        );
    } finally {
        await session.close();
        await chromium.close();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
});
