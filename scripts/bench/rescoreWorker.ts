/**
 * One measured rescore run in its own process, so each size starts from a clean heap and the
 * numbers cover the tool alone (the fake org runs in the parent). Prints one JSON line: the counts,
 * wall seconds, the process's CPU time, peak memory and where the CPU time went (a V8 CPU profile
 * sampled every millisecond during the run, which costs well under 1 % of it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
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
import { summariseCpuProfile } from './cpuProfileSummary';
import { MemorySampler } from './memorySampler';
import { BENCH_PAGE_SIZE } from './rescoreSyntheticLeads';

async function measure(): Promise<void> {
    const directory = mkdtempSync(join(tmpdir(), 'bb-bench-rescore-'));
    const scorer = scorerFromCatalog(loadCatalog());
    const session = await resolveSession({});
    const inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 1000 });
    const memory = new MemorySampler();
    await inspector.post('Profiler.start');
    const cpuBefore = process.cpuUsage();
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
            pageSize: BENCH_PAGE_SIZE,
            maxPendingJobs: 5,
            progress: new ProgressBar(),
        });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const cpu = process.cpuUsage(cpuBefore);
        const { profile } = (await inspector.post('Profiler.stop')) as {
            profile: Profiler.Profile;
        };
        memory.stop();
        process.stdout.write(
            `${JSON.stringify({
                ...summary,
                seconds,
                cpuSeconds: (cpu.user + cpu.system) / 1e6,
                baselineRss: memory.baselineRss,
                peakRss: memory.peakRss,
                peakHeap: memory.peakHeap,
                cpuProfile: summariseCpuProfile(profile),
            })}\n`,
        );
    } finally {
        memory.stop();
        inspector.disconnect();
        rmSync(directory, { recursive: true, force: true });
    }
}

measure().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
