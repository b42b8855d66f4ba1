/**
 * The one reference evaluation of the scoring contract v2 (docs/architecture.md, "Scoring
 * contract"): exact rational arithmetic on BigInt fractions, weights taken from their decimal text,
 * and day distances from the platform's UTC calendar. Both packages' vector generators
 * (scripts/vectors, scripts/frameworks) compute their expected results with it, and the engine's
 * property tests compare the TypeScript engine with it. It imports nothing of either engine, so a
 * mistake shared by both engines shows up as a vector they both fail.
 */

/** What the contract reads of a dimension. */
export interface ContractDimension {
    readonly key: string;
    /** Order__c: the framework order, whatever order the list has. */
    readonly order: number;
    readonly weight: number;
    readonly isGate: boolean;
    readonly horizonDays?: number | null;
}

/** What the contract reads of a framework. */
export interface ContractFramework {
    readonly qualifiedThreshold: number;
    readonly minimumCompleteness: number;
    readonly dimensions: readonly ContractDimension[];
}

/** A framework as the vectors carry it: the engine's FrameworkConfig shape, weights as written. */
export interface VectorFramework extends ContractFramework {
    readonly name: string;
    readonly dimensions: readonly VectorDimension[];
}

export interface VectorDimension extends ContractDimension {
    readonly ratingField: string;
    readonly evidenceField: string;
    readonly valueField?: string | null;
}

export type VectorReason = Readonly<Record<string, string | number>> & { readonly code: string };

export interface VectorResult {
    readonly status: string;
    readonly score: number;
    readonly completeness: number;
    readonly nextDimension: string | null;
    readonly weakestDimension: string | null;
    readonly reasons: readonly VectorReason[];
}

/** n / d with d > 0, always reduced. */
class Fraction {
    readonly n: bigint;
    readonly d: bigint;

    constructor(n: bigint, d: bigint = 1n) {
        if (d === 0n) throw new Error('division by zero');
        const sign = d < 0n ? -1n : 1n;
        const g = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n;
        this.n = (sign * n) / g;
        this.d = (sign * d) / g;
    }

    /** The exact value of a decimal text such as "1.15" or "3". */
    static parse(text: string): Fraction {
        const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
        if (!match) throw new Error(`not a decimal: ${text}`);
        const fraction = match[2] ?? '';
        return new Fraction(BigInt(match[1] + fraction), 10n ** BigInt(fraction.length));
    }

    plus(other: Fraction): Fraction {
        return new Fraction(this.n * other.d + other.n * this.d, this.d * other.d);
    }

    times(other: Fraction): Fraction {
        return new Fraction(this.n * other.n, this.d * other.d);
    }

    over(other: Fraction): Fraction {
        return new Fraction(this.n * other.d, this.d * other.n);
    }

    compare(other: Fraction): number {
        const left = this.n * other.d;
        const right = other.n * this.d;
        return left === right ? 0 : left < right ? -1 : 1;
    }

    /** The nearest integer, halves rounded up (values here are never negative). */
    roundHalfUp(): number {
        const shifted = this.plus(new Fraction(1n, 2n));
        return Number(shifted.n / shifted.d);
    }
}

function gcd(a: bigint, b: bigint): bigint {
    return b === 0n ? a : gcd(b, a % b);
}

const ZERO = new Fraction(0n);
const HUNDRED = new Fraction(100n);

/** Met-ness as a fraction of one dimension's weight. */
const METNESS: Readonly<Record<string, Fraction>> = {
    Not_Met: ZERO,
    Partly_Met: new Fraction(1n, 2n),
    Met: new Fraction(1n),
    Blocker: ZERO,
};
const UNASSESSED = new Set<unknown>([undefined, null, '', 'Not_Explored']);

/** Days since the epoch of a real 'YYYY-MM-DD' day from 1700 to 4000, else undefined (no date). */
export function epochDay(value: unknown): number | undefined {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
    const [year, month, day] = value.split('-').map(Number);
    if (year < 1700 || year > 4000) return undefined;
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
    return time / 86_400_000;
}

