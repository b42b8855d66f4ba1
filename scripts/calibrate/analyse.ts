import type { CatalogFramework } from '../lib/catalog';
import {
    compileFramework,
    evaluateCompiled,
} from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { Deal } from './deals';
import { auc, aucOfCounts, bucketsOf, countsOf, rocCurve, youdenThreshold } from './stats/auc';
import { coefficientInterval, fitLogistic, type Design } from './stats/logistic';
import { randomIndex, seededRandom, type Random } from './stats/random';
import { suggestWeights, weightedScore } from './stats/suggestedWeights';
import { wilsonInterval } from './stats/wilson';

/** Met-ness of a rating as the score counts it (docs/architecture.md, rating scale). */
export const METNESS: Readonly<Record<string, number>> = {
    Not_Met: 0,
    Partly_Met: 0.5,
    Met: 1,
    Blocker: 0,
};
/** The rating scale in order, with blank ratings shown as Not_Explored. */
export const RATING_ORDER = ['Not_Explored', 'Not_Met', 'Partly_Met', 'Met', 'Blocker'] as const;
export const STATUS_ORDER = ['New', 'Working', 'Nurture', 'Qualified', 'Disqualified'] as const;

/**
 * The fewest won and the fewest lost deals a framework needs: 50, and 10 per dimension (the
 * "ten events per variable" rule for logistic regression, Peduzzi et al. 1996, J Clin Epidemiol
 * 49:1373), whichever is more.
 */
export function minimumPerOutcome(dimensions: number): number {
    return Math.max(50, 10 * dimensions);
}

export interface AnalysisOptions {
    readonly seed: number;
    readonly bootstrap: number;
    readonly folds: number;
}

export const DEFAULT_ANALYSIS: AnalysisOptions = { seed: 20261206, bootstrap: 1000, folds: 5 };

export interface Rate {
    readonly closed: number;
    readonly won: number;
    readonly rate: number;
    readonly low: number;
    readonly high: number;
}

export interface DimensionReport {
    readonly key: string;
    /** Change in log-odds of winning from Not met to Met, the other dimensions held equal. */
    readonly effect: number;
    readonly low: number;
    readonly high: number;
    readonly significant: boolean;
    readonly weight: number;
    readonly suggestedWeight: number | null;
    readonly isGate: boolean;
    readonly ratings: ReadonlyArray<Rate & { readonly rating: string }>;
}

export interface FrameworkReport {
    readonly name: string;
    readonly closed: number;
    readonly won: number;
    readonly lost: number;
    /** Set when there are too few deals: what is missing; no figures then. */
    readonly tooFew: string | null;
    readonly auc: {
        readonly current: number | null;
        readonly currentLow: number | null;
        readonly currentHigh: number | null;
        /** Cross-validated AUC of the suggested weights. */
        readonly suggested: number | null;
        readonly suggestedLow: number | null;
        readonly suggestedHigh: number | null;
        /** suggested − current, paired bootstrap interval. */
        readonly gain: number | null;
        readonly gainLow: number | null;
        readonly gainHigh: number | null;
        /** True when the gain's interval lies above 0: only then are weights suggested. */
        readonly suggest: boolean;
    };
    readonly threshold: {
        readonly configured: number;
        readonly best: number | null;
        readonly youdenJ: number | null;
        readonly truePositiveRate: number | null;
        readonly falsePositiveRate: number | null;
    };
    readonly byStatus: ReadonlyArray<Rate & { readonly status: string }>;
    readonly dimensions: readonly DimensionReport[];
    readonly roc: ReadonlyArray<{
        readonly fpr: number;
        readonly tpr: number;
        readonly threshold: number | null;
    }>;
    /** Deals per score band of 10 (0–9 … 90–100), won and lost. */
    readonly scoreBands: ReadonlyArray<{
        readonly from: number;
        readonly won: number;
        readonly lost: number;
    }>;
}

function rate(won: number, closed: number): Rate {
    const interval = wilsonInterval(won, closed);
    return {
        closed,
        won,
        rate: closed === 0 ? 0 : won / closed,
        low: interval.low,
        high: interval.high,
    };
}

