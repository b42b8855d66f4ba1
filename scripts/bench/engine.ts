/**
 * Engine benchmark: evaluates the shipped Beyond-BANT canvas over random answer sets from a seeded
 * PRNG and prints evaluations per second and heap use, side by side for contract v2 with the
 * evaluation day only and with the day plus structured values (dates measured against the
 * horizons), and the ratio of the two rates. It prints numbers and asserts nothing about time:
 * machines differ. Run: `npm run bench [-- --count 1000000 --seed 42 --framework BANT]`.
 */
import { loadCatalog } from '../lib/catalog';
import {
    evaluate,
    RATING_VALUES,
} from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type {
    Answers,
    EvaluationContext,
    FrameworkConfig,
    QualificationStatus,
} from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';

/** Small batches, alternating between the two modes, so that both meet the same machine load. */
const BATCH = 2_000;

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

/** The evaluation day of the whole run: a fixed day, so runs stay comparable. */
const DAY = '2026-03-02';
const DAY_MS = Date.parse(`${DAY}T00:00:00Z`);

interface Measured {
    seconds: number;
    statuses: Record<QualificationStatus, number>;
    scoreSum: number;
}

function measured(): Measured {
    return {
        seconds: 0,
        statuses: { New: 0, Working: 0, Nurture: 0, Qualified: 0, Disqualified: 0 },
        scoreSum: 0,
    };
}

/** Evaluates one batch in one mode and adds its time; only the evaluate() calls are timed. */
function run(
    framework: FrameworkConfig,
    batch: readonly Answers[],
    contexts: readonly EvaluationContext[],
    into: Measured,
): number {
    const started = process.hrtime.bigint();
    for (let i = 0; i < batch.length; i++) {
        const result = evaluate(framework, batch[i], contexts[i]);
        into.statuses[result.status]++;
        into.scoreSum += result.score;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    into.seconds += seconds;
    return seconds;
}

function main(): void {
    const count = positiveInteger('count', 1_000_000);
    const seed = positiveInteger('seed', 20_240_601);
    const framework = loadCatalog().framework(option('framework', 'Beyond_BANT_Canvas'));
    const keys = framework.dimensions.map((d) => d.key);
    // What a record holds in its value fields: dates on the dimensions with a horizon, amounts and
    // names elsewhere (which the engine does not read).
    const dated = framework.dimensions.filter((d) => d.horizonDays !== null).map((d) => d.key);
    const undated = framework.dimensions
        .filter((d) => d.valueField && d.horizonDays === null)
        .map((d) => d.key);
    const random = prng(seed);
    const randomAnswers = (): Answers => {
        const answers: Record<string, unknown> = {};
        for (const key of keys) {
            answers[key] = RAW_VALUES[Math.floor(random() * RAW_VALUES.length)];
        }
        return answers;
    };
    // Dates from two months past to two years ahead, so horizons hold some records back; some blank.
    const randomValues = (): Record<string, unknown> => {
        const values: Record<string, unknown> = {};
        for (const key of dated) {
            const ahead = Math.floor(random() * 800) - 60;
            values[key] =
                random() < 0.1
                    ? null
                    : new Date(DAY_MS + ahead * 86_400_000).toISOString().slice(0, 10);
        }
        for (const key of undated) {
            values[key] = random() < 0.5 ? Math.floor(random() * 100_000) : 'Dana Example';
        }
        return values;
    };

    const withoutValues = measured();
    const withValues = measured();
    let peakHeap = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    /** Per batch: time with values over time without; its median shrugs off a busy neighbour. */
    const ratios: number[] = [];

    // Both modes evaluate the same answer sets, batch by batch and in alternating order, so that
    // warm-up, garbage collection and CPU contention fall on both alike.
    for (let done = 0, round = 0; done < count; done += BATCH, round++) {
        const batch = Array.from({ length: Math.min(BATCH, count - done) }, randomAnswers);
        // One context object per record in both modes, as a caller scoring records builds them.
        const plain = batch.map((): EvaluationContext => ({ evaluationDay: DAY }));
        const full = batch.map((): EvaluationContext => ({
            evaluationDay: DAY,
            values: randomValues(),
        }));
        let without: number;
        let withDates: number;
        if (round % 2 === 0) {
            without = run(framework, batch, plain, withoutValues);
            withDates = run(framework, batch, full, withValues);
        } else {
            withDates = run(framework, batch, full, withValues);
            without = run(framework, batch, plain, withoutValues);
        }
        ratios.push(withDates / without);
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }

    const memory = process.memoryUsage();
    const rate = (m: Measured): number => count / m.seconds;
    const line = (label: string, m: Measured): void => {
        console.log(
            `  ${label.padEnd(22)} ${Math.round(rate(m)).toLocaleString('en-US')} evaluations/s, ${((m.seconds / count) * 1e9).toFixed(0)} ns each, ${m.seconds.toFixed(3)} s`,
        );
        console.log(
            `  ${''.padEnd(22)} ${Object.entries(m.statuses)
                .map(([status, n]) => `${status} ${n}`)
                .join(', ')}; mean score ${(m.scoreSum / count).toFixed(2)}`,
        );
    };
    console.log(
        `engine benchmark: ${framework.name} (${keys.length} dimensions; horizon on ${dated.join(', ') || 'none'}), ${count.toLocaleString('en-US')} answer sets per mode, seed ${seed}, day ${DAY}`,
    );
    line('day, no values', withoutValues);
    line('day + values', withValues);
    const ratio = rate(withValues) / rate(withoutValues);
    ratios.sort((a, b) => a - b);
    const medianCost = ratios[Math.floor(ratios.length / 2)] - 1;
    console.log(
        `  ratio                  day + values runs at ${(ratio * 100).toFixed(1)} % of the rate without values overall; median cost per batch ${(medianCost * 100).toFixed(1)} % (${ratios.length} batches)`,
    );
    console.log(
        `  heap used              before ${mib(heapBefore)}, peak ${mib(peakHeap)}, after ${mib(memory.heapUsed)} (rss ${mib(memory.rss)})`,
    );
}

main();
