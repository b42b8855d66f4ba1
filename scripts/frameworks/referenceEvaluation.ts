/**
 * The scoring contract v2 (docs/architecture.md, /work contract "Scoring contract v2") written out a
 * second time, plainly and in whole numbers, to compute the expected results of the Beyond BANT
 * Frameworks conformance vectors. It shares no code with either engine: agreement between this, the
 * TypeScript engine (Jest) and the Apex engine (QualificationFrameworksVectors_Tests) is the proof.
 */

export interface ReferenceDimension {
    readonly key: string;
    readonly weight: number;
    readonly isGate: boolean;
    readonly horizonDays?: number | null;
}

export interface ReferenceFramework {
    readonly name: string;
    readonly qualifiedThreshold: number;
    readonly minimumCompleteness: number;
    readonly dimensions: readonly ReferenceDimension[];
}

export type ReferenceReason = Record<string, string | number>;

export interface ReferenceResult {
    status: 'New' | 'Working' | 'Nurture' | 'Qualified' | 'Disqualified';
    score: number;
    completeness: number;
    nextDimension: string | null;
    weakestDimension: string | null;
    reasons: ReferenceReason[];
}

/** Met-ness in halves; a rating not in this table is not assessed (or invalid). */
const HALVES: Readonly<Record<string, number>> = { Not_Met: 0, Partly_Met: 1, Met: 2, Blocker: 0 };
const UNASSESSED = new Set<unknown>(['Not_Explored', null, undefined, '']);

/** floor((2n + d) / 2d) for n ≥ 0, d > 0: half up, in integers. */
function halfUp(numerator: number, denominator: number): number {
    return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Whole days since 1970-01-01 of a 'YYYY-MM-DD' that names a real calendar day; undefined otherwise. */
export function calendarDay(text: unknown): number | undefined {
    if (typeof text !== 'string') return undefined;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    if (
        back.getUTCFullYear() !== year ||
        back.getUTCMonth() !== month - 1 ||
        back.getUTCDate() !== day
    )
        return undefined;
    return time / 86_400_000;
}

export function referenceEvaluate(
    framework: ReferenceFramework,
    answers: Readonly<Record<string, unknown>>,
    values: Readonly<Record<string, unknown>>,
    evaluationDay: string,
): ReferenceResult {
    const today = calendarDay(evaluationDay);
    if (today === undefined) throw new Error(`bad evaluation day ${evaluationDay}`);
    const rows = framework.dimensions.map((dimension, position) => {
        const raw = Object.prototype.hasOwnProperty.call(answers, dimension.key)
            ? answers[dimension.key]
            : undefined;
        const assessed = typeof raw === 'string' && raw in HALVES;
        const invalid = !assessed && !UNASSESSED.has(raw);
        const date = calendarDay(values[dimension.key]);
        const days = date === undefined ? undefined : date - today;
        const horizon = dimension.horizonDays ?? null;
        return {
            ...dimension,
            position,
            raw,
            assessed,
            invalid,
            halves: assessed ? (HALVES[raw as string] as number) : 0,
            hundredths: Math.round(dimension.weight * 100),
            beyond:
                horizon !== null && days !== undefined && days > horizon
                    ? { days, horizon }
                    : undefined,
        };
    });
    const total = rows.reduce((sum, row) => sum + row.hundredths, 0);
    const met = rows.reduce((sum, row) => sum + row.hundredths * row.halves, 0);
    const covered = rows
        .filter((row) => row.assessed)
        .reduce((sum, row) => sum + row.hundredths, 0);
    const score = halfUp(100 * met, 2 * total);
    const completeness = halfUp(100 * covered, total);
    const { qualifiedThreshold: threshold, minimumCompleteness: minimum } = framework;

    const gateBlockers = rows.filter((row) => row.isGate && row.raw === 'Blocker');
    const otherBlockers = rows.filter((row) => !row.isGate && row.raw === 'Blocker');
    const beyond = rows.filter((row) => row.beyond !== undefined);
    const blockerReasons = otherBlockers.map((row) => ({ code: 'BLOCKER', dimension: row.key }));
    const horizonReasons = beyond.map((row) => ({
        code: 'BEYOND_HORIZON',
        dimension: row.key,
        days: row.beyond?.days as number,
        horizon: row.beyond?.horizon as number,
    }));

    let status: ReferenceResult['status'];
    let reasons: ReferenceReason[];
    if (gateBlockers.length > 0) {
        status = 'Disqualified';
        reasons = [
            ...gateBlockers.map((row) => ({ code: 'GATE_BLOCKER', dimension: row.key })),
            ...blockerReasons,
        ];
    } else if (!rows.some((row) => row.assessed)) {
        status = 'New';
        reasons = [{ code: 'NOTHING_ASSESSED' }];
    } else if (completeness < minimum) {
        status = 'Working';
        reasons = [
            { code: 'COMPLETENESS_BELOW_MINIMUM', completeness, minimum },
            ...blockerReasons,
            ...horizonReasons,
        ];
    } else if (
        score >= threshold &&
        rows.every((row) => !row.isGate || row.raw === 'Met') &&
        otherBlockers.length === 0 &&
        beyond.length === 0
    ) {
        status = 'Qualified';
        reasons = [{ code: 'SCORE_MEETS_THRESHOLD', score, threshold }];
    } else {
        status = 'Nurture';
        reasons = [
            ...(score < threshold ? [{ code: 'SCORE_BELOW_THRESHOLD', score, threshold }] : []),
            ...rows
                .filter((row) => row.isGate && row.raw !== 'Met')
                .map((row) => ({ code: 'GATE_NOT_MET', dimension: row.key })),
            ...blockerReasons,
            ...horizonReasons,
        ];
    }
    const weak = rows
        .filter((row) => row.assessed && row.halves < 2)
        .sort(
            (a, b) =>
                b.hundredths * (2 - b.halves) - a.hundredths * (2 - a.halves) ||
                a.position - b.position,
        )
        .map((row) => ({ code: 'WEAK_DIMENSION', dimension: row.key, value: row.raw as string }));
    const invalid = rows
        .filter((row) => row.invalid)
        .map((row) => ({ code: 'INVALID_ANSWER', dimension: row.key, value: String(row.raw) }));
    const open = rows
        .filter((row) => !row.assessed)
        .sort((a, b) => b.hundredths - a.hundredths || a.position - b.position);
    return {
        status,
        score,
        completeness,
        nextDimension: open[0]?.key ?? null,
        weakestDimension: weak[0]?.dimension ?? null,
        reasons: [...reasons, ...weak, ...invalid],
    };
}
