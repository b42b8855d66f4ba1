import {
    compileFramework,
    ConfigurationError,
    evaluate,
    roundHalfUp,
} from '../qualificationEngine';
import type { FrameworkConfig } from '../qualificationEngine';
import { bant, dimension } from './frameworks';

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
            reasons: [
                { code: 'GATE_BLOCKER', dimension: 'Need' },
                { code: 'WEAK_DIMENSION', dimension: 'Need', value: 'Blocker' },
            ],
        });
    });

    it('treats a Blocker on a non-gate like Not_Met', () => {
        const result = evaluate(bant(), { ...allMet, Timeline: 'Blocker' });
        expect(result.status).toBe('Qualified');
        expect(result.score).toBe(80);
        expect(result.reasons).toEqual([
            { code: 'SCORE_MEETS_THRESHOLD', score: 80, threshold: 70 },
            { code: 'WEAK_DIMENSION', dimension: 'Timeline', value: 'Blocker' },
        ]);
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
