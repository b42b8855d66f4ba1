/**
 * npm run bench:ui: the board in headless Chromium against the preview server. Prints the server calls to
 * render and to save, and those of a cold load in the order they were sent; the cold first render on 15
 * fresh page loads from the page's own performance entries (last data response → the board's first
 * complete render), split at the board's data mark, and what dominates it (CPU profile from the data
 * mark to the render, on 10 more loads); the board's render on a warm remount (server answers in the
 * client caches, median of 20 mounts) and its profile; the gzip size of each component's compiled
 * JavaScript, and of its module as Lightning serves it (minified): of board + panel + engine and of
 * everything the board loads (`npm run bench:ui -- --size` prints only that). Prints numbers only;
 * asserts nothing about time.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
// esbuild comes with tsx (a devDependency that runs every script here); no dependency of its own.
import { transform } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '../preview/e2e/browser';
import { OPPORTUNITY_ID, openSession, PROJECT_ROOT, sharedBuild } from '../preview/e2e/harness';
import type { ClientBuild } from '../preview/client/build';
import { gzipTogether, modulesLoadedBy, serveModule, type ServedModule } from './servedModules';

const LOADS = 20;
/** Fresh page loads for the cold first render (issue 23 asks for about 15). */
const COLD_LOADS = 15;
const PROFILED_LOADS = 10;
const DATA_MARK = 'beyond-bant:board:data';
const RENDER_MEASURE = 'beyond-bant:board:first-render';
const START_MARK = 'beyond-bant:board:start';
const WARM_UP_MOUNTS = 3;
/** The budget of issue 12 for what a rep's record page downloads for the board. */
const CORE_BUNDLES = ['qualificationBoard', 'qualificationPanel', 'qualificationEngine'];
const CORE_BUDGET_GZIP = 20 * 1024;
/** Issue 23: every component the board loads on a record page, the scoring engine included. */
const BOARD_BUDGET_GZIP = 25 * 1024;

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

interface CpuProfile {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
}

/** Self time per function over the profiles, the largest first, per profiled unit. */
function dominantLines(profiles: readonly CpuProfile[], unit = 'load'): string[] {
    const selfTime = new Map<string, number>();
    for (const profile of profiles) {
        const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
        profile.samples.forEach((id, index) => {
            // The first sample's delta runs from the profiler's start, which is not the page's work.
            if (index === 0) return;
            const frame = byNode.get(id)?.callFrame;
            const name =
                frame === undefined
                    ? '(unknown)'
                    : frame.url === ''
                      ? frame.functionName || '(program)'
                      : `${frame.functionName || '(anonymous)'} (${frame.url.split('/').pop()}:${frame.lineNumber + 1})`;
            selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
        });
    }
    // The browser's own work between mounts (the bench's round trips) is not the board's.
    const work = [...selfTime].filter(([name]) => !['(idle)', '(program)'].includes(name));
    const total = work.reduce((sum, [, time]) => sum + time, 0);
    const count = Math.max(profiles.length, 1);
    return work
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(
            ([name, time]) =>
                `${((100 * time) / total).toFixed(0).padStart(3)} %  ${(time / count).toFixed(2).padStart(6)} ms/${unit}  ${name}`,
        );
}

/** Self time per function over the profiled mounts, the largest first. */
async function dominantWork(page: Page, mounts: number): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let mount = 0; mount < mounts; mount += 1) await remount(page);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.detach();
    return dominantLines([profile], 'mount');
}

/**
 * Page init script for the profiled cold loads (`&profile=1`): the CPU profile runs from the board's
 * data mark to its render measure, started and stopped in the page itself, so it covers exactly that.
 */
function profileColdRender(names: { data: string; render: string }): void {
    if (!window.location.search.includes('profile=1')) return;
    const mark = performance.mark.bind(performance);
    const measure = performance.measure.bind(performance);
    performance.mark = (...args: Parameters<typeof performance.mark>) => {
        const entry = mark(...args);
        if (args[0] === names.data) console.profile('cold-render');
        // The pipeline view marks its render instead of measuring it.
        if (args[0] === names.render) console.profileEnd('cold-render');
        return entry;
    };
    performance.measure = (...args: Parameters<typeof performance.measure>) => {
        const entry = measure(...args);
        if (args[0] === names.render) console.profileEnd('cold-render');
        return entry;
    };
}

interface ColdLoad {
    /** Last data response → the board's first complete render (ms). */
    render: number;
    toData: number;
    dataToRender: number;
    scriptToBoard: number;
    boardToData: number;
    /** The server calls before the render, in the order they started, with their times. */
    calls: string[];
}

