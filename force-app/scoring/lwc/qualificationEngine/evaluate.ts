import { dayNumber } from './days';
import type {
    Answers,
    Evaluation,
    EvaluationContext,
    FrameworkConfig,
    QualificationStatus,
    Reason,
    Values,
} from './types';
import { assertValidFramework } from './validate';

/**
 * The scoring contract of docs/architecture.md, in integer arithmetic so that this engine and the
 * Apex engine round identically.
 */

/** A validated framework, prepared once so that each evaluation only walks arrays. */
export interface CompiledFramework {
    readonly framework: FrameworkConfig;
    /** Dimension keys in framework order (Order__c ascending). */
    readonly keys: readonly string[];
    /** W = round(weight × 100), in framework order. */
    readonly weights: readonly number[];
    readonly gates: readonly boolean[];
    /** Horizon_Days__c in framework order; null where the dimension has none. */
    readonly horizons: readonly (number | null)[];
    /** Positions of the dimensions with a horizon, in framework order: the only values read. */
    readonly horizonPositions: readonly number[];
    readonly totalWeight: number;
    /** Dimension positions by weight descending, then framework order: the nextDimension preference. */
    readonly byWeight: readonly number[];
}

// Frameworks are treated as immutable: the cache keys on object identity.
const compiledFrameworks = new WeakMap<FrameworkConfig, CompiledFramework>();

/** Validates the framework (throws a ConfigurationError listing every issue) and prepares it. Cached per object. */
export function compileFramework(framework: FrameworkConfig): CompiledFramework {
    const cacheable = typeof framework === 'object' && framework !== null;
    const cached = cacheable ? compiledFrameworks.get(framework) : undefined;
    if (cached) {
        return cached;
    }
    assertValidFramework(framework);
    const dimensions = [...framework.dimensions].sort((a, b) => a.order - b.order);
    const weights = dimensions.map((dimension) => Math.round(dimension.weight * 100));
    const horizons = dimensions.map((dimension) => dimension.horizonDays ?? null);
    const byWeight = weights
        .map((_, position) => position)
        .sort((a, b) => weights[b] - weights[a] || a - b);
    const compiled: CompiledFramework = {
        framework,
        keys: dimensions.map((dimension) => dimension.key),
        weights,
        gates: dimensions.map((dimension) => dimension.isGate),
        horizons,
        horizonPositions: horizons
            .map((horizon, position) => (horizon === null ? -1 : position))
            .filter((position) => position >= 0),
        totalWeight: weights.reduce((sum, weight) => sum + weight, 0),
        byWeight,
    };
    compiledFrameworks.set(framework, compiled);
    return compiled;
}

