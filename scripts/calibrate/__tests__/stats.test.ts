import { quantile } from '../analyse';
import { auc, bucketsOf, rocCurve, youdenThreshold } from '../stats/auc';
import { inverseSpd } from '../stats/linear';
import { coefficientInterval, fitLogistic } from '../stats/logistic';
import { seededRandom } from '../stats/random';
import { suggestWeights } from '../stats/suggestedWeights';
import { wilsonInterval } from '../stats/wilson';

describe('Wilson interval', () => {
    // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
    // seven methods", Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score).
    it.each([
        [81, 263, 0.2553, 0.3662],
        [15, 148, 0.0624, 0.1605],
        [0, 20, 0, 0.1611],
        [1, 29, 0.0061, 0.1718],
        [29, 29, 0.883, 1],
    ])('%i of %i is %f to %f as Newcombe tabulates', (successes, trials, low, high) => {
        const interval = wilsonInterval(successes, trials);
        expect(interval.low).toBeCloseTo(low, 4);
        expect(interval.high).toBeCloseTo(high, 4);
    });

    it('refuses counts that are no proportion', () => {
        expect(() => wilsonInterval(5, 3)).toThrow('5 successes of 3 trials');
        expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    });
});

describe('logistic regression', () => {
    it('with one binary feature and no penalty gives the log odds ratio and Woolf’s standard error', () => {
        // A 2×2 table: feature 1 → 30 won, 10 lost; feature 0 → 15 won, 45 lost. The maximum
        // likelihood estimate is ln((30/10)/(15/45)) = ln 9, its standard error
        // √(1/30 + 1/10 + 1/15 + 1/45) (Woolf 1955), the intercept ln(15/45): derivable by hand.
        const cells: Array<[number, number, number]> = [
            [1, 1, 30],
            [1, 0, 10],
            [0, 1, 15],
            [0, 0, 45],
        ];
        const rows = cells.flatMap(([x, y, count]) => Array.from({ length: count }, () => [x, y]));
        const fit = fitLogistic(
            { rows: rows.length, columns: 1, values: Float64Array.from(rows, (r) => r[0]!) },
            Uint8Array.from(rows, (r) => r[1]!),
            { penalty: 0 },
        );
        expect(fit.coefficients[0]).toBeCloseTo(Math.log(9), 6);
        expect(fit.intercept).toBeCloseTo(Math.log(15 / 45), 6);
        expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(1 / 30 + 1 / 10 + 1 / 15 + 1 / 45), 6);
        const interval = coefficientInterval(fit, 0);
        expect(interval.significant).toBe(true);
        expect(interval.low).toBeCloseTo(Math.log(9) - 1.959964 * fit.standardErrors[0]!, 5);
    });

    it('stays finite when a feature separates the outcomes perfectly (the penalty’s job)', () => {
        const x = Float64Array.from({ length: 100 }, (_, i) => (i < 50 ? 1 : 0));
        const won = Uint8Array.from({ length: 100 }, (_, i) => (i < 50 ? 1 : 0));
        const fit = fitLogistic({ rows: 100, columns: 1, values: x }, won);
        expect(Number.isFinite(fit.coefficients[0])).toBe(true);
        expect(fit.coefficients[0]).toBeGreaterThan(2);
    });
});

describe('AUC', () => {
    it('equals the Mann–Whitney count over every won/lost pair, ties one half', () => {
        const random = seededRandom(3);
        const scores = Array.from({ length: 300 }, () => Math.round(random() * 20));
        const won = Uint8Array.from(scores, (score) => (random() < score / 25 ? 1 : 0));
        let pairs = 0;
        let favourable = 0;
        scores.forEach((a, i) => {
            if (!won[i]) return;
            scores.forEach((b, j) => {
                if (won[j]) return;
                pairs++;
                favourable += a > b ? 1 : a === b ? 0.5 : 0;
            });
        });
        expect(auc(scores, won)).toBeCloseTo(favourable / pairs, 12);
    });

    it('is 1 for a perfect score, 0.5 for a constant one', () => {
        const won = Uint8Array.from([0, 0, 1, 1]);
        expect(auc([1, 2, 3, 4], won)).toBe(1);
        expect(auc([5, 5, 5, 5], won)).toBe(0.5);
    });

    it('finds the threshold with the largest Youden J', () => {
        // Won at 60, 70, 80; lost at 20, 30, 65: "≥ 70" catches 2/3 won and no lost (J = 2/3),
        // "≥ 60" all won and 1/3 lost (J = 2/3 too): the lower of equals wins.
        const won = Uint8Array.from([1, 1, 1, 0, 0, 0]);
        const best = youdenThreshold(rocCurve(bucketsOf([60, 70, 80, 20, 30, 65]), won));
        expect(best.threshold).toBe(60);
        expect(best.j).toBeCloseTo(2 / 3, 12);
    });
});

describe('helpers', () => {
    it('inverts a symmetric positive-definite matrix', () => {
        const a = [
            [4, 2, 0.6],
            [2, 2, 0.5],
            [0.6, 0.5, 3],
        ];
        const inverse = inverseSpd(a);
        for (let i = 0; i < 3; i++)
            for (let j = 0; j < 3; j++) {
                const product = a[i]!.reduce((sum, value, k) => sum + value * inverse[k]![j]!, 0);
                expect(product).toBeCloseTo(i === j ? 1 : 0, 12);
            }
    });

    it('takes quantiles as R’s quantile(type = 7) does', () => {
        // R: quantile(c(1, 2, 3, 4), c(0.25, 0.975)) → 1.75, 3.925
        expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
        expect(quantile([4, 1, 3, 2], 0.975)).toBeCloseTo(3.925, 12);
    });

    it('suggests weights in proportion to positive effects, at least 0.5, summing near today’s', () => {
        expect(suggestWeights([2, 1, -0.5, 1], 10)).toEqual([5, 2.5, 0.5, 2.5]);
        expect(suggestWeights([-1, 0], 10)).toBeUndefined();
    });
});