/** One fresh page's timeline, read from its performance entries once the board has rendered. */
async function coldLoad(page: Page): Promise<ColdLoad> {
    const names = { data: DATA_MARK, render: RENDER_MEASURE, start: START_MARK };
    await page.waitForFunction(
        (render) => performance.getEntriesByName(render).length > 0,
        RENDER_MEASURE,
    );
    return page.evaluate((marks) => {
        // No inner functions: tsx would wrap them in a helper the page does not have.
        const [measure] = performance.getEntriesByName(marks.render);
        const [start] = performance.getEntriesByName(marks.start);
        const [data] = performance.getEntriesByName(marks.data);
        if (measure === undefined || start === undefined || data === undefined)
            throw new Error(`the board left out one of ${Object.values(marks).join(', ')}`);
        const renderEnd = measure.startTime + measure.duration;
        const boardStart = start.startTime;
        const dataAt = data.startTime;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const calls = resources
            .filter((call) => /\/api\/(records|apex)\//.test(call.name))
            .filter((call) => call.responseEnd <= renderEnd)
            .sort((a, b) => a.startTime - b.startTime);
        const lastResponse = Math.max(...calls.map((call) => call.responseEnd));
        const script = resources.find((resource) => resource.name.includes('/assets/app.js'));
        return {
            render: renderEnd - lastResponse,
            toData: dataAt - lastResponse,
            dataToRender: renderEnd - dataAt,
            scriptToBoard: boardStart - (script?.responseEnd ?? 0),
            boardToData: lastResponse - boardStart,
            calls: calls.map((call) => {
                const url = new URL(call.name);
                const kind = url.pathname.startsWith('/api/apex/')
                    ? `Apex ${url.pathname.slice('/api/apex/'.length).replace('/', '.')}`
                    : `getRecord (${(url.searchParams.get('optionalFields') ?? '').split(',').filter(Boolean).length} optional fields)`;
                const sent = (call.startTime - boardStart).toFixed(1).padStart(6);
                const answered = (call.responseEnd - boardStart).toFixed(1).padStart(6);
                return `sent ${sent}  answered ${answered}  ${kind}`;
            }),
        };
    }, names);
}

async function main(): Promise<void> {
    const { build } = await sharedBuild();
    // `npm run bench:ui -- --size`: what the board's JavaScript weighs, alone and without a browser.
    if (process.argv.includes('--size')) {
        await printComponentSizes(build);
        return;
    }
    const chromium = await launchChromium();
    // `npm run bench:ui -- --pipeline`: the pipeline view's section alone.
    if (process.argv.includes('--pipeline')) {
        try {
            await benchPipeline(chromium.browser, build);
        } finally {
            await chromium.close();
        }
        return;
    }
    const session = await openSession(chromium.browser, { width: 1280, height: 800 });
    try {
        const { page, apiCalls } = session;
        // The board alone: the preview page's highlights panel would add its own getRecord.
        const canvas = `/record/${OPPORTUNITY_ID}?layout=canvas&highlights=0&bench=1`;

        await session.open(canvas);
        // The trend asks for its one field only after the board has rendered: counted apart.
        await page
            .locator(
                '[data-id="trend-summary"], [data-id="trend-first"], [data-id="trend-empty"], [data-id="trend-unavailable"]',
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
        const colds: ColdLoad[] = [];
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        const coldProfiles: CpuProfile[] = [];
        cdp.on('Profiler.consoleProfileFinished', (event) => {
            coldProfiles.push(event.profile as unknown as CpuProfile);
        });
        await page.addInitScript(profileColdRender, {
            data: DATA_MARK,
            render: RENDER_MEASURE,
        });
        for (let load = 0; load < COLD_LOADS; load += 1) {
            const started = performance.now();
            await session.open(canvas);
            navigations.push(performance.now() - started);
            colds.push(await coldLoad(page));
        }
        console.log(
            `Page navigation to the Beyond-BANT canvas (goto → summary visible), median of ${COLD_LOADS}: ${summary(navigations)}`,
        );
        console.log(
            `Cold first render, from the page's own performance entries on ${COLD_LOADS} fresh page loads:`,
        );
        console.log(
            `  last data response → all eleven tiles rendered: ${summary(colds.map((cold) => cold.render))}`,
        );
        console.log(
            `    of which last response → board holds config and record (fetch body, LDS): ${summary(colds.map((cold) => cold.toData))}`,
        );
        console.log(
            `    of which board holds data → board's renderedCallback: ${summary(colds.map((cold) => cold.dataToRender))}`,
        );
        console.log(
            `  page script evaluated → board connected: ${summary(colds.map((cold) => cold.scriptToBoard))}; board connected → last data response: ${summary(colds.map((cold) => cold.boardToData))}`,
        );
        const first = colds[0];
        if (first !== undefined) {
            console.log('Server calls of a cold load in order (ms after the board connected):');
            for (const call of first.calls) console.log(`  ${call}`);
        }
        // Profiled apart: the profiler's own overhead would inflate the loads measured above.
        for (let load = 0; load < PROFILED_LOADS; load += 1) {
            await session.open(`${canvas}&profile=1`);
            await coldLoad(page);
        }
        console.log(
            `What dominates the cold render (CPU profile of each load from "board holds data" to its render, ${coldProfiles.length} loads, self time):`,
        );
        for (const line of dominantLines(coldProfiles)) console.log(`  ${line}`);
        await cdp.detach();

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

        await printComponentSizes(build);
        await benchPipeline(chromium.browser, build);
    } finally {
        await session.close();
        await chromium.close();
    }
}

/**
 * What a rep's record page downloads for the board (issue 12's budget for board, panel and engine; issue
 * 23's for everything). Lightning serves each component as its own minified module, which the page
 * script's slice of a component is not (servedModules.ts says why); the board loads every module it
 * names, and theirs, all at its first render.
 */
async function printComponentSizes(build: ClientBuild): Promise<void> {
    const forceApp = path.join(PROJECT_ROOT, 'force-app');
    const served = new Map<string, ServedModule>();
    for (const size of build.bundleSizes)
        served.set(size.bundle, await serveModule(forceApp, size.bundle));
    const minified = (bundle: string): number => served.get(bundle)?.gzipBytes ?? 0;
    console.log(
        'Compiled JavaScript per component (LWC 8.28.2 compiler): its part of the page script, and its module as Lightning serves it (compiled on its own, minified with esbuild):',
    );
    for (const size of build.bundleSizes) {
        console.log(
            `  ${size.bundle.padEnd(28)} ${String(size.bytes).padStart(7)} bytes  ${String(size.gzipBytes).padStart(6)} bytes gzip  ${String(minified(size.bundle)).padStart(6)} bytes gzip minified module`,
        );
    }
    const total = build.bundleSizes.reduce((sum, size) => sum + size.bytes, 0);
    console.log(`  ${'all force-app components'.padEnd(28)} ${String(total).padStart(7)} bytes`);
    const coreGzip = CORE_BUNDLES.reduce((sum, bundle) => sum + minified(bundle), 0);
    console.log(
        `  ${'board + panel + engine'.padEnd(28)} ${''.padStart(7)}        ${String(coreGzip).padStart(6)} bytes gzip minified (${CORE_BUNDLES.map((bundle) => `${bundle} ${minified(bundle)}`).join(', ')}); budget ${CORE_BUDGET_GZIP}: ${coreGzip <= CORE_BUDGET_GZIP ? 'within' : 'OVER'}`,
    );
    // Every module the board names, followed through: all of them load with it, none later.
    const board = await modulesLoadedBy(forceApp, 'qualificationBoard');
    const boardGzip = gzipTogether(board);
    const separateGzip = board.reduce((sum, module) => sum + module.gzipBytes, 0);
    console.log(
        `  ${'everything the board loads'.padEnd(28)} ${''.padStart(7)}        ${String(boardGzip).padStart(6)} bytes gzip minified, its ${board.length} modules in one response (${separateGzip} bytes if each came gzipped on its own); budget ${BOARD_BUDGET_GZIP}: ${boardGzip <= BOARD_BUDGET_GZIP ? 'within' : 'OVER'}`,
    );
    console.log(
        `    ${[...board]
            .sort((a, b) => b.gzipBytes - a.gzipBytes)
            .map((module) => `${module.name} ${module.gzipBytes}`)
            .join(', ')}`,
    );
    console.log(
        `  ${'whole page script'.padEnd(28)} ${String(Buffer.byteLength(build.code)).padStart(7)} bytes  ${String(gzipSync(build.code).length).padStart(6)} bytes gzip (LWC engine, synthetic shadow, fakes included)`,
    );
}

// ─── Pipeline view (issue 21) ────────────────────────────────────────────────────────────────────
// The preview's /pipeline app page over 2,400 seeded Opportunities: server calls per page, the view's
// own render of 50 rows after their data arrived (cold page and warm), the next page, long tasks while
// scrolling, what dominates, and the gzip size of the view's JavaScript.

const PIPELINE_DATA_MARK = 'beyond-bant:pipeline:data';
const PIPELINE_RENDER_MARK = 'beyond-bant:pipeline:rendered';
const PIPELINE_BUNDLES = [
    'qualificationPipeline',
    'qualificationPipelineRows',
    'qualificationPipelineModel',
];
const PIPELINE_RUNS = 20;
const PIPELINE_GOAL_MS = 100;

interface TraceEvent {
    name: string;
    ph: string;
    ts: number;
    dur?: number;
    pid: number;
    tid: number;
    args?: { name?: string };
}

/**
 * The renderer's tasks over 50 ms in a Chromium trace, and within them the time of each kind of work
 * (script, style, layout, paint, GC, …): the outermost timeline event under each task, summed by name.
 */
function longTaskWork(events: readonly TraceEvent[]): string[] {
    // The page's main thread: the renderer thread Chromium names CrRendererMain.
    const mainThreads = new Set(
        events
            .filter(
                (event) =>
                    event.ph === 'M' &&
                    event.name === 'thread_name' &&
                    event.args?.name === 'CrRendererMain',
            )
            .map((event) => `${event.pid}:${event.tid}`),
    );
    const complete = events.filter(
        (event) =>
            event.ph === 'X' &&
            event.dur !== undefined &&
            mainThreads.has(`${event.pid}:${event.tid}`),
    );
    const tasks = complete.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000);
    const byName = new Map<string, number>();
    for (const task of tasks) {
        const end = task.ts + (task.dur ?? 0);
        const inside = complete
            .filter(
                (event) =>
                    event !== task &&
                    event.tid === task.tid &&
                    event.pid === task.pid &&
                    event.ts >= task.ts &&
                    event.ts + (event.dur ?? 0) <= end,
            )
            .sort((a, b) => a.ts - b.ts);
        // Only the outermost events: a nested one's time is already in its parent's.
        let coveredUntil = -1;
        for (const event of inside) {
            if (event.ts < coveredUntil) continue;
            coveredUntil = event.ts + (event.dur ?? 0);
            byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
        }
    }
    if (tasks.length === 0) return ['no task over 50 ms on the main thread of the page'];
    const total = tasks.reduce((sum, task) => sum + (task.dur ?? 0) / 1000, 0);
    return [
        `${tasks.length} task(s) over 50 ms, ${total.toFixed(0)} ms in all; of it:`,
        ...[...byName]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 8)
            .map(([name, time]) => `  ${time.toFixed(1).padStart(7)} ms  ${name}`),
    ];
}

