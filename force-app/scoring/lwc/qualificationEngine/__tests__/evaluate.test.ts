import {
    compileFramework,
    ConfigurationError,
    evaluate as evaluateOn,
    evaluateCompiled,
    roundHalfUp,
} from '../qualificationEngine';
import type {
    Answers,
    Evaluation,
    EvaluationContext,
    FrameworkConfig,
} from '../qualificationEngine';
import { bant, dimension } from './frameworks';

const DAY = '2026-03-01';

/** Most rules do not depend on the day: evaluate on a fixed one, without structured values. */
function evaluate(framework: FrameworkConfig, answers: Answers): Evaluation {
    return evaluateOn(framework, answers, { evaluationDay: DAY });
}

/** BANT as shipped: Timeline measures the decision date against a horizon of 180 days. */
function bantWithHorizon(horizonDays: number | null = 180): FrameworkConfig {
    return bant({
        dimensions: bant().dimensions.map((d) => {
            if (d.key !== 'Timeline') return d;
            return { ...d, valueField: 'BB_Decision_Date__c', horizonDays };
        }),
    });
}

/** The day `days` after DAY. */
function inDays(days: number): string {
    return new Date(Date.parse(`${DAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function catchError(action: () => unknown): unknown {
    try {
        action();
    } catch (error) {
        return error;
    }
    throw new Error('expected an error');
}

const allMet = { Budget: 'Met', Authority: 'Met', Need: 'Met', Timeline: 'Met' };

describe('evaluate: status precedence', () => {
    it('is New when nothing is assessed, and names the heaviest dimension to explore next', () => {
        expect(evaluate(bant(), {})).toEqual({
            status: 'New',
            score: 0,
            completeness: 0,
            nextDimension: 'Budget',
            weakestDimension: null,
            reasons: [{ code: 'NOTHING_ASSESSED' }],
        });
    });

    it('is Disqualified by a Blocker on a gate before any other rule', () => {
        // Nothing else assessed would be New, completeness 30 would be Working: the gate wins.
        expect(evaluate(bant(), { Need: 'Blocker' })).toEqual({
            status: 'Disqualified',
            score: 0,
            completeness: 30,
            nextDimension: 'Budget',
            weakestDimension: 'Need',
            reasons: [
                { code: 'GATE_BLOCKER', dimension: 'Need' },
                { code: 'WEAK_DIMENSION', dimension: 'Need', value: 'Blocker' },
            ],
        });
    });

    it('holds a Blocker on a non-gate at Nurture, scored like Not_Met, with a reason naming it', () => {
        const result = evaluate(bant(), { ...allMet, Authority: 'Blocker' });
        expect(result).toEqual({
            status: 'Nurture',
            score: 80,
            completeness: 100,
            nextDimension: null,
            weakestDimension: 'Authority',
            reasons: [
                { code: 'BLOCKER', dimension: 'Authority' },
                { code: 'WEAK_DIMENSION', dimension: 'Authority', value: 'Blocker' },
            ],
        });
    });

    it('lists non-gate blockers after the gate blockers when a gate disqualifies', () => {
        expect(
            evaluate(bant(), {
                Budget: 'Blocker',
                Authority: 'Blocker',
                Timeline: 'Blocker',
            }).reasons.slice(0, 3),
        ).toEqual([
            { code: 'GATE_BLOCKER', dimension: 'Budget' },
            { code: 'BLOCKER', dimension: 'Authority' },
            { code: 'BLOCKER', dimension: 'Timeline' },
        ]);
    });

    it('keeps Working below the minimum and still names a non-gate blocker', () => {
        expect(evaluate(bant(), { Authority: 'Blocker' })).toMatchObject({
            status: 'Working',
            reasons: [
                { code: 'COMPLETENESS_BELOW_MINIMUM', completeness: 20, minimum: 50 },
                { code: 'BLOCKER', dimension: 'Authority' },
                { code: 'WEAK_DIMENSION', dimension: 'Authority', value: 'Blocker' },
            ],
        });
    });

    it('is Working below the minimum completeness, and judged exactly at it', () => {
        expect(evaluate(bant(), { Authority: 'Met', Timeline: 'Met' })).toMatchObject({
            status: 'Working',
            completeness: 40,
            reasons: [{ code: 'COMPLETENESS_BELOW_MINIMUM', completeness: 40, minimum: 50 }],
        });
        expect(evaluate(bant(), { Budget: 'Met', Authority: 'Met' })).toMatchObject({
            status: 'Nurture',
            completeness: 50,
        });
    });

    it('is Qualified at the threshold with every gate Met', () => {
        expect(
            evaluate(bant(), {
                Budget: 'Met',
                Authority: 'Partly_Met',
                Need: 'Met',
                Timeline: 'Not_Met',
            }),
        ).toEqual({
            status: 'Qualified',
            score: 70,
            completeness: 100,
            nextDimension: null,
            weakestDimension: 'Timeline',
            reasons: [
                { code: 'SCORE_MEETS_THRESHOLD', score: 70, threshold: 70 },
                { code: 'WEAK_DIMENSION', dimension: 'Timeline', value: 'Not_Met' },
                { code: 'WEAK_DIMENSION', dimension: 'Authority', value: 'Partly_Met' },
            ],
        });
    });

    it('is Nurture with a high score while a gate is not Met, without a score reason', () => {
        expect(evaluate(bant(), { ...allMet, Budget: 'Partly_Met' }).reasons).toEqual([
            { code: 'GATE_NOT_MET', dimension: 'Budget' },
            { code: 'WEAK_DIMENSION', dimension: 'Budget', value: 'Partly_Met' },
        ]);
    });

    it('is Nurture below the threshold, listing the score first and then every gate not Met in order', () => {
        const result = evaluate(bant(), {
            Budget: 'Not_Met',
            Authority: 'Met',
            Need: 'Partly_Met',
            Timeline: 'Met',
        });
        expect(result.status).toBe('Nurture');
        expect(result.reasons.slice(0, 3)).toEqual([
            { code: 'SCORE_BELOW_THRESHOLD', score: 55, threshold: 70 },
            { code: 'GATE_NOT_MET', dimension: 'Budget' },
            { code: 'GATE_NOT_MET', dimension: 'Need' },
        ]);
    });

    it('qualifies a framework without gates on the score alone', () => {
        const noGates = bant({ dimensions: [dimension('Goals', 1, 1), dimension('Plans', 2, 1)] });
        expect(evaluate(noGates, { Goals: 'Met', Plans: 'Partly_Met' }).status).toBe('Qualified');
    });
});

describe('evaluate: decision horizon', () => {
    const on = (date: unknown, framework = bantWithHorizon()): Evaluation =>
        evaluateOn(framework, allMet, { evaluationDay: DAY, values: { Timeline: date } });

    it('does not hold back a date at the horizon or closer', () => {
        expect(on(inDays(179)).status).toBe('Qualified');
        expect(on(inDays(180)).status).toBe('Qualified');
        expect(on(DAY).status).toBe('Qualified');
    });

    it('holds a date one day beyond the horizon at Nurture, naming distance and horizon', () => {
        expect(on(inDays(181))).toEqual({
            status: 'Nurture',
            score: 100,
            completeness: 100,
            nextDimension: null,
            weakestDimension: null,
            reasons: [{ code: 'BEYOND_HORIZON', dimension: 'Timeline', days: 181, horizon: 180 }],
        });
    });

    it('ignores a past, blank or unparsable date, and a dimension without horizon', () => {
        for (const date of [
            inDays(-400),
            null,
            undefined,
            '',
            '2026-02-30',
            'next spring',
            20270101,
        ]) {
            expect(on(date).status).toBe('Qualified');
        }
        expect(on(inDays(5000), bantWithHorizon(null)).status).toBe('Qualified');
        expect(evaluateOn(bantWithHorizon(), allMet, { evaluationDay: DAY }).status).toBe(
            'Qualified',
        );
    });

    it('with a horizon of 0 holds back any future date but not today', () => {
        expect(on(DAY, bantWithHorizon(0)).status).toBe('Qualified');
        expect(on(inDays(1), bantWithHorizon(0)).reasons[0]).toEqual({
            code: 'BEYOND_HORIZON',
            dimension: 'Timeline',
            days: 1,
            horizon: 0,
        });
    });

    it('reads no date from Object.prototype for a dimension named like one of its members', () => {
        const framework = bant({
            dimensions: [
                { ...dimension('constructor', 1, 1), valueField: 'BB_A_Date__c', horizonDays: 0 },
                { ...dimension('toString', 2, 1), valueField: 'BB_B_Date__c', horizonDays: 0 },
            ],
        });
        const result = evaluateOn(
            framework,
            { constructor: 'Met', toString: 'Met' },
            { evaluationDay: DAY, values: {} },
        );
        expect(result.status).toBe('Qualified');
    });

    it('counts from the evaluation day it is given', () => {
        const date = '2026-09-01'; // 184 days after DAY
        const context = (evaluationDay: string): EvaluationContext => ({
            evaluationDay,
            values: { Timeline: date },
        });
        expect(evaluateOn(bantWithHorizon(), allMet, context(DAY)).status).toBe('Nurture');
        expect(evaluateOn(bantWithHorizon(), allMet, context('2026-03-05')).status).toBe(
            'Qualified',
        );
    });

    it('adds its reason after the other Nurture reasons, and to Working', () => {
        const far = { evaluationDay: DAY, values: { Timeline: inDays(400) } };
        expect(
            evaluateOn(
                bantWithHorizon(),
                { ...allMet, Budget: 'Partly_Met', Authority: 'Blocker' },
                far,
            ).reasons.slice(0, 4),
        ).toEqual([
            { code: 'SCORE_BELOW_THRESHOLD', score: 65, threshold: 70 },
            { code: 'GATE_NOT_MET', dimension: 'Budget' },
            { code: 'BLOCKER', dimension: 'Authority' },
            { code: 'BEYOND_HORIZON', dimension: 'Timeline', days: 400, horizon: 180 },
        ]);
        expect(evaluateOn(bantWithHorizon(), { Timeline: 'Met' }, far).reasons).toEqual([
            { code: 'COMPLETENESS_BELOW_MINIMUM', completeness: 20, minimum: 50 },
            { code: 'BEYOND_HORIZON', dimension: 'Timeline', days: 400, horizon: 180 },
        ]);
        expect(evaluateOn(bantWithHorizon(), {}, far).status).toBe('New');
        expect(evaluateOn(bantWithHorizon(), { Budget: 'Blocker' }, far).reasons).toEqual([
            { code: 'GATE_BLOCKER', dimension: 'Budget' },
            { code: 'WEAK_DIMENSION', dimension: 'Budget', value: 'Blocker' },
        ]);
    });
});

describe('evaluate: reasons', () => {
    it('orders weak dimensions by lost weight, then framework order', () => {
        const result = evaluate(bant(), {
            Budget: 'Partly_Met',
            Authority: 'Not_Met',
            Need: 'Not_Met',
            Timeline: 'Not_Met',
        });
        expect(
            result.reasons
                .filter((r) => r.code === 'WEAK_DIMENSION')
                .map((r) => 'dimension' in r && r.dimension),
        ).toEqual([
            'Need', // 3 × 2 = 6
            'Authority', // 2 × 2 = 4, before Timeline by order
            'Timeline',
            'Budget', // 3 × 1 = 3
        ]);
    });

    it('reports invalid answers last, in framework order, with the raw value as text', () => {
        const result = evaluate(bant(), { Timeline: 42, Budget: 'met', Authority: true, Need: {} });
        expect(result.status).toBe('New');
        expect(result.reasons).toEqual([
            { code: 'NOTHING_ASSESSED' },
            { code: 'INVALID_ANSWER', dimension: 'Budget', value: 'met' },
            { code: 'INVALID_ANSWER', dimension: 'Authority', value: 'true' },
            { code: 'INVALID_ANSWER', dimension: 'Need', value: '[object Object]' },
            { code: 'INVALID_ANSWER', dimension: 'Timeline', value: '42' },
        ]);
    });

    it('never crashes on an answer String() cannot convert, and names it by its object tag', () => {
        const unprintable = { toString: 0 };
        const bare = Object.create(null) as object;
        const result = evaluate(bant(), { ...allMet, Budget: unprintable, Need: bare });
        expect(result.reasons.filter((r) => r.code === 'INVALID_ANSWER')).toEqual([
            { code: 'INVALID_ANSWER', dimension: 'Budget', value: '[object Object]' },
            { code: 'INVALID_ANSWER', dimension: 'Need', value: '[object Object]' },
        ]);
    });

    it.each([null, undefined, '', 'Not_Explored'])(
        'treats %p as unassessed, not invalid',
        (raw) => {
            const result = evaluate(bant(), { ...allMet, Timeline: raw });
            expect(result.completeness).toBe(80);
            expect(result.nextDimension).toBe('Timeline');
            expect(result.reasons.some((r) => r.code === 'INVALID_ANSWER')).toBe(false);
        },
    );

    it('reads only own answer keys, so inherited names such as constructor are unassessed', () => {
        const framework = bant({
            dimensions: [dimension('constructor', 1, 1), dimension('toString', 2, 1)],
        });
        expect(evaluate(framework, {})).toMatchObject({
            status: 'New',
            reasons: [{ code: 'NOTHING_ASSESSED' }],
        });
    });
});

describe('evaluate: arithmetic', () => {
    it('rounds half up in integers: 12.5 → 13 and 37.5 → 38', () => {
        const quarters = bant({
            qualifiedThreshold: 100,
            minimumCompleteness: 0,
            dimensions: ['A', 'B', 'C', 'D'].map((key, i) => dimension(key, i + 1, 1)),
        });
        expect(evaluate(quarters, { A: 'Partly_Met' }).score).toBe(13);
        expect(evaluate(quarters, { A: 'Partly_Met', B: 'Met' }).score).toBe(38);
        expect(roundHalfUp(25, 2)).toBe(13);
        expect(roundHalfUp(24, 2)).toBe(12);
        expect(roundHalfUp(1, 3)).toBe(0);
        expect(roundHalfUp(2, 3)).toBe(1);
    });

    it('uses exact hundredths of decimal weights (1.15 × 100 is not 115 in binary floating point)', () => {
        const decimals = bant({
            qualifiedThreshold: 50,
            minimumCompleteness: 50,
            dimensions: [
                dimension('A', 1, 1.15, true),
                dimension('B', 2, 0.35),
                dimension('C', 3, 2.5),
            ],
        });
        expect(evaluate(decimals, { A: 'Met', B: 'Partly_Met' })).toMatchObject({
            score: 33,
            completeness: 38,
        });
    });

    it('follows Order__c, not the array order', () => {
        const shuffled = bant({ dimensions: [...bant().dimensions].reverse() });
        expect(evaluate(shuffled, {})).toEqual(evaluate(bant(), {}));
        expect(evaluate(shuffled, { Budget: 'Blocker', Need: 'Blocker' }).reasons[0]).toEqual({
            code: 'GATE_BLOCKER',
            dimension: 'Budget',
        });
    });
});

describe('evaluate: bad input', () => {
    it('throws a ConfigurationError that lists every issue of the framework', () => {
        const broken = bant({
            qualifiedThreshold: 120,
            dimensions: [{ ...dimension('Budget', 1, 0), recordName: 'BANT_Budget' }],
        });
        const issues = [
            'BB_Qualification_Framework__mdt.BANT: Qualified_Threshold__c must be a whole number from 0 to 100 (was 120)',
            'BB_Qualification_Dimension__mdt.BANT_Budget: Weight__c must be greater than 0 (was 0)',
        ];
        const thrown = catchError(() => evaluate(broken, {}));
        expect(thrown).toBeInstanceOf(ConfigurationError);
        expect((thrown as ConfigurationError).issues.map((issue) => issue.message)).toEqual(issues);
        expect((thrown as ConfigurationError).message).toBe(
            'Framework BANT is misconfigured (2 issues):\n' +
                issues.map((issue) => `- ${issue}`).join('\n'),
        );
    });

    it('says "1 issue" for a single issue', () => {
        expect(() => evaluate(bant({ minimumCompleteness: -1 }), {})).toThrow(
            /misconfigured \(1 issue\):/,
        );
    });

    it('throws for a framework that is not an object', () => {
        expect(() => evaluate(null as unknown as FrameworkConfig, {})).toThrow(
            'BB_Qualification_Framework__mdt.(unnamed): DeveloperName must describe a framework (was missing)',
        );
    });

    it.each([
        undefined,
        null,
        '',
        '2026-3-1',
        '2026-02-30',
        '01.03.2026',
        20260301,
        '1699-12-31',
        '4001-01-01',
    ])(
        'throws a TypeError for the evaluation day %p: the engine never guesses a day',
        (evaluationDay) => {
            const context = { evaluationDay } as unknown as EvaluationContext;
            expect(() => evaluateOn(bant(), {}, context)).toThrow(TypeError);
            expect(() => evaluateOn(bant(), {}, context)).toThrow(
                /evaluation day must be a calendar day from 1700 to 4000/,
            );
        },
    );

    it('throws a TypeError for a missing context', () => {
        expect(() =>
            evaluateCompiled(
                compileFramework(bant()),
                {},
                undefined as unknown as EvaluationContext,
            ),
        ).toThrow('(was undefined)');
    });

    it('throws a TypeError naming the framework when answers are not an object', () => {
        expect(() => evaluate(bant(), null as unknown as Record<string, unknown>)).toThrow(
            'Answers for framework BANT must be an object of dimension key → rating value (was null)',
        );
        expect(() => evaluate(bant(), 'Met' as unknown as Record<string, unknown>)).toThrow(
            /\(was string\)/,
        );
    });
});

describe('compileFramework', () => {
    it('validates once per framework object and reuses the result', () => {
        const framework = bant();
        const first = compileFramework(framework);
        expect(compileFramework(framework)).toBe(first);
        expect(compileFramework(bant())).not.toBe(first);
        expect(first.weights).toEqual([300, 200, 300, 200]);
        expect(first.totalWeight).toBe(1000);
        expect(first.byWeight.map((i) => first.keys[i])).toEqual([
            'Budget',
            'Need',
            'Authority',
            'Timeline',
        ]);
    });

    it('does not cache a framework that failed validation', () => {
        const framework = bant({ qualifiedThreshold: 101 });
        expect(() => compileFramework(framework)).toThrow(ConfigurationError);
        expect(() => compileFramework(framework)).toThrow(ConfigurationError);
    });
});
