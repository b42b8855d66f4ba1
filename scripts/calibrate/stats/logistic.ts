import { inverseSpd, cholesky, choleskySolve, type Matrix } from './linear';
import { Z_95 } from './wilson';

/** Rows of features, row-major: `values[row * columns + column]`. */
export interface Design {
    readonly rows: number;
    readonly columns: number;
    readonly values: Float64Array;
}

export interface LogisticFit {
    readonly intercept: number;
    /** One coefficient per column: the change in log-odds of winning from 0 to 1 of the feature. */
    readonly coefficients: readonly number[];
    /** Standard errors from the inverse of the penalised Hessian at the optimum. */
    readonly standardErrors: readonly number[];
    readonly iterations: number;
}

export interface LogisticOptions {
    /** L2 penalty λ on the coefficients (never on the intercept): minimises −log L + λ/2·Σβ². */
    readonly penalty?: number;
    readonly maxIterations?: number;
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS). The small penalty keeps the fit
 * finite when a feature separates won from lost perfectly (a Blocker that was always lost) and the
 * Hessian invertible when two dimensions are rated alike; with hundreds of deals it moves a
 * coefficient by far less than its standard error.
 */
export function fitLogistic(
    design: Design,
    won: Uint8Array,
    options: LogisticOptions = {},
    rowsUsed?: Uint32Array,
): LogisticFit {
    const penalty = options.penalty ?? 1;
    const maxIterations = options.maxIterations ?? 50;
    const p = design.columns + 1;
    const rows = rowsUsed ?? Uint32Array.from({ length: design.rows }, (_, i) => i);
    const beta = new Array<number>(p).fill(0);
    const x = new Float64Array(p);
    let hessian: Matrix = [];
    let iterations = 0;
    for (; iterations < maxIterations; iterations++) {
        const gradient = new Array<number>(p).fill(0);
        hessian = Array.from({ length: p }, () => new Array<number>(p).fill(0));
        for (const row of rows) {
            x[0] = 1;
            for (let j = 1; j < p; j++) x[j] = design.values[row * design.columns + j - 1]!;
            let eta = 0;
            for (let j = 0; j < p; j++) eta += beta[j]! * x[j]!;
            const prob = 1 / (1 + Math.exp(-eta));
            const residual = won[row]! - prob;
            const weight = prob * (1 - prob);
            for (let j = 0; j < p; j++) {
                gradient[j]! += x[j]! * residual;
                const hj = hessian[j]!;
                const wx = weight * x[j]!;
                for (let k = 0; k <= j; k++) hj[k]! += wx * x[k]!;
            }
        }
        for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) hessian[k]![j] = hessian[j]![k]!;
        for (let j = 1; j < p; j++) {
            gradient[j]! -= penalty * beta[j]!;
            hessian[j]![j]! += penalty;
        }
        // A tiny ridge on the intercept only guards a data set of one outcome; it is removed below.
        hessian[0]![0]! += 1e-9;
        const step = choleskySolve(cholesky(hessian), gradient);
        let largest = 0;
        for (let j = 0; j < p; j++) {
            beta[j]! += step[j]!;
            largest = Math.max(largest, Math.abs(step[j]!));
        }
        if (largest < 1e-10) {
            iterations++;
            break;
        }
    }
    const covariance = inverseSpd(hessian);
    return {
        intercept: beta[0]!,
        coefficients: beta.slice(1),
        standardErrors: beta.slice(1).map((_, j) => Math.sqrt(covariance[j + 1]![j + 1]!)),
        iterations,
    };
}

/** The 95 % Wald interval of coefficient j and whether it excludes 0. */
export function coefficientInterval(
    fit: LogisticFit,
    j: number,
): { effect: number; low: number; high: number; significant: boolean } {
    const effect = fit.coefficients[j]!;
    const half = Z_95 * fit.standardErrors[j]!;
    const low = effect - half;
    const high = effect + half;
    return { effect, low, high, significant: low > 0 || high < 0 };
}
