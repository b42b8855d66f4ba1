/**
 * Weights for a framework from the effects of its dimensions: proportional to each positive effect,
 * scaled to today's total weight (so a partner compares like with like) and rounded to 0.5. A
 * dimension whose effect is not positive gets the smallest weight, 0.5, rather than 0: the engine
 * requires weights > 0, and a dimension is a question worth asking even when the data does not
 * show it deciding deals.
 */
export const WEIGHT_STEP = 0.5;

export function suggestWeights(
    effects: readonly number[],
    totalWeight: number,
): number[] | undefined {
    const positive = effects.map((effect) => (effect > 0 ? effect : 0));
    const sum = positive.reduce((total, value) => total + value, 0);
    if (!(sum > 0)) return undefined;
    return positive.map((value) =>
        Math.max(WEIGHT_STEP, Math.round((value / sum) * totalWeight * 2) / 2),
    );
}

/** The score 0–100 of met-ness values under weights, unrounded (for ranking deals). */
export function weightedScore(
    metness: Float64Array,
    row: number,
    weights: readonly number[],
    totalWeight: number,
): number {
    let sum = 0;
    for (let j = 0; j < weights.length; j++)
        sum += weights[j]! * metness[row * weights.length + j]!;
    return (100 * sum) / totalWeight;
}
