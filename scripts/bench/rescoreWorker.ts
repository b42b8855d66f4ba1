/**
 * One measured rescore run in its own process, so each size starts from a clean heap and the
 * numbers cover the tool alone (the fake org runs in the parent). Prints one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../lib/catalog';
import { Bulk2 } from '../ops/lib/bulk2';
import { CheckpointFile } from '../ops/lib/checkpoint';
import { CsvReportFile } from '../ops/lib/csvFile';
import { ProgressBar } from '../ops/lib/progress';
import { RestApi } from '../ops/lib/restApi';
import { scorerFromCatalog } from '../lib/recordScorer';
import { resolveSession } from '../ops/lib/session';
import { runRescore } from '../ops/rescore/runRescore';

async function measure(): Promise<void> {
    const directory = mkdtempSync(join(tmpdir(), 'bb-bench-rescore-'));
    const scorer = scorerFromCatalog(loadCatalog());
    const session = await resolveSession({});
    let peakRss = 0;
    let peakHeap = 0;
    const sample = () => {
        const usage = process.memoryUsage();
        peakRss = Math.max(peakRss, usage.rss);
        peakHeap = Math.max(peakHeap, usage.heapUsed);
    };
    sample();
    const baselineRss = peakRss;
    const sampler = setInterval(sample, 20);
    const started = process.hrtime.bigint();
    try {
        const [summary] = await runRescore({
            bulk: new Bulk2(new RestApi(session), { intervalMs: 5, timeoutMs: 600_000 }),
            scorer,
            objects: ['Lead'],
            checkpoint: new CheckpointFile(join(directory, 'checkpoint.json')),
            instanceHost: new URL(session.instanceUrl).host,
            restart: true,
            failures: new CsvReportFile(
                join(directory, 'failures.csv'),
                ['Object', 'Id', 'Error', 'Ingest job'],
                false,
            ),
            batchSize: 10_000,
            pageSize: 50_000,
            maxPendingJobs: 5,
            progress: new ProgressBar(),
        });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        sample();
        process.stdout.write(
            `${JSON.stringify({ ...summary, seconds, baselineRss, peakRss, peakHeap })}\n`,
        );
    } finally {
        clearInterval(sampler);
        rmSync(directory, { recursive: true, force: true });
    }
}

measure().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
