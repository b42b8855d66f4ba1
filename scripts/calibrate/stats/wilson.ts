/**
 * The two-sided 97.5 % quantile of the standard normal distribution, Φ⁻¹(0.975). Every interval of
 * the report is a 95 % interval, so this one constant is all of the normal quantile function the
 * tool needs (a library for it would be one dependency for one number).
 */
export const Z_95 = 1.959963984540054;

export interface Interval {
    readonly low: number;
    readonly high: number;
}

/**
 * The Wilson score interval for a proportion `successes / trials` (Wilson 1927; Agresti & Coull
 * 1998): unlike the Wald interval it stays inside [0, 1] and keeps its coverage for small counts
 * and rates near 0 or 1, which win rates of rare ratings (a Blocker) are.
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): Interval {
    if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials < 0)
        throw new RangeError(`wilsonInterval needs whole counts (was ${successes} of ${trials})`);
    if (successes < 0 || successes > trials)
        throw new RangeError(`wilsonInterval: ${successes} successes of ${trials} trials`);
    if (trials === 0) return { low: 0, high: 1 };
    const p = successes / trials;
    const z2 = z * z;
    const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
    const half =
        (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
    return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
