/**
 * npm run bench:rescore — rescore throughput, CPU cost and memory at 100,000 and 1,000,000 Leads
 * against the loopback fake org. Prints numbers; asserts nothing about time.
 *
 * What is measured, per size, in a fresh child process running only the rescore tool:
 * - records/s end to end: records evaluated divided by wall time from the query job's creation to
 *   the last ingest job's results (query, streaming, evaluation, uploads of the ~10 % changed
 *   records);
 * - the tool's own CPU time per record (user + system), and where it goes (a CPU profile of the
 *   run, by area and by function);
 * - the fake org's CPU time per record (this process): it serves pages rendered before the run
 *   starts, so it stays a small fraction of the tool's;
 * - peak RSS and peak V8 heapUsed of the tool's process alone (the fake org's pages are held here,
 *   in the parent), sampled every 20 ms, and their ratio between the largest and smallest size:
 *   flat memory keeps it near 1.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadCatalog } from '../lib/catalog';
import { FakeSalesforce } from '../ops/fake/fakeSalesforce';
import { scorerFromCatalog } from '../lib/recordScorer';
import { rescoreQuery } from '../ops/rescore/runRescore';
import type { CpuSummary } from './cpuProfileSummary';
import { BENCH_PAGE_SIZE, syntheticLeads } from './rescoreSyntheticLeads';

interface Measurement {
    processed: number;
    changed: number;
    failed: number;
    seconds: number;
    cpuSeconds: number;
    baselineRss: number;
    peakRss: number;
    peakHeap: number;
    cpuProfile: CpuSummary;
    /** The fake org's CPU time while the tool ran. */
    fakeCpuSeconds: number;
}

const SIZES = (process.env.BENCH_RESCORE_SIZES ?? '100000,1000000').split(',').map(Number);
const MB = 1024 * 1024;

async function runSize(size: number): Promise<Measurement> {
    const scorer = scorerFromCatalog(loadCatalog());
    const fake = await new FakeSalesforce({
        synthetic: { Lead: syntheticLeads(size, scorer) },
    }).start();
    fake.prerender('Lead', rescoreQuery(scorer, 'Lead'), BENCH_PAGE_SIZE);
    try {
        let fakeCpu: NodeJS.CpuUsage | undefined;
        const output = await new Promise<string>((resolve, reject) => {
            const child = spawn(
                process.execPath,
                ['--import', 'tsx', join(__dirname, 'rescoreWorker.ts')],
                {
                    env: {
                        ...process.env,
                        SF_INSTANCE_URL: fake.instanceUrl,
                        SF_ACCESS_TOKEN: fake.accessToken,
                        SF_TARGET_ORG: '',
                    },
                    stdio: ['ignore', 'pipe', 'inherit'],
                },
            );
            // The fake's first request is the query job: its CPU time counts from there.
            const fakeCpuBefore = process.cpuUsage();
            let text = '';
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
            child.on('error', reject);
            child.on('close', (code) => {
                fakeCpu = process.cpuUsage(fakeCpuBefore);
                if (code === 0) resolve(text);
                else reject(new Error(`the rescore worker exited with ${code}`));
            });
        });
        const measurement = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measurement;
        if (measurement.processed !== size)
            throw new Error(`rescore evaluated ${measurement.processed} of ${size} records`);
        if (fake.ingestRowsReceived !== measurement.changed) {
            throw new Error(
                `the fake org received ${fake.ingestRowsReceived} update rows, rescore reported ${measurement.changed} changed`,
            );
        }
        measurement.fakeCpuSeconds = fakeCpu ? (fakeCpu.user + fakeCpu.system) / 1e6 : 0;
        return measurement;
    } finally {
        await fake.stop();
    }
}

const microseconds = (seconds: number, records: number) => ((seconds * 1e6) / records).toFixed(1);

async function main(): Promise<void> {
    const results: Array<[number, Measurement]> = [];
    for (const size of SIZES) {
        process.stderr.write(
            `rescore benchmark: ${size.toLocaleString('en-US')} synthetic Leads…\n`,
        );
        results.push([size, await runSize(size)]);
    }
    const out = (text: string) => process.stdout.write(`${text}\n`);
    out(`\nrescore (Bulk API 2.0 against the loopback fake org, Node ${process.version})`);
    out(
        'records     changed    seconds   records/s   tool CPU µs/rec   fake CPU µs/rec   baseline RSS   peak RSS   peak heapUsed',
    );
    for (const [size, m] of results) {
        out(
            `${String(size).padEnd(11)} ${String(m.changed).padEnd(10)} ${m.seconds.toFixed(1).padStart(7)}   ${Math.round(
                m.processed / m.seconds,
            )
                .toString()
                .padStart(
                    9,
                )}   ${microseconds(m.cpuSeconds, m.processed).padStart(15)}   ${microseconds(
                m.fakeCpuSeconds,
                m.processed,
            ).padStart(15)}   ${(m.baselineRss / MB).toFixed(0).padStart(9)} MB   ${(m.peakRss / MB)
                .toFixed(0)
                .padStart(5)} MB   ${(m.peakHeap / MB).toFixed(0).padStart(10)} MB`,
        );
    }
    const [largestSize, largest] = results[results.length - 1] as [number, Measurement];
    const perRecord = (share: number) =>
        `${((share * largest.cpuSeconds * 1e6) / largest.processed).toFixed(2).padStart(6)} µs  ${(share * 100).toFixed(0).padStart(3)} %`;
    out(
        `\nwhere the tool's CPU time goes at ${largestSize.toLocaleString('en-US')} records (CPU profile, per record):`,
    );
    for (const area of largest.cpuProfile.areas) out(`  ${perRecord(area.share)}  ${area.name}`);
    out('top functions (self time):');
    for (const fn of largest.cpuProfile.functions) out(`  ${perRecord(fn.share)}  ${fn.name}`);
    if (results.length >= 2) {
        const [smallestSize, small] = results[0] as [number, Measurement];
        const ratio = largest.peakRss / small.peakRss;
        const megabytes = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
        out(
            `\nmemory ratio, the tool's peak at ${largestSize.toLocaleString('en-US')} records over ${smallestSize.toLocaleString('en-US')}:`,
        );
        out(
            `  RSS       ${megabytes(largest.peakRss)} / ${megabytes(small.peakRss)} = ${ratio.toFixed(2)} (acceptance ≤ 1.50: ${ratio <= 1.5 ? 'OK' : 'EXCEEDED'})`,
        );
        out(
            `  heapUsed  ${megabytes(largest.peakHeap)} / ${megabytes(small.peakHeap)} = ${(largest.peakHeap / small.peakHeap).toFixed(2)}`,
        );
    }
}

main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