/** Everything the report says about one framework's closed deals. */
export function analyseFramework(
    framework: CatalogFramework,
    deals: readonly Deal[],
    options: AnalysisOptions = DEFAULT_ANALYSIS,
): FrameworkReport {
    const n = deals.length;
    const wonCount = deals.filter((deal) => deal.won).length;
    const lostCount = n - wonCount;
    const keys = framework.dimensions.map((dimension) => dimension.key);
    const base = { name: framework.name, closed: n, won: wonCount, lost: lostCount };
    const needed = minimumPerOutcome(keys.length);
    if (wonCount < needed || lostCount < needed) {
        const short = [wonCount < needed ? 'won' : '', lostCount < needed ? 'lost' : '']
            .filter(Boolean)
            .join(' and ');
        return emptyReport(
            framework,
            base,
            `${wonCount} won, ${lostCount} lost; need at least ${needed} ${short} for ${framework.name}`,
        );
    }

    const won = Uint8Array.from(deals, (deal) => (deal.won ? 1 : 0));
    const design: Design = {
        rows: n,
        columns: keys.length,
        values: new Float64Array(n * keys.length),
    };
    deals.forEach((deal, row) => {
        keys.forEach((key, j) => {
            design.values[row * keys.length + j] = METNESS[deal.ratings[key] ?? ''] ?? 0;
        });
    });

    // Today's score, by the engine itself (the evaluation day plays no part in the score).
    const compiled = compileFramework(framework);
    const currentScores = Float64Array.from(
        deals,
        (deal) => evaluateCompiled(compiled, deal.ratings, { evaluationDay: '2026-01-01' }).score,
    );
    const todayWeights = framework.dimensions.map((dimension) => dimension.weight);
    const totalWeight = todayWeights.reduce((sum, weight) => sum + weight, 0);

    const fit = fitLogistic(design, won);
    const suggested = suggestWeights(fit.coefficients, totalWeight);
    const random = seededRandom(options.seed);
    const outOfFold = crossValidatedScores(design, won, totalWeight, options.folds, random);

    const currentBuckets = bucketsOf(currentScores);
    const suggestedBuckets = bucketsOf(outOfFold);
    const currentAuc = auc(currentScores, won);
    const suggestedAuc = auc(outOfFold, won);
    const resampled = pairedBootstrap(
        currentBuckets,
        suggestedBuckets,
        won,
        options.bootstrap,
        random,
    );
    const gainLow = quantile(resampled.gain, 0.025);
    const gainHigh = quantile(resampled.gain, 0.975);
    const roc = rocCurve(currentBuckets, won);
    const best = youdenThreshold(roc);

    return {
        ...base,
        tooFew: null,
        auc: {
            current: currentAuc,
            currentLow: quantile(resampled.current, 0.025),
            currentHigh: quantile(resampled.current, 0.975),
            suggested: suggestedAuc,
            suggestedLow: quantile(resampled.suggested, 0.025),
            suggestedHigh: quantile(resampled.suggested, 0.975),
            gain: suggestedAuc - currentAuc,
            gainLow,
            gainHigh,
            suggest: suggested !== undefined && gainLow > 0,
        },
        threshold: {
            configured: framework.qualifiedThreshold,
            best: best.threshold,
            youdenJ: best.j,
            truePositiveRate: best.truePositiveRate,
            falsePositiveRate: best.falsePositiveRate,
        },
        byStatus: statusRates(deals),
        dimensions: framework.dimensions.map((dimension, j) => ({
            key: dimension.key,
            ...coefficientInterval(fit, j),
            weight: dimension.weight,
            suggestedWeight: suggested ? suggested[j]! : null,
            isGate: dimension.isGate,
            ratings: RATING_ORDER.map((rating) => {
                const matching = deals.filter(
                    (deal) => (deal.ratings[dimension.key] ?? 'Not_Explored') === rating,
                );
                return {
                    rating,
                    ...rate(matching.filter((deal) => deal.won).length, matching.length),
                };
            }),
        })),
        roc: roc.map((point) => ({
            fpr: point.falsePositiveRate,
            tpr: point.truePositiveRate,
            threshold: Number.isFinite(point.threshold) ? point.threshold : null,
        })),
        scoreBands: scoreBands(currentScores, won),
    };
}