/** `roundHalfUp(n / d) = floor((2n + d) / (2d))` for n ≥ 0, d > 0, exactly as the Apex engine computes it. */
export function roundHalfUp(numerator: number, denominator: number): number {
    return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

// What a raw value is, per contract rule 1. Met-ness M in halves is separate (see metness()).
const UNASSESSED = 0;
const ASSESSED = 1;
const INVALID = 2;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Evaluates answers against a framework on the context's day. Throws ConfigurationError for a bad
 * framework and TypeError for answers that are no object or a day that is no 'YYYY-MM-DD'; never
 * returns NaN.
 */
export function evaluate(
    framework: FrameworkConfig,
    answers: Answers,
    context: EvaluationContext,
): Evaluation {
    return evaluateCompiled(compileFramework(framework), answers, context);
}

export function evaluateCompiled(
    compiled: CompiledFramework,
    answers: Answers,
    context: EvaluationContext,
): Evaluation {
    if (typeof answers !== 'object' || answers === null) {
        throw new TypeError(
            `Answers for framework ${compiled.framework.name} must be an object of dimension key → rating value (was ${answers === null ? 'null' : typeof answers})`,
        );
    }
    const today = evaluationDayNumber(context);
    const { keys, weights, gates, totalWeight } = compiled;
    const count = keys.length;
    const raws: unknown[] = new Array<unknown>(count);
    const kinds: number[] = new Array<number>(count);
    const halves: number[] = new Array<number>(count);
    let metWeight = 0;
    let assessedWeight = 0;
    let assessedCount = 0;
    let gateBlocked = false;
    let otherBlocked = false;
    let allGatesMet = true;

    for (let i = 0; i < count; i++) {
        const key = keys[i];
        let raw: unknown = answers[key];
        // Only objects and functions can come from Object.prototype (a key named constructor or
        // toString); checking just those keeps the common path at one property read.
        if ((typeof raw === 'object' || typeof raw === 'function') && !hasOwn.call(answers, key)) {
            raw = undefined;
        }
        raws[i] = raw;
        const kind = classify(raw);
        kinds[i] = kind;
        const m = kind === ASSESSED ? metness(raw as string) : 0;
        halves[i] = m;
        if (kind === ASSESSED) {
            assessedCount++;
            assessedWeight += weights[i];
            metWeight += weights[i] * m;
        }
        if (gates[i]) {
            if (raw === 'Blocker') {
                gateBlocked = true;
            }
            if (raw !== 'Met') {
                allGatesMet = false;
            }
        } else if (raw === 'Blocker') {
            otherBlocked = true;
        }
    }
    const values = compiled.horizonPositions.length > 0 ? context.values : undefined;
    const beyond = values ? countBeyondHorizon(compiled, values, today) : 0;

    const score = roundHalfUp(100 * metWeight, 2 * totalWeight);
    const completeness = roundHalfUp(100 * assessedWeight, totalWeight);
    const { qualifiedThreshold: threshold, minimumCompleteness: minimum } = compiled.framework;
    const reasons: Reason[] = [];
    let status: QualificationStatus;

    if (gateBlocked) {
        status = 'Disqualified';
        for (let i = 0; i < count; i++) {
            if (gates[i] && raws[i] === 'Blocker') {
                reasons.push({ code: 'GATE_BLOCKER', dimension: keys[i] });
            }
        }
        pushBlockers(reasons, compiled, raws, otherBlocked);
    } else if (assessedCount === 0) {
        status = 'New';
        reasons.push({ code: 'NOTHING_ASSESSED' });
    } else if (completeness < minimum) {
        status = 'Working';
        reasons.push({ code: 'COMPLETENESS_BELOW_MINIMUM', completeness, minimum });
        pushBlockers(reasons, compiled, raws, otherBlocked);
        pushBeyondHorizon(reasons, compiled, beyond);
    } else if (score >= threshold && allGatesMet && !otherBlocked && beyond === 0) {
        status = 'Qualified';
        reasons.push({ code: 'SCORE_MEETS_THRESHOLD', score, threshold });
    } else {
        status = 'Nurture';
        if (score < threshold) {
            reasons.push({ code: 'SCORE_BELOW_THRESHOLD', score, threshold });
        }
        for (let i = 0; i < count; i++) {
            if (gates[i] && raws[i] !== 'Met') {
                reasons.push({ code: 'GATE_NOT_MET', dimension: keys[i] });
            }
        }
        pushBlockers(reasons, compiled, raws, otherBlocked);
        pushBeyondHorizon(reasons, compiled, beyond);
    }

    const weakestDimension = pushWeakDimensions(reasons, compiled, kinds, halves, raws);
    for (let i = 0; i < count; i++) {
        if (kinds[i] === INVALID) {
            reasons.push({
                code: 'INVALID_ANSWER',
                dimension: keys[i],
                value: describeRaw(raws[i]),
            });
        }
    }

    let nextDimension: string | null = null;
    for (const position of compiled.byWeight) {
        if (kinds[position] !== ASSESSED) {
            nextDimension = keys[position];
            break;
        }
    }

    return { status, score, completeness, nextDimension, weakestDimension, reasons };
}

// The last evaluation day parsed: callers evaluate many records for one day, so the text is
// converted once, not per record.
let lastDayText: string | undefined;
let lastDayNumber = 0;

function evaluationDayNumber(context: EvaluationContext): number {
    const text = typeof context === 'object' && context !== null ? context.evaluationDay : context;
    if (text === lastDayText && text !== undefined) {
        return lastDayNumber;
    }
    const day = dayNumber(text);
    if (day === undefined) {
        throw new TypeError(
            `The evaluation day must be a calendar day from 1700 to 4000 as 'YYYY-MM-DD' (was ${typeof text === 'string' ? JSON.stringify(text) : String(text)})`,
        );
    }
    lastDayText = text as string;
    lastDayNumber = day;
    return day;
}

/**
 * How many days a horizon dimension's date lies after the evaluation day, when that exceeds its horizon;
 * undefined otherwise. A past date, a blank or unparsable one, or no horizon has no effect;
 * exactly at the horizon is not beyond.
 */
function daysBeyond(
    compiled: CompiledFramework,
    values: Values,
    today: number,
    position: number,
): number | undefined {
    const horizon = compiled.horizons[position] as number;
    const key = compiled.keys[position];
    const value = values[key];
    // Only a string can be a date, and Object.prototype holds no strings: a dimension named like
    // one of its members (constructor, toString) reads no date from it, without an ownership check.
    if (typeof value !== 'string') {
        return undefined;
    }
    const date = dayNumber(value);
    return date !== undefined && date - today > horizon ? date - today : undefined;
}

// Days beyond the horizon per entry of horizonPositions from the last countBeyondHorizon call, 0
// where not beyond (beyond is always at least 1 day). Evaluation is synchronous, so one scratch
// array of small integers serves every call without allocating.
const beyondDays: number[] = [];

/** How many dimensions lie beyond their horizon, noting each one's days in beyondDays. */
function countBeyondHorizon(compiled: CompiledFramework, values: Values, today: number): number {
    if (typeof values !== 'object' || values === null) {
        return 0;
    }
    let count = 0;
    const positions = compiled.horizonPositions;
    for (let i = 0; i < positions.length; i++) {
        const days = daysBeyond(compiled, values, today, positions[i]);
        beyondDays[i] = days ?? 0;
        if (days !== undefined) {
            count++;
        }
    }
    return count;
}

/** BLOCKER for each non-gate dimension rated Blocker, in framework order. */
function pushBlockers(
    reasons: Reason[],
    compiled: CompiledFramework,
    raws: readonly unknown[],
    anyBlocked: boolean,
): void {
    if (!anyBlocked) {
        return;
    }
    for (let i = 0; i < raws.length; i++) {
        if (!compiled.gates[i] && raws[i] === 'Blocker') {
            reasons.push({ code: 'BLOCKER', dimension: compiled.keys[i] });
        }
    }
}

/** BEYOND_HORIZON for each dimension whose date lies beyond its horizon, in framework order. */
function pushBeyondHorizon(reasons: Reason[], compiled: CompiledFramework, count: number): void {
    if (count === 0) {
        return;
    }
    const positions = compiled.horizonPositions;
    for (let i = 0; i < positions.length; i++) {
        const position = positions[i];
        const days = beyondDays[i];
        if (days > 0) {
            reasons.push({
                code: 'BEYOND_HORIZON',
                dimension: compiled.keys[position],
                days,
                horizon: compiled.horizons[position] as number,
            });
        }
    }
}

/**
 * WEAK_DIMENSION for each assessed dimension with M < 2, by lost weight W × (2 − M) descending,
 * then framework order. A stable insertion sort in place: at most a few dozen entries, and no
 * per-call closures on the hot path. Returns the first weak dimension (the weakest), or null.
 */
function pushWeakDimensions(
    reasons: Reason[],
    compiled: CompiledFramework,
    kinds: readonly number[],
    halves: readonly number[],
    raws: readonly unknown[],
): string | null {
    const { weights, keys } = compiled;
    const weak: number[] = [];
    for (let i = 0; i < kinds.length; i++) {
        if (kinds[i] === ASSESSED && halves[i] < 2) {
            weak.push(i);
        }
    }
    for (let next = 1; next < weak.length; next++) {
        const position = weak[next];
        const loss = weights[position] * (2 - halves[position]);
        let at = next;
        while (at > 0 && weights[weak[at - 1]] * (2 - halves[weak[at - 1]]) < loss) {
            weak[at] = weak[at - 1];
            at--;
        }
        weak[at] = position;
    }
    for (const i of weak) {
        reasons.push({ code: 'WEAK_DIMENSION', dimension: keys[i], value: raws[i] as string });
    }
    return weak.length > 0 ? keys[weak[0]] : null;
}

function classify(raw: unknown): number {
    switch (raw) {
        case 'Not_Met':
        case 'Partly_Met':
        case 'Met':
        case 'Blocker':
            return ASSESSED;
        case 'Not_Explored':
        case null:
        case undefined:
        case '':
            return UNASSESSED;
        default:
            return INVALID;
    }
}

/** Met-ness in halves: Not_Met 0, Partly_Met 1, Met 2, Blocker 0. */
function metness(rating: string): number {
    if (rating === 'Met') {
        return 2;
    }
    return rating === 'Partly_Met' ? 1 : 0;
}

/**
 * The raw value as text for an INVALID_ANSWER reason: `String(value)`, as the contract says. An
 * object whose own `toString` is not callable makes `String` throw; a bad answer must never crash
 * an evaluation, so it reads as the generic object tag instead.
 */
function describeRaw(raw: unknown): string {
    try {
        return String(raw);
    } catch {
        return Object.prototype.toString.call(raw);
    }
}
