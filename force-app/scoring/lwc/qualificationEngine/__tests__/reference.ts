/**
 * An independent reading of the scoring contract, used only by the tests to cross-check the engine
 * and the conformance vectors. It is deliberately written differently from the engine: weights are
 * parsed from their decimal text into BigInt hundredths, rounding searches for the nearest integer
 * with exact cross-multiplication, and the rules are filters over the dimension list.
 */
import type { Evaluation, FrameworkConfig, Reason } from '../types';

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
): Evaluation {
    const dims = [...framework.dimensions]
        .sort((a, b) => a.order - b.order)
        .map((d, position) => {
            const raw = Object.keys(answers).includes(d.key) ? answers[d.key] : undefined;
            const assessed =
                typeof raw === 'string' && Object.prototype.hasOwnProperty.call(HALVES, raw);
            const unassessed =
                raw === undefined || raw === null || raw === '' || raw === 'Not_Explored';
            return {
                key: d.key,
                position,
                gate: d.isGate,
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

    let status: Evaluation['status'];
    let head: Reason[];
    if (gates.some((d) => d.raw === 'Blocker')) {
        status = 'Disqualified';
        head = gates
            .filter((d) => d.raw === 'Blocker')
            .map((d) => ({ code: 'GATE_BLOCKER', dimension: d.key }));
    } else if (!dims.some((d) => d.assessed)) {
        status = 'New';
        head = [{ code: 'NOTHING_ASSESSED' }];
    } else if (completeness < minimum) {
        status = 'Working';
        head = [{ code: 'COMPLETENESS_BELOW_MINIMUM', completeness, minimum }];
    } else if (score >= threshold && gates.every((d) => d.raw === 'Met')) {
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
