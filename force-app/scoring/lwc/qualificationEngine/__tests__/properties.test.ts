import fc from 'fast-check';
import { evaluate, RATING_VALUES, REASON_CODES, STATUSES } from '../qualificationEngine';
import type {
    Answers,
    DimensionConfig,
    EvaluationContext,
    FrameworkConfig,
    QualificationStatus,
} from '../qualificationEngine';
import { expectedResult } from '../../../../../scripts/vectors/contract';

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
        // Some dimensions carry a horizon (0 included) on a date value field.
        horizons: fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { freq: 2 }), {
            minLength: KEYS.length,
            maxLength: KEYS.length,
        }),
        qualifiedThreshold: fc.integer({ min: 0, max: 100 }),
        minimumCompleteness: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ keys, orders, weights, gates, horizons, qualifiedThreshold, minimumCompleteness }) => ({
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
            valueField: horizons[i] === null ? null : `BB_${key}_Date__c`,
            horizonDays: horizons[i],
        })),
    }));

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01), via the platform's UTC calendar. */
const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Evaluation days across leap years and centuries, 1900–2200. */
const dayNumberArb = fc.integer({ min: -25_567, max: 84_000 });

/** A context: the day, and per key a date near it (before, at, after any horizon) or no date at all. */
const contextArb: fc.Arbitrary<EvaluationContext> = dayNumberArb.chain((today) =>
    fc
        .dictionary(
            fc.constantFrom(...KEYS),
            fc.oneof(
                {
                    weight: 6,
                    arbitrary: fc
                        .integer({ min: -30, max: 500 })
                        .map((ahead) => isoDay(today + ahead)),
                },
                {
                    weight: 1,
                    arbitrary: fc.constantFrom<unknown>(
                        null,
                        '',
                        '2026-02-30',
                        '2026-2-3',
                        '1699-12-31',
                        '4001-01-01',
                        '03.04.2026',
                        20260301,
                        new Date(0),
                    ),
                },
            ),
        )
        .map((values) => ({ evaluationDay: isoDay(today), values })),
);

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

const frameworkWithAnswers = fc.tuple(frameworkArb, answersArb, contextArb);

/** How far a status lets a record go: a horizon or blocker may only ever lower it. */
const RANK: Readonly<Record<QualificationStatus, number>> = {
    Disqualified: 0,
    New: 1,
    Working: 2,
    Nurture: 3,
    Qualified: 4,
};

