/**
 * npm run bench:calibrate — 100,000 closed deals (BENCH_CALIBRATE_DEALS to change it) of the
 * Beyond-BANT canvas from a CSV file through `npm run calibrate` in this process: reading,
 * statistics (1,000 bootstrap resamples, 5-fold cross-validation), the HTML report and the JSON.
 * Prints time per phase and peak memory; asserts nothing about time.
 */
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../lib/catalog';
import { csvText } from '../ops/lib/csv';
import { calibrate } from '../calibrate/calibrate';
import { syntheticRows } from '../calibrate/synthetic';
import { MemorySampler } from './memorySampler';

const DEALS = Number(process.env.BENCH_CALIBRATE_DEALS ?? 100_000);
const MB = 1024 * 1024;
const PART = 10_000;

async function main(): Promise<void> {
    const directory = mkdtempSync(join(tmpdir(), 'bench-calibrate-'));
    try {
        const catalog = loadCatalog();
        const file = join(directory, 'deals.csv');
        // Written in parts, so the benchmark's own data is not in memory while the tool runs.
        for (let first = 0; first < DEALS; first += PART) {
            const rows = syntheticRows({
                framework: catalog.framework('Beyond_BANT_Canvas'),
                deals: Math.min(PART, DEALS - first),
                firstIndex: first,
                seed: 1 + first,
                intercept: -2,
                effects: { Value_Fit: 1.4, Will_To_Change: 1.1, Goals: 0.5 },
                correlation: 0.3,
                blockerRate: 0.005,
                unexploredRate: 0.1,
            });
            const header = Object.keys(rows[0]!);
            const lines = rows.map((row) => header.map((column) => row[column]));
            appendFileSync(file, csvText(first === 0 ? [header, ...lines] : lines));
        }
        const size = statSync(file).size;

        const memory = new MemorySampler();
        const started = process.hrtime.bigint();
        let out = '';
        const code = await calibrate(
            [
                '--from-csv',
                file,
                '--html',
                join(directory, 'report.html'),
                '--json',
                join(directory, 'report.json'),
            ],
            { out: (text) => (out += text), err: (text) => process.stderr.write(text), catalog },
        );
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        memory.stop();
        if (code !== 0) throw new Error(`calibrate exited ${code}`);
        const lines = [
            ['deals', DEALS.toLocaleString('en-US')],
            ['CSV size', `${(size / MB).toFixed(1)} MB`],
            ['total time (read, statistics, HTML, JSON)', `${seconds.toFixed(1)} s`],
            ['deals per second', Math.round(DEALS / seconds).toLocaleString('en-US')],
            [
                'peak RSS',
                `${(memory.peakRss / MB).toFixed(0)} MB (baseline ${(memory.baselineRss / MB).toFixed(0)} MB)`,
            ],
            ['peak heap used', `${(memory.peakHeap / MB).toFixed(0)} MB`],
        ];
        process.stdout.write(
            `bench:calibrate\n${lines.map(([k, v]) => `  ${k!.padEnd(44)} ${v}`).join('\n')}\n${out}`,
        );
    } finally {
        rmSync(directory, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
