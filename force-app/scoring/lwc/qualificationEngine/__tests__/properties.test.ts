import fc from 'fast-check';
import { evaluate, RATING_VALUES, REASON_CODES, STATUSES } from '../qualificationEngine';
import type { Answers, DimensionConfig, FrameworkConfig } from '../qualificationEngine';
import { referenceEvaluate } from './reference';

const KEYS = [
    'Budget',
    'Authority',
    'Need',
    'Timeline',
    'Goals',
    'Plans',
    'Challenges',
    'Value_Fit',
    'Will_To_Change',
];

/** Any valid framework: 1–9 dimensions, unique keys and orders, weights in hundredths up to the field's maximum. */
const frameworkArb: fc.Arbitrary<FrameworkConfig> = fc
    .record({
        keys: fc.shuffledSubarray(KEYS, { minLength: 1 }),
        orders: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), {
            minLength: KEYS.length,
            maxLength: KEYS.length,
        }),
        weights: fc.array(
            fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 9_999_999 })),
            { minLength: KEYS.length, maxLength: KEYS.length },
        ),
        gates: fc.array(fc.boolean(), { minLength: KEYS.length, maxLength: KEYS.length }),
        qualifiedThreshold: fc.integer({ min: 0, max: 100 }),
        minimumCompleteness: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ keys, orders, weights, gates, qualifiedThreshold, minimumCompleteness }) => ({
        name: 'Generated',
        qualifiedThreshold,
        minimumCompleteness,
        dimensions: keys.map((key, i): DimensionConfig => ({
            key,
            order: orders[i],
            weight: weights[i] / 100,
            isGate: gates[i],
            ratingField: `BB_${key}_Rating__c`,
            evidenceField: `BB_${key}_Evidence__c`,
        })),
    }));

const rawArb: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<unknown>(...RATING_VALUES) },
    {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(
            null,
            undefined,
            '',
            'met',
            'MET',
            ' Met',
            'Partly met',
            // Names of Object.prototype members: a lookup table must not mistake them for ratings.
            'valueOf',
            'toString',
            'constructor',
            '__proto__',
            // Objects String() cannot convert: a bad answer must still never crash.
            { toString: 0 },
            Object.create(null),
        ),
    },
    {
        weight: 1,
        arbitrary: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.object()),
    },
);

const answersArb: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
    fc.constantFrom(...KEYS),
    rawArb,
);

const frameworkWithAnswers = fc.tuple(frameworkArb, answersArb);

describe('engine properties', () => {
    it('never throws and yields integers 0–100, a known status and known reason codes', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, ([framework, answers]) => {
                const result = evaluate(framework, answers);
                expect(
                    Number.isInteger(result.score) && result.score >= 0 && result.score <= 100,
                ).toBe(true);
                expect(
                    Number.isInteger(result.completeness) &&
                        result.completeness >= 0 &&
                        result.completeness <= 100,
                ).toBe(true);
                expect(STATUSES).toContain(result.status);
                for (const reason of result.reasons) {
                    expect(REASON_CODES).toContain(reason.code);
                }
                const keys = framework.dimensions.map((d) => d.key);
                expect(result.nextDimension === null || keys.includes(result.nextDimension)).toBe(
                    true,
                );
            }),
            { numRuns: 1000 },
        );
    });

    it('agrees with the independent fraction-based reference', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, ([framework, answers]) => {
                expect(evaluate(framework, answers)).toEqual(referenceEvaluate(framework, answers));
            }),
            { numRuns: 2000 },
        );
    });

    it('never lowers the score when a dimension is raised from Not_Met to Met', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, fc.nat(), ([framework, answers], pick) => {
                const key = framework.dimensions[pick % framework.dimensions.length].key;
                const before = evaluate(framework, { ...answers, [key]: 'Not_Met' });
                const after = evaluate(framework, { ...answers, [key]: 'Met' });
                expect(after.score).toBeGreaterThanOrEqual(before.score);
            }),
        );
    });

    it('always disqualifies a Blocker on a gate', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, fc.nat(), ([framework, answers], pick) => {
                const gated: FrameworkConfig = {
                    ...framework,
                    dimensions: framework.dimensions.map((d, i) => ({
                        ...d,
                        isGate: d.isGate || i === pick % framework.dimensions.length,
                    })),
                };
                const gate = gated.dimensions[pick % gated.dimensions.length];
                const result = evaluate(gated, { ...answers, [gate.key]: 'Blocker' });
                expect(result.status).toBe('Disqualified');
                expect(result.reasons).toContainEqual({
                    code: 'GATE_BLOCKER',
                    dimension: gate.key,
                });
            }),
        );
    });

    it('never lowers completeness when one more dimension is assessed', () => {
        const assessed = fc.constantFrom('Not_Met', 'Partly_Met', 'Met', 'Blocker');
        fc.assert(
            fc.property(
                frameworkWithAnswers,
                fc.nat(),
                assessed,
                ([framework, answers], pick, rating) => {
                    const key = framework.dimensions[pick % framework.dimensions.length].key;
                    const unassessed: Answers = { ...answers, [key]: 'Not_Explored' };
                    const before = evaluate(framework, unassessed);
                    const after = evaluate(framework, { ...unassessed, [key]: rating });
                    expect(after.completeness).toBeGreaterThanOrEqual(before.completeness);
                },
            ),
        );
    });

    it('names a next dimension exactly while one is unassessed', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, ([framework, answers]) => {
                const result = evaluate(framework, answers);
                const open = framework.dimensions.filter(
                    (d) =>
                        !['Not_Met', 'Partly_Met', 'Met', 'Blocker'].includes(
                            answers[d.key] as string,
                        ),
                );
                expect(result.nextDimension === null).toBe(open.length === 0);
            }),
        );
    });

    it('is deterministic: the same input gives the same result, cached or freshly compiled', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, ([framework, answers]) => {
                const first = evaluate(framework, answers);
                expect(evaluate(framework, answers)).toEqual(first);
                const copy = {
                    ...framework,
                    dimensions: framework.dimensions.map((d) => ({ ...d })),
                };
                expect(evaluate(copy, { ...answers })).toEqual(first);
            }),
        );
    });
});
