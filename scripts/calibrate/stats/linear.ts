/**
 * Cholesky factorisation, solve and inverse of small symmetric positive-definite matrices (the
 * penalised Hessian of a logistic regression with at most a few dozen dimensions). Our own: a
 * matrix library would bring a general solver for a 13 × 13 matrix that Cholesky handles in a
 * few lines, and the L2 penalty keeps the matrix positive definite.
 */
export type Matrix = number[][];

/** The lower-triangular L with A = L·Lᵀ; throws when A is not positive definite. */
export function cholesky(a: Matrix): Matrix {
    const n = a.length;
    const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) {
        for (let j = 0; j <= i; j++) {
            let sum = a[i]![j]!;
            for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
            if (i === j) {
                if (!(sum > 0)) throw new RangeError('matrix is not positive definite');
                l[i]![i] = Math.sqrt(sum);
            } else {
                l[i]![j] = sum / l[j]![j]!;
            }
        }
    }
    return l;
}

/** x with A·x = b, given A's Cholesky factor. */
export function choleskySolve(l: Matrix, b: readonly number[]): number[] {
    const n = l.length;
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
        let sum = b[i]!;
        for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
        y[i] = sum / l[i]![i]!;
    }
    const x = new Array<number>(n).fill(0);
    for (let i = n - 1; i >= 0; i--) {
        let sum = y[i]!;
        for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
        x[i] = sum / l[i]![i]!;
    }
    return x;
}

/** A⁻¹ of a symmetric positive-definite A. */
export function inverseSpd(a: Matrix): Matrix {
    const l = cholesky(a);
    const n = a.length;
    const columns = Array.from({ length: n }, (_, j) =>
        choleskySolve(
            l,
            Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)),
        ),
    );
    return Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => columns[j]![i]!),
    );
}