const SCROLL_RUNS = 3;

interface ScrollRun {
    /** Durations of the main thread's tasks over 50 ms that started while scrolling. */
    longTasks: number[];
    appendRenders: number[];
    rows: number;
}

/**
 * A fresh /pipeline page scrolled to the end of its grid five times, each time loading the next page
 * of 50; `beforeScrolling` starts a profiler or a trace once the first page is in.
 */
async function scrollPipeline(
    page: Page,
    url: string,
    beforeScrolling?: () => Promise<void>,
): Promise<ScrollRun> {
    await page.goto(url);
    await waitForPipelineRows(page, 50);
    // Long tasks of the page load itself may be reported late: only those that start after this count.
    await page.waitForTimeout(500);
    const scrollStart = await page.evaluate(() => performance.now());
    await beforeScrolling?.();
    const appendRenders: number[] = [];
    for (let pageNumber = 2; pageNumber <= 6; pageNumber += 1) {
        // page.evaluate, not a locator: a locator's own work in the page (an element preview for its
        // log) would run on the main thread whose long tasks are counted here.
        await page.evaluate(() => {
            const host = document.querySelector('c-qualification-pipeline');
            const box = (host?.shadowRoot ?? host)?.querySelector('.pipeline__scroll');
            if (box) box.scrollTop = box.scrollHeight;
        });
        await waitForPipelineRows(page, pageNumber * 50);
        appendRenders.push(await lastPipelineRender(page));
    }
    await page.waitForTimeout(500);
    const longTasks = await page.evaluate(
        (start) =>
            (
                window as unknown as {
                    __BB_LONG_TASKS__: Array<{ start: number; duration: number }>;
                }
            ).__BB_LONG_TASKS__
                .filter((task) => task.start >= start)
                .map((task) => task.duration),
        scrollStart,
    );
    return { longTasks, appendRenders, rows: await pipelineRows(page) };
}

