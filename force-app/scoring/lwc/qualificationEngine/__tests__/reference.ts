/**
 * An independent reading of the scoring contract, used only by the tests to cross-check the engine
 * and the conformance vectors. It is deliberately written differently from the engine: weights are
 * parsed from their decimal text into BigInt hundredths, rounding searches for the nearest integer
 * with exact cross-multiplication, the rules are filters over the dimension list, and dates are
 * counted with the platform's Date in UTC rather than with calendar arithmetic.
 */
import type { Evaluation, EvaluationContext, FrameworkConfig, Reason } from '../types';

const MS_PER_DAY = 86_400_000;

/** Days since the epoch of a real 'YYYY-MM-DD' day from 1700 to 4000, else undefined. */
function epochDay(value: unknown): number | undefined {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return undefined;
    }
    const year = Number(value.slice(0, 4));
    const instant = new Date(`${value}T00:00:00Z`);
    if (
        year < 1700 ||
        year > 4000 ||
        Number.isNaN(instant.getTime()) ||
        instant.toISOString().slice(0, 10) !== value
    ) {
        return undefined;
    }
    return Math.round(instant.getTime() / MS_PER_DAY);
}

const HALVES: Readonly<Record<string, bigint>> = {
    Not_Met: 0n,
    Partly_Met: 1n,
    Met: 2n,
    Blocker: 0n,
};

function hundredths(weight: number): bigint {
    const [whole, fraction = ''] = weight.toFixed(2).split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** The integer k with k − ½ ≤ numerator / denominator < k + ½, searched from 100 down. */
function nearestPercent(numerator: bigint, denominator: bigint): number {
    for (let k = 100; k > 0; k--) {
        if (BigInt(2 * k - 1) * denominator <= 2n * numerator) {
            return k;
        }
    }
    return 0;
}

function byDescendingThenPosition(
    a: bigint,
    b: bigint,
    positionA: number,
    positionB: number,
): number {
    if (a !== b) {
        return a > b ? -1 : 1;
    }
    return positionA - positionB;
}

export function referenceEvaluate(
    framework: FrameworkConfig,
    answers: Readonly<Record<string, unknown>>,
    context: EvaluationContext,
): Evaluation {
    const today = epochDay(context.evaluationDay) as number;
    const values = context.values ?? {};
    const dims = [...framework.dimensions]
        .sort((a, b) => a.order - b.order)
        .map((d, position) => {
            const raw = Object.keys(answers).includes(d.key) ? answers[d.key] : undefined;
            const assessed =
                typeof raw === 'string' && Object.prototype.hasOwnProperty.call(HALVES, raw);
            const unassessed =
                raw === undefined || raw === null || raw === '' || raw === 'Not_Explored';
            const date = Object.keys(values).includes(d.key) ? epochDay(values[d.key]) : undefined;
            const ahead = date === undefined ? undefined : date - today;
            const horizon = d.horizonDays ?? null;
            return {
                key: d.key,
                position,
                gate: d.isGate,
                horizon,
                ahead,
                beyond: horizon !== null && ahead !== undefined && ahead > horizon,
                w: hundredths(d.weight),
                raw,
                assessed,
                invalid: !assessed && !unassessed,
                halves: assessed ? HALVES[raw as string] : 0n,
            };
        });
    const total = dims.reduce((sum, d) => sum + d.w, 0n);
    const met = dims.reduce((sum, d) => sum + d.w * d.halves, 0n);
    const covered = dims.filter((d) => d.assessed).reduce((sum, d) => sum + d.w, 0n);
    const score = nearestPercent(100n * met, 2n * total);
    const completeness = nearestPercent(100n * covered, total);
    const gates = dims.filter((d) => d.gate);
    const threshold = framework.qualifiedThreshold;
    const minimum = framework.minimumCompleteness;
    const blockers: Reason[] = dims
        .filter((d) => !d.gate && d.raw === 'Blocker')
        .map((d) => ({ code: 'BLOCKER', dimension: d.key }));
    const beyond: Reason[] = dims
        .filter((d) => d.beyond)
        .map((d) => ({
            code: 'BEYOND_HORIZON',
            dimension: d.key,
            days: d.ahead as number,
            horizon: d.horizon as number,
        }));

    let status: Evaluation['status'];
    let head: Reason[];
    if (gates.some((d) => d.raw === 'Blocker')) {
        status = 'Disqualified';
        head = gates
            .filter((d) => d.raw === 'Blocker')
            .map((d): Reason => ({ code: 'GATE_BLOCKER', dimension: d.key }))
            .concat(blockers);
    } else if (!dims.some((d) => d.assessed)) {
        status = 'New';
        head = [{ code: 'NOTHING_ASSESSED' }];
    } else if (completeness < minimum) {
        status = 'Working';
        head = [
            { code: 'COMPLETENESS_BELOW_MINIMUM', completeness, minimum },
            ...blockers,
            ...beyond,
        ];
    } else if (
        score >= threshold &&
        gates.every((d) => d.raw === 'Met') &&
        blockers.length === 0 &&
        beyond.length === 0
    ) {
        status = 'Qualified';
        head = [{ code: 'SCORE_MEETS_THRESHOLD', score, threshold }];
    } else {
        status = 'Nurture';
        head = [
            ...(score < threshold
                ? [{ code: 'SCORE_BELOW_THRESHOLD' as const, score, threshold }]
                : []),
            ...gates
                .filter((d) => d.raw !== 'Met')
                .map((d) => ({ code: 'GATE_NOT_MET' as const, dimension: d.key })),
            ...blockers,
            ...beyond,
        ];
    }
    const lost = (d: (typeof dims)[number]): bigint => d.w * (2n - d.halves);
    const weak: Reason[] = dims
        .filter((d) => d.assessed && d.halves < 2n)
        .sort((a, b) => byDescendingThenPosition(lost(a), lost(b), a.position, b.position))
        .map((d) => ({ code: 'WEAK_DIMENSION', dimension: d.key, value: d.raw as string }));
    const invalid: Reason[] = dims
        .filter((d) => d.invalid)
        .map((d) => ({ code: 'INVALID_ANSWER', dimension: d.key, value: textOf(d.raw) }));
    const open = dims
        .filter((d) => !d.assessed)
        .sort((a, b) => byDescendingThenPosition(a.w, b.w, a.position, b.position));
    return {
        status,
        score,
        completeness,
        nextDimension: open.length > 0 ? open[0].key : null,
        weakestDimension: weak.length > 0 ? (weak[0] as { dimension: string }).dimension : null,
        reasons: [...head, ...weak, ...invalid],
    };
}

/** `${value}` where that works; an object with a broken toString reads as its tag. */
function textOf(raw: unknown): string {
    try {
        return `${raw as string}`;
    } catch {
        return Object.prototype.toString.call(raw);
    }
}