describe('engine properties', () => {
    it('never throws and yields integers 0–100, a known status and known reason codes', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, ([framework, answers, context]) => {
                const result = evaluate(framework, answers, context);
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

    it('agrees with the reference evaluation behind the vectors (exact fractions, no engine code)', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, ([framework, answers, context]) => {
                expect(evaluate(framework, answers, context)).toEqual(
                    expectedResult(framework, answers, context.values ?? {}, context.evaluationDay),
                );
            }),
            { numRuns: 2000 },
        );
    });

    it('never lowers the score when a dimension is raised from Not_Met to Met', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, fc.nat(), ([framework, answers, context], pick) => {
                const key = framework.dimensions[pick % framework.dimensions.length].key;
                const before = evaluate(framework, { ...answers, [key]: 'Not_Met' }, context);
                const after = evaluate(framework, { ...answers, [key]: 'Met' }, context);
                expect(after.score).toBeGreaterThanOrEqual(before.score);
            }),
        );
    });

    it('always disqualifies a Blocker on a gate', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, fc.nat(), ([framework, answers, context], pick) => {
                const gated: FrameworkConfig = {
                    ...framework,
                    dimensions: framework.dimensions.map((d, i) => ({
                        ...d,
                        isGate: d.isGate || i === pick % framework.dimensions.length,
                    })),
                };
                const gate = gated.dimensions[pick % gated.dimensions.length];
                const result = evaluate(gated, { ...answers, [gate.key]: 'Blocker' }, context);
                expect(result.status).toBe('Disqualified');
                expect(result.reasons).toContainEqual({
                    code: 'GATE_BLOCKER',
                    dimension: gate.key,
                });
            }),
        );
    });

    it('never qualifies with a Blocker on any dimension, and names each non-gate blocker', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, fc.nat(), ([framework, answers, context], pick) => {
                const dimension = framework.dimensions[pick % framework.dimensions.length];
                const result = evaluate(
                    framework,
                    { ...answers, [dimension.key]: 'Blocker' },
                    context,
                );
                expect(result.status).not.toBe('Qualified');
                // A non-gate blocker is named whatever the status (it can be neither New nor Qualified).
                const named = result.reasons.some(
                    (r) => r.code === 'BLOCKER' && r.dimension === dimension.key,
                );
                expect(named).toBe(!dimension.isGate);
            }),
            { numRuns: 500 },
        );
    });

    it('never raises a status through a horizon: without values, or without horizons, it is at least as good', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, ([framework, answers, context]) => {
                const held = evaluate(framework, answers, context);
                const free = evaluate(framework, answers, { evaluationDay: context.evaluationDay });
                const noHorizons = evaluate(
                    {
                        ...framework,
                        dimensions: framework.dimensions.map((d) => ({ ...d, horizonDays: null })),
                    },
                    answers,
                    context,
                );
                expect(RANK[held.status]).toBeLessThanOrEqual(RANK[free.status]);
                expect(noHorizons).toEqual(free);
                // A horizon changes the status and its reasons, never the numbers.
                expect([
                    held.score,
                    held.completeness,
                    held.nextDimension,
                    held.weakestDimension,
                ]).toEqual([
                    free.score,
                    free.completeness,
                    free.nextDimension,
                    free.weakestDimension,
                ]);
                // A status the horizon changed is Nurture, and says why.
                const explained =
                    held.status === 'Nurture' &&
                    held.reasons.some((r) => r.code === 'BEYOND_HORIZON');
                expect(held.status === free.status || explained).toBe(true);
            }),
            { numRuns: 1000 },
        );
    });

    it('holds back only dates more than the horizon ahead: a later day never holds back more', () => {
        fc.assert(
            fc.property(
                frameworkWithAnswers,
                fc.integer({ min: 1, max: 400 }),
                ([framework, answers, context], later) => {
                    const day = Math.round(
                        Date.parse(`${context.evaluationDay}T00:00:00Z`) / 86_400_000,
                    );
                    const beyond = (evaluationDay: string): string[] =>
                        evaluate(framework, answers, { ...context, evaluationDay })
                            .reasons.filter((r) => r.code === 'BEYOND_HORIZON')
                            .map((r) => (r as { dimension: string }).dimension);
                    const now = beyond(context.evaluationDay);
                    for (const key of beyond(isoDay(day + later))) {
                        expect(now).toContain(key);
                    }
                },
            ),
            { numRuns: 300 },
        );
    });

    it('takes the day only as an input: the result depends on the given day, not on the clock', () => {
        jest.useFakeTimers();
        try {
            fc.assert(
                fc.property(
                    frameworkWithAnswers,
                    fc.integer({ min: -1e12, max: 1e13 }),
                    fc.integer({ min: -1e12, max: 1e13 }),
                    ([framework, answers, context], clock, otherClock) => {
                        jest.setSystemTime(clock);
                        const first = evaluate(framework, answers, context);
                        jest.setSystemTime(otherClock);
                        expect(evaluate(framework, answers, context)).toEqual(first);
                    },
                ),
                { numRuns: 300 },
            );
        } finally {
            jest.useRealTimers();
        }
    });

    it('never lowers completeness when one more dimension is assessed', () => {
        const assessed = fc.constantFrom('Not_Met', 'Partly_Met', 'Met', 'Blocker');
        fc.assert(
            fc.property(
                frameworkWithAnswers,
                fc.nat(),
                assessed,
                ([framework, answers, context], pick, rating) => {
                    const key = framework.dimensions[pick % framework.dimensions.length].key;
                    const unassessed: Answers = { ...answers, [key]: 'Not_Explored' };
                    const before = evaluate(framework, unassessed, context);
                    const after = evaluate(framework, { ...unassessed, [key]: rating }, context);
                    expect(after.completeness).toBeGreaterThanOrEqual(before.completeness);
                },
            ),
        );
    });

    it('names a next dimension exactly while one is unassessed', () => {
        fc.assert(
            fc.property(frameworkWithAnswers, ([framework, answers, context]) => {
                const result = evaluate(framework, answers, context);
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
            fc.property(frameworkWithAnswers, ([framework, answers, context]) => {
                const first = evaluate(framework, answers, context);
                expect(evaluate(framework, answers, context)).toEqual(first);
                const copy = {
                    ...framework,
                    dimensions: framework.dimensions.map((d) => ({ ...d })),
                };
                expect(evaluate(copy, { ...answers }, { ...context })).toEqual(first);
            }),
        );
    });
});