function emptyReport(
    framework: CatalogFramework,
    base: Pick<FrameworkReport, 'name' | 'closed' | 'won' | 'lost'>,
    tooFew: string,
): FrameworkReport {
    return {
        ...base,
        tooFew,
        auc: {
            current: null,
            currentLow: null,
            currentHigh: null,
            suggested: null,
            suggestedLow: null,
            suggestedHigh: null,
            gain: null,
            gainLow: null,
            gainHigh: null,
            suggest: false,
        },
        threshold: {
            configured: framework.qualifiedThreshold,
            best: null,
            youdenJ: null,
            truePositiveRate: null,
            falsePositiveRate: null,
        },
        byStatus: [],
        dimensions: [],
        roc: [],
        scoreBands: [],
    };
}

/**
 * Each deal's score under weights fitted without it (k-fold cross-validation), so the suggested
 * weights' AUC is not flattered by scoring the deals they were fitted on.
 */
function crossValidatedScores(
    design: Design,
    won: Uint8Array,
    totalWeight: number,
    folds: number,
    random: Random,
): Float64Array {
    const n = design.rows;
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
        const j = randomIndex(random, i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const fold = new Uint8Array(n);
    order.forEach((row, position) => {
        fold[row] = position % folds;
    });
    const scores = new Float64Array(n);
    for (let f = 0; f < folds; f++) {
        const training = Uint32Array.from(order.filter((row) => fold[row] !== f));
        const fit = fitLogistic(design, won, {}, training);
        const weights =
            suggestWeights(fit.coefficients, totalWeight) ??
            new Array<number>(design.columns).fill(1);
        const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
        for (let row = 0; row < n; row++)
            if (fold[row] === f)
                scores[row] = weightedScore(design.values, row, weights, weightSum);
    }
    return scores;
}

/** AUCs of both scores on the same resamples of deals, and their difference. */
function pairedBootstrap(
    current: ReturnType<typeof bucketsOf>,
    suggested: ReturnType<typeof bucketsOf>,
    won: Uint8Array,
    resamples: number,
    random: Random,
): { current: number[]; suggested: number[]; gain: number[] } {
    const n = won.length;
    const times = new Uint32Array(n);
    const result = { current: [] as number[], suggested: [] as number[], gain: [] as number[] };
    for (let b = 0; b < resamples; b++) {
        times.fill(0);
        for (let i = 0; i < n; i++) times[randomIndex(random, n)]!++;
        const a = countsOf(current, won, times);
        const s = countsOf(suggested, won, times);
        const aucCurrent = aucOfCounts(a.won, a.lost);
        const aucSuggested = aucOfCounts(s.won, s.lost);
        if (Number.isNaN(aucCurrent) || Number.isNaN(aucSuggested)) continue;
        result.current.push(aucCurrent);
        result.suggested.push(aucSuggested);
        result.gain.push(aucSuggested - aucCurrent);
    }
    return result;
}

/** The q-quantile of values (linear interpolation between order statistics, R's type 7). */
export function quantile(values: readonly number[], q: number): number {
    if (values.length === 0) return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const position = (sorted.length - 1) * q;
    const lower = Math.floor(position);
    const upper = Math.ceil(position);
    return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

function statusRates(deals: readonly Deal[]): Array<Rate & { status: string }> {
    const withStatus = deals.filter((deal) => deal.status !== undefined);
    const statuses = [
        ...STATUS_ORDER.filter((status) => withStatus.some((deal) => deal.status === status)),
        ...new Set(
            withStatus
                .map((deal) => deal.status!)
                .filter((status) => !(STATUS_ORDER as readonly string[]).includes(status)),
        ),
    ];
    return statuses.map((status) => {
        const matching = withStatus.filter((deal) => deal.status === status);
        return { status, ...rate(matching.filter((deal) => deal.won).length, matching.length) };
    });
}

function scoreBands(
    scores: Float64Array,
    won: Uint8Array,
): Array<{ from: number; won: number; lost: number }> {
    const bands = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, won: 0, lost: 0 }));
    scores.forEach((score, i) => {
        const band = bands[Math.min(9, Math.floor(score / 10))]!;
        if (won[i]) band.won++;
        else band.lost++;
    });
    return bands;
}