/** Time from the latest data mark to the render mark after it, in the page. */
function lastPipelineRender(page: Page): Promise<number> {
    return page.evaluate(
        ({ data, render }) => {
            const datas = performance.getEntriesByName(data);
            const renders = performance.getEntriesByName(render);
            const lastData = datas[datas.length - 1];
            const lastRender = renders[renders.length - 1];
            if (lastData === undefined || lastRender === undefined)
                throw new Error('no pipeline marks');
            return lastRender.startTime - lastData.startTime;
        },
        { data: PIPELINE_DATA_MARK, render: PIPELINE_RENDER_MARK },
    );
}

async function pipelineRows(page: Page): Promise<number> {
    return page.locator('c-qualification-pipeline tbody tr').count();
}

async function waitForPipelineRows(page: Page, rows: number): Promise<void> {
    await page.waitForFunction(
        (count) => {
            // Each loaded page's rows are a c-qualification-pipeline-rows with a shadow root of its own.
            const host = document.querySelector('c-qualification-pipeline');
            const pages = (host?.shadowRoot ?? host)?.querySelectorAll(
                'c-qualification-pipeline-rows',
            );
            let rows = (host?.shadowRoot ?? host)?.querySelectorAll('tbody tr').length ?? 0;
            for (const rowsOfPage of Array.from(pages ?? []))
                rows += (rowsOfPage.shadowRoot ?? rowsOfPage).querySelectorAll('tr').length;
            return rows >= count;
        },
        rows,
        { timeout: 20_000 },
    );
}

