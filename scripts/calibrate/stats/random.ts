/**
 * A seeded pseudo-random generator, so a report, a bootstrap interval and a test's synthetic data
 * are the same on every run. Mulberry32 (Tommy Ettinger's public-domain 32-bit generator): a few
 * lines, fast, and good enough for resampling; no library needed for one function.
 */
export type Random = () => number;

/** Uniform numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): Random {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** A whole number in [0, size). */
export function randomIndex(random: Random, size: number): number {
    return Math.floor(random() * size);
}

/** A standard normal deviate (Box–Muller), for synthetic data. */
export function randomNormal(random: Random): number {
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
