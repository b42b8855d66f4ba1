/**
 * npm run bench:ui: the board in headless Chromium against the preview server. Prints the server calls
 * to render and to save, the time to first render of the Beyond-BANT canvas (median of 20 loads) and the
 * gzip size of each component's compiled JavaScript. Prints numbers only; asserts nothing about time.
 */
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../preview/e2e/browser';
import { OPPORTUNITY_ID, openSession, sharedBuild } from '../preview/e2e/harness';

const LOADS = 20;

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

async function main(): Promise<void> {
    const { build } = await sharedBuild();
    const chromium = await launchChromium();
    const session = await openSession(chromium.browser);
    try {
        const { page, apiCalls } = session;
        // The board alone: the preview page's highlights panel would add its own getRecord.
        const canvas = `/record/${OPPORTUNITY_ID}?layout=canvas&highlights=0`;

        await session.open(canvas);
        const renderCalls = [...apiCalls];
        console.log(
            `Server calls to render the canvas: ${renderCalls.length} (${countByKind(renderCalls)})`,
        );

        apiCalls.length = 0;
        await page
            .locator('section[data-key="Budget"] label:has(input[value="Partly_Met"])')
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

        const timings: number[] = [];
        for (let load = 0; load < LOADS; load += 1) {
            const started = performance.now();
            await session.open(canvas);
            timings.push(performance.now() - started);
        }
        console.log(
            `Time to first render of the Beyond-BANT canvas (navigation → summary visible), median of ${LOADS}: ${median(timings).toFixed(0)} ms` +
                ` (min ${Math.min(...timings).toFixed(0)}, max ${Math.max(...timings).toFixed(0)})`,
        );

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
