/**
 * npm run bench:rescore — rescore throughput and memory at 100,000 and 1,000,000 Leads against the
 * loopback fake org. Prints numbers; asserts nothing about time.
 *
 * What is measured, per size, in a fresh child process running only the rescore tool:
 * - records/s: records evaluated divided by wall time from the query job's creation to the last
 *   ingest job's results (query, streaming, evaluation, uploads of the ~10 % changed records);
 * - peak RSS and peak V8 heapUsed, sampled every 20 ms.
 * The fake org (this process) generates result pages from record indices, so it holds no records.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadCatalog } from '../lib/catalog';
import { FakeSalesforce } from '../ops/fake/fakeSalesforce';
import { scorerFromCatalog } from '../lib/recordScorer';
import { syntheticLeads } from './rescoreSyntheticLeads';

interface Measurement {
    processed: number;
    changed: number;
    failed: number;
    seconds: number;
    baselineRss: number;
    peakRss: number;
    peakHeap: number;
}

const SIZES = (process.env.BENCH_RESCORE_SIZES ?? '100000,1000000').split(',').map(Number);
const MB = 1024 * 1024;

async function runSize(size: number): Promise<Measurement> {
    const scorer = scorerFromCatalog(loadCatalog());
    const fake = await new FakeSalesforce({
        synthetic: { Lead: syntheticLeads(size, scorer) },
    }).start();
    try {
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
            let text = '';
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
            child.on('error', reject);
            child.on('close', (code) =>
                code === 0
                    ? resolve(text)
                    : reject(new Error(`the rescore worker exited with ${code}`)),
            );
        });
        const measurement = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measurement;
        if (measurement.processed !== size)
            throw new Error(`rescore evaluated ${measurement.processed} of ${size} records`);
        if (fake.ingestRowsReceived !== measurement.changed) {
            throw new Error(
                `the fake org received ${fake.ingestRowsReceived} update rows, rescore reported ${measurement.changed} changed`,
            );
        }
        return measurement;
    } finally {
        await fake.stop();
    }
}

async function main(): Promise<void> {
    const results: Array<[number, Measurement]> = [];
    for (const size of SIZES) {
        process.stderr.write(
            `rescore benchmark: ${size.toLocaleString('en-US')} synthetic Leads…\n`,
        );
        results.push([size, await runSize(size)]);
    }
    process.stdout.write(
        '\nrescore (Bulk API 2.0 against the loopback fake org, Node ' + process.version + ')\n',
    );
    process.stdout.write(
        'records     changed    seconds   records/s   baseline RSS   peak RSS   peak heapUsed\n',
    );
    for (const [size, m] of results) {
        process.stdout.write(
            `${String(size).padEnd(11)} ${String(m.changed).padEnd(10)} ${m.seconds.toFixed(1).padStart(7)}   ${Math.round(
                m.processed / m.seconds,
            )
                .toString()
                .padStart(
                    9,
                )}   ${(m.baselineRss / MB).toFixed(0).padStart(9)} MB   ${(m.peakRss / MB).toFixed(0).padStart(5)} MB   ${(m.peakHeap / MB).toFixed(0).padStart(10)} MB\n`,
        );
    }
    if (results.length >= 2) {
        const [, small] = results[0] as [number, Measurement];
        const [, large] = results[results.length - 1] as [number, Measurement];
        const ratio = large.peakRss / small.peakRss;
        process.stdout.write(
            `peak RSS ratio largest/smallest: ${ratio.toFixed(2)} (acceptance: ≤ 1.50) ${ratio <= 1.5 ? 'OK' : 'EXCEEDED'}\n`,
        );
    }
}

main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