async function benchPipeline(
    browser: Parameters<typeof openSession>[0],
    build: Awaited<ReturnType<typeof sharedBuild>>['build'],
): Promise<void> {
    console.log('');
    console.log('Pipeline view (/pipeline, 2,400 seeded open Opportunities, "all I can see"):');
    const session = await openSession(browser, { width: 1440, height: 900 });
    try {
        const { page, apiCalls } = session;
        const url = `${session.server.url}/pipeline?lang=en&filter=all`;
        await page.addInitScript(() => {
            const tasks: Array<{ start: number; duration: number }> = [];
            (window as unknown as { __BB_LONG_TASKS__: typeof tasks }).__BB_LONG_TASKS__ = tasks;
            new PerformanceObserver((list) => {
                for (const entry of list.getEntries())
                    tasks.push({ start: entry.startTime, duration: entry.duration });
            }).observe({ type: 'longtask', buffered: true });
        });
        apiCalls.length = 0;
        await page.goto(url);
        await waitForPipelineRows(page, 50);
        console.log(
            `  Server calls for the first page: ${apiCalls.length} (${countByKind(apiCalls)})`,
        );
        apiCalls.length = 0;
        const nextStarted = performance.now();
        await page.locator('c-qualification-pipeline .pipeline__more').click();
        await waitForPipelineRows(page, 100);
        const nextShown = performance.now() - nextStarted;
        console.log(
            `  Server calls for each further page: ${apiCalls.length} (${countByKind(apiCalls)})`,
        );
        console.log(
            `  Time to show the next page (click → 100 rows in the DOM, local server): ${nextShown.toFixed(1)} ms; of it the view's own render after the data: ${(await lastPipelineRender(page)).toFixed(1)} ms`,
        );

        const cold: number[] = [];
        for (let run = 0; run < PIPELINE_RUNS; run += 1) {
            await page.goto(url);
            await waitForPipelineRows(page, 50);
            cold.push(await lastPipelineRender(page));
        }
        // Profiled apart, from the data mark to the render mark of each load (the profiler slows it).
        const coldProfiles: CpuProfile[] = [];
        const coldCdp = await page.context().newCDPSession(page);
        await coldCdp.send('Profiler.enable');
        await coldCdp.send('Profiler.setSamplingInterval', { interval: 100 });
        coldCdp.on('Profiler.consoleProfileFinished', (event) => {
            coldProfiles.push(event.profile as unknown as CpuProfile);
        });
        await page.addInitScript(profileColdRender, {
            data: PIPELINE_DATA_MARK,
            render: PIPELINE_RENDER_MARK,
        });
        for (let load = 0; load < PROFILED_LOADS; load += 1) {
            await page.goto(`${url}&profile=1`);
            await waitForPipelineRows(page, 50);
            // The profile arrives over the CDP session once the render mark ended it.
            for (let wait = 0; coldProfiles.length <= load && wait < 100; wait += 1)
                await page.waitForTimeout(50);
        }
        await coldCdp.detach();
        await page.goto(url);
        await waitForPipelineRows(page, 50);
        // Warm: the same page renders a fresh first page of 50 rows after each filter change.
        const warm: number[] = [];
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        const scopes = ['team', 'all'];
        for (let run = 0; run < PIPELINE_RUNS; run += 1) {
            const before = await page.evaluate(
                (name) => performance.getEntriesByName(name).length,
                PIPELINE_RENDER_MARK,
            );
            await page
                .locator('c-qualification-pipeline select[data-filter="scope"]')
                .selectOption(scopes[run % 2] ?? 'all');
            await page.waitForFunction(
                ({ name, count }) => performance.getEntriesByName(name).length > count,
                { name: PIPELINE_RENDER_MARK, count: before },
            );
            warm.push(await lastPipelineRender(page));
        }
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        await cdp.detach();
        const coldMedian = median(cold);
        const warmMedian = median(warm);
        console.log(
            `  The view's own render of the first 50 rows after the data arrived, median of ${PIPELINE_RUNS}: cold page ${summary(cold)}; warm ${summary(warm)}; goal ≤ ${PIPELINE_GOAL_MS} ms: ${coldMedian <= PIPELINE_GOAL_MS && warmMedian <= PIPELINE_GOAL_MS ? 'met' : 'NOT met'}`,
        );
        console.log(
            `  What dominates the cold renders (CPU profile of ${coldProfiles.length} fresh page loads from the data mark to the render mark, self time):`,
        );
        for (const line of dominantLines(coldProfiles)) console.log(`    ${line}`);
        console.log(
            `  What dominates the warm renders (CPU profile of ${PIPELINE_RUNS} filter changes, self time):`,
        );
        for (const line of dominantLines([profile], `${PIPELINE_RUNS} renders`))
            console.log(`    ${line}`);

        // Scrolling: to the end of the grid again and again, each time loading the next page. Counted on
        // SCROLL_RUNS fresh pages without any profiler; then once more, traced and profiled, to say why.
        const runs: ScrollRun[] = [];
        for (let run = 0; run < SCROLL_RUNS; run += 1) runs.push(await scrollPipeline(page, url));
        for (const [index, run] of runs.entries()) {
            console.log(
                `  Long tasks while scrolling to 300 rows (5 pages loaded on scroll), run ${index + 1} of ${SCROLL_RUNS}: ${run.longTasks.length} over 50 ms${run.longTasks.length > 0 ? ` (${run.longTasks.map((task) => task.toFixed(0)).join(', ')} ms), longest ${Math.max(...run.longTasks).toFixed(0)} ms` : ''}; the view's own render of each page appended (data → rendered): ${run.appendRenders.map((time) => time.toFixed(1)).join(', ')} ms; rows now ${run.rows}`,
            );
        }
        const scrollCdp = await page.context().newCDPSession(page);
        await scrollCdp.send('Profiler.enable');
        await scrollCdp.send('Profiler.setSamplingInterval', { interval: 100 });
        const traced = await scrollPipeline(page, url, async () => {
            await scrollCdp.send('Profiler.start');
            await browser.startTracing(page, {
                categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
            });
        });
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
            traceEvents: TraceEvent[];
        };
        const { profile: scrollProfile } = (await scrollCdp.send('Profiler.stop')) as {
            profile: CpuProfile;
        };
        await scrollCdp.detach();
        console.log(
            `  What the main thread did in its tasks over 50 ms while scrolling (one more run, traced and profiled: ${traced.longTasks.length} long tasks; Chromium trace, time per kind of work):`,
        );
        for (const line of longTaskWork(trace.traceEvents)) console.log(`    ${line}`);
        console.log('  What dominates while scrolling (CPU profile of that run, self time):');
        for (const line of dominantLines([scrollProfile], 'scroll of 5 pages'))
            console.log(`    ${line}`);

        let gzip = 0;
        for (const bundle of PIPELINE_BUNDLES) {
            const { code } = await transform(build.bundleCode[bundle] ?? '', {
                minify: true,
                target: 'es2022',
            });
            const bytes = gzipSync(code).length;
            gzip += bytes;
            console.log(`  ${bundle.padEnd(28)} ${String(bytes).padStart(6)} bytes gzip minified`);
        }
        console.log(
            `  ${'the view in all'.padEnd(28)} ${String(gzip).padStart(6)} bytes gzip minified`,
        );
    } finally {
        await session.close();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
});
