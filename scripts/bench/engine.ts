/**
 * Engine benchmark: evaluates the shipped Beyond-BANT canvas over random answer sets from a seeded
 * PRNG and prints evaluations per second and heap use. It prints numbers and asserts nothing about
 * time: machines differ. Run: `npm run bench [-- --count 1000000 --seed 42 --framework BANT]`.
 */
import { loadCatalog } from '../lib/catalog';
import {
    evaluate,
    RATING_VALUES,
} from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type {
    Answers,
    QualificationStatus,
} from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';

const BATCH = 10_000;

function option(name: string, fallback: string): string {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

function positiveInteger(name: string, fallback: number): number {
    const value = Number(option(name, String(fallback)));
    if (!Number.isInteger(value) || value < 1) {
        throw new Error(`--${name} must be a positive whole number (was ${option(name, '')})`);
    }
    return value;
}

/** mulberry32: tiny, fast and reproducible; quality is ample for picking ratings. */
function prng(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

// Mostly real ratings, some blanks, an occasional value the engine must report as invalid.
const RAW_VALUES: readonly unknown[] = [
    ...RATING_VALUES,
    ...RATING_VALUES,
    ...RATING_VALUES,
    null,
    undefined,
    'Maybe',
];

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

function main(): void {
    const count = positiveInteger('count', 1_000_000);
    const seed = positiveInteger('seed', 20_240_601);
    const framework = loadCatalog().framework(option('framework', 'Beyond_BANT_Canvas'));
    const keys = framework.dimensions.map((d) => d.key);
    const random = prng(seed);
    const randomAnswers = (): Answers => {
        const answers: Record<string, unknown> = {};
        for (const key of keys) {
            answers[key] = RAW_VALUES[Math.floor(random() * RAW_VALUES.length)];
        }
        return answers;
    };

    const statuses: Record<QualificationStatus, number> = {
        New: 0,
        Working: 0,
        Nurture: 0,
        Qualified: 0,
        Disqualified: 0,
    };
    let scoreSum = 0;
    let evaluatingNs = 0n;
    let peakHeap = 0;
    const heapBefore = process.memoryUsage().heapUsed;

    // Answers are generated per batch outside the timed section, so only evaluate() is measured.
    for (let done = 0; done < count; done += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, count - done) }, randomAnswers);
        const started = process.hrtime.bigint();
        for (const answers of batch) {
            const result = evaluate(framework, answers, { evaluationDay: '2026-03-01' });
            statuses[result.status]++;
            scoreSum += result.score;
        }
        evaluatingNs += process.hrtime.bigint() - started;
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }

    const seconds = Number(evaluatingNs) / 1e9;
    const memory = process.memoryUsage();
    console.log(
        `engine benchmark: ${framework.name} (${keys.length} dimensions), ${count.toLocaleString('en-US')} answer sets, seed ${seed}`,
    );
    console.log(`  evaluate() time      ${seconds.toFixed(3)} s`);
    console.log(`  evaluations/second   ${Math.round(count / seconds).toLocaleString('en-US')}`);
    console.log(`  per evaluation       ${((seconds / count) * 1e9).toFixed(0)} ns`);
    console.log(
        `  heap used            before ${mib(heapBefore)}, peak ${mib(peakHeap)}, after ${mib(memory.heapUsed)} (rss ${mib(memory.rss)})`,
    );
    console.log(
        `  statuses             ${Object.entries(statuses)
            .map(([status, n]) => `${status} ${n}`)
            .join(', ')}`,
    );
    console.log(`  mean score           ${(scoreSum / count).toFixed(2)}`);
}

main();