/** The day `days` after a 'YYYY-MM-DD' day. */
export function shiftDay(day: string, days: number): string {
    return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `String(v)` as JavaScript prints it; an object String() cannot print reads as its tag. */
function printed(raw: unknown): string {
    try {
        return String(raw);
    } catch {
        return Object.prototype.toString.call(raw);
    }
}

/**
 * The expected result of one case: the answers and structured values of `framework` evaluated on
 * `evaluationDay`, which must be a real 'YYYY-MM-DD' day from 1700 to 4000.
 */
export function expectedResult(
    framework: ContractFramework,
    answers: Readonly<Record<string, unknown>>,
    values: Readonly<Record<string, unknown>>,
    evaluationDay: string,
): VectorResult {
    const today = epochDay(evaluationDay);
    if (today === undefined) throw new Error(`bad evaluation day ${evaluationDay}`);
    const dimensions = [...framework.dimensions]
        .sort((a, b) => a.order - b.order)
        .map((dimension, position) => {
            const raw = Object.prototype.hasOwnProperty.call(answers, dimension.key)
                ? answers[dimension.key]
                : undefined;
            const assessed =
                typeof raw === 'string' && Object.prototype.hasOwnProperty.call(METNESS, raw);
            const date = Object.prototype.hasOwnProperty.call(values, dimension.key)
                ? epochDay(values[dimension.key])
                : undefined;
            const horizon = dimension.horizonDays ?? null;
            const ahead = date === undefined ? undefined : date - today;
            return {
                ...dimension,
                position,
                raw,
                assessed,
                invalid: !assessed && !UNASSESSED.has(raw),
                weight: Fraction.parse(String(dimension.weight)),
                metness: assessed ? METNESS[raw] : ZERO,
                ahead,
                horizon,
                beyond: horizon !== null && ahead !== undefined && ahead > horizon,
            };
        });
    const sum = (parts: Fraction[]): Fraction => parts.reduce((a, b) => a.plus(b), ZERO);
    const total = sum(dimensions.map((d) => d.weight));
    const score = HUNDRED.times(sum(dimensions.map((d) => d.weight.times(d.metness))))
        .over(total)
        .roundHalfUp();
    const completeness = HUNDRED.times(
        sum(dimensions.filter((d) => d.assessed).map((d) => d.weight)),
    )
        .over(total)
        .roundHalfUp();
    const threshold = framework.qualifiedThreshold;
    const minimum = framework.minimumCompleteness;

    const gateBlockers = dimensions.filter((d) => d.isGate && d.raw === 'Blocker');
    const otherBlockers = dimensions.filter((d) => !d.isGate && d.raw === 'Blocker');
    const gatesNotMet = dimensions.filter((d) => d.isGate && d.raw !== 'Met');
    const beyond = dimensions.filter((d) => d.beyond);
    const blockerReasons = otherBlockers.map((d) => ({ code: 'BLOCKER', dimension: d.key }));
    const beyondReasons = beyond.map((d) => ({
        code: 'BEYOND_HORIZON',
        dimension: d.key,
        days: d.ahead as number,
        horizon: d.horizon as number,
    }));

    let status: string;
    let head: VectorReason[];
    if (gateBlockers.length > 0) {
        status = 'Disqualified';
        head = [
            ...gateBlockers.map((d) => ({ code: 'GATE_BLOCKER', dimension: d.key })),
            ...blockerReasons,
        ];
    } else if (!dimensions.some((d) => d.assessed)) {
        status = 'New';
        head = [{ code: 'NOTHING_ASSESSED' }];
    } else if (completeness < minimum) {
        status = 'Working';
        head = [
            { code: 'COMPLETENESS_BELOW_MINIMUM', completeness, minimum },
            ...blockerReasons,
            ...beyondReasons,
        ];
    } else if (
        score >= threshold &&
        gatesNotMet.length === 0 &&
        otherBlockers.length === 0 &&
        beyond.length === 0
    ) {
        status = 'Qualified';
        head = [{ code: 'SCORE_MEETS_THRESHOLD', score, threshold }];
    } else {
        status = 'Nurture';
        head = [
            ...(score < threshold ? [{ code: 'SCORE_BELOW_THRESHOLD', score, threshold }] : []),
            ...gatesNotMet.map((d) => ({ code: 'GATE_NOT_MET', dimension: d.key })),
            ...blockerReasons,
            ...beyondReasons,
        ];
    }

    const one = new Fraction(1n);
    const lost = (d: (typeof dimensions)[number]): Fraction =>
        d.weight.times(one.plus(new Fraction(-d.metness.n, d.metness.d)));
    const weak = dimensions
        .filter((d) => d.assessed && d.metness.compare(one) < 0)
        .sort((a, b) => lost(b).compare(lost(a)) || a.position - b.position);
    const open = dimensions
        .filter((d) => !d.assessed)
        .sort((a, b) => b.weight.compare(a.weight) || a.position - b.position);
    return {
        status,
        score,
        completeness,
        nextDimension: open.length > 0 ? open[0].key : null,
        weakestDimension: weak.length > 0 ? weak[0].key : null,
        reasons: [
            ...head,
            ...weak.map((d) => ({
                code: 'WEAK_DIMENSION',
                dimension: d.key,
                value: d.raw as string,
            })),
            ...dimensions
                .filter((d) => d.invalid)
                .map((d) => ({ code: 'INVALID_ANSWER', dimension: d.key, value: printed(d.raw) })),
        ],
    };
}
