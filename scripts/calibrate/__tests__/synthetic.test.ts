import { loadCatalog } from '../../lib/catalog';
import { analyseFramework, METNESS } from '../analyse';
import { dealOf } from '../deals';
import { fitLogistic, coefficientInterval } from '../stats/logistic';
import { syntheticDeals, syntheticRows, type SyntheticSpec } from '../synthetic';

const catalog = loadCatalog();
const BANT = catalog.framework('BANT');
const KEYS = BANT.dimensions.map((d) => d.key);
const FAST = { seed: 1, bootstrap: 200, folds: 5 };

function deals(spec: Omit<SyntheticSpec, 'framework'>) {
    return syntheticRows({ framework: BANT, ...spec }).map((row, i) =>
        dealOf(row, i + 2, catalog, 'Beyond_BANT_Canvas', 'synthetic'),
    );
}

/** Intervals of every dimension of one synthetic data set, straight from the regression. */
function intervals(spec: Omit<SyntheticSpec, 'framework'>) {
    const drawn = syntheticDeals({ framework: BANT, ...spec });
    const values = new Float64Array(drawn.length * KEYS.length);
    drawn.forEach((deal, row) =>
        KEYS.forEach((key, j) => {
            values[row * KEYS.length + j] = METNESS[deal.ratings[key] ?? ''] ?? 0;
        }),
    );
    const fit = fitLogistic(
        { rows: drawn.length, columns: KEYS.length, values },
        Uint8Array.from(drawn, (deal) => (deal.won ? 1 : 0)),
    );
    return KEYS.map((_, j) => coefficientInterval(fit, j));
}

describe('calibration on synthetic deals with known true effects', () => {
    it('ranks the predictive dimensions first, with correlated dimensions and a rare Blocker', () => {
        const report = analyseFramework(
            BANT,
            deals({
                deals: 1500,
                seed: 5,
                intercept: -1.5,
                effects: { Budget: 1.5, Need: 1.0, Authority: 0, Timeline: 0 },
                correlation: 0.5,
                blockerRate: 0.01,
            }),
            FAST,
        );
        const ranked = [...report.dimensions].sort((a, b) => b.effect - a.effect).map((d) => d.key);
        expect(ranked.slice(0, 2)).toEqual(['Budget', 'Need']);
        const significant = report.dimensions.filter((d) => d.significant).map((d) => d.key);
        expect(significant).toEqual(expect.arrayContaining(['Budget', 'Need']));
        // The rare Blocker: few deals, a low win rate, a wide but honest interval.
        const blocker = report.dimensions[0]!.ratings.find((r) => r.rating === 'Blocker')!;
        expect(blocker.closed).toBeGreaterThan(0);
        expect(blocker.closed).toBeLessThan(40);
        expect(blocker.high - blocker.low).toBeGreaterThan(0.1);
        expect(report.auc.current).toBeGreaterThan(0.6);
    });

    it('covers the true effects at about the nominal 95 % over repeated seeds', () => {
        const truth: Record<string, number> = {
            Budget: 1.2,
            Authority: 0.6,
            Need: 0.9,
            Timeline: 0,
        };
        let covered = 0;
        let total = 0;
        for (let seed = 300; seed < 400; seed++) {
            intervals({
                deals: 800,
                seed,
                intercept: -1.2,
                effects: truth,
                correlation: 0.3,
            }).forEach((interval, j) => {
                total++;
                if (interval.low <= truth[KEYS[j]!]! && truth[KEYS[j]!]! <= interval.high)
                    covered++;
            });
        }
        // 400 intervals: a standard error of 1.1 points around 95 % (94.5 % with these seeds).
        expect(total).toBe(400);
        expect(covered / total).toBeGreaterThan(0.92);
        expect(covered / total).toBeLessThan(0.975);
    });

    it('on pure noise marks no more dimensions significant than chance allows', () => {
        let significant = 0;
        let total = 0;
        for (let seed = 200; seed < 240; seed++) {
            for (const interval of intervals({
                deals: 800,
                seed,
                intercept: -0.4,
                effects: {},
                correlation: 0.3,
            })) {
                total++;
                if (interval.significant) significant++;
            }
        }
        // 5 % of 160 is 8; P(Binomial(160, 0.05) ≥ 17) < 0.5 %.
        expect(total).toBe(160);
        expect(significant).toBeLessThanOrEqual(16);
    });

    it('suggests no weights on pure noise', () => {
        const report = analyseFramework(
            BANT,
            deals({ deals: 1000, seed: 9, intercept: -0.3, effects: {} }),
            FAST,
        );
        expect(report.auc.suggest).toBe(false);
        expect(report.auc.current).toBeGreaterThan(0.4);
        expect(report.auc.current).toBeLessThan(0.6);
    });

    it('says plainly what is missing below the minimum instead of printing figures', () => {
        const few = deals({ deals: 200, seed: 3, intercept: 1.5, effects: { Budget: 1 } });
        const report = analyseFramework(BANT, few, FAST);
        const won = few.filter((deal) => deal.won).length;
        expect(report.tooFew).toBe(`${won} won, ${200 - won} lost; need at least 50 lost for BANT`);
        expect(report.dimensions).toEqual([]);
        expect(report.auc.current).toBeNull();
    });

    it('gives the same report for the same seed', () => {
        const input = deals({ deals: 600, seed: 4, intercept: -1, effects: { Budget: 1 } });
        expect(analyseFramework(BANT, input, FAST)).toEqual(analyseFramework(BANT, input, FAST));
    });
});
