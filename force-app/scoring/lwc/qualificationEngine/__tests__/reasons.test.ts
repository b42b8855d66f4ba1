import {
    answersFromRecord,
    EXPLANATION_MAX_LENGTH,
    formatExplanation,
    formatReason,
    formatReasons,
    formatStoredExplanation,
    REASON_CODES,
    reasonLabelName,
} from '../qualificationEngine';
import type { Reason, ReasonCode } from '../qualificationEngine';
import { bant } from './frameworks';

const templates: Record<ReasonCode, string> = {
    GATE_BLOCKER: '{dimension} is a blocker.',
    BLOCKER: '{dimension}: rated Blocker.',
    NOTHING_ASSESSED: 'Nothing assessed yet.',
    COMPLETENESS_BELOW_MINIMUM: 'Only {completeness} % assessed; {minimum} % needed.',
    SCORE_MEETS_THRESHOLD: 'Score {score} reaches {threshold}.',
    SCORE_BELOW_THRESHOLD: 'Score {score} is below {threshold}.',
    GATE_NOT_MET: '{dimension} must be met.',
    BEYOND_HORIZON: '{dimension}: {days} days ahead, horizon {horizon}.',
    WEAK_DIMENSION: '{dimension} is only {value}.',
    INVALID_ANSWER: '{dimension} has the unknown value "{value}".',
};

describe('reasonLabelName', () => {
    it('names the custom label of each code as docs/architecture.md lists them', () => {
        expect(REASON_CODES.map(reasonLabelName)).toEqual([
            'BB_Reason_Gate_Blocker',
            'BB_Reason_Blocker',
            'BB_Reason_Nothing_Assessed',
            'BB_Reason_Completeness_Below_Minimum',
            'BB_Reason_Score_Meets_Threshold',
            'BB_Reason_Score_Below_Threshold',
            'BB_Reason_Gate_Not_Met',
            'BB_Reason_Beyond_Horizon',
            'BB_Reason_Weak_Dimension',
            'BB_Reason_Invalid_Answer',
        ]);
    });
});

describe('formatReason', () => {
    it('fills every named placeholder, the dimension with its title', () => {
        expect(
            formatReason(
                { code: 'WEAK_DIMENSION', dimension: 'Need', value: 'Partly_Met' },
                templates.WEAK_DIMENSION,
                'Bedarf',
            ),
        ).toBe('Bedarf is only Partly_Met.');
        expect(
            formatReason(
                { code: 'COMPLETENESS_BELOW_MINIMUM', completeness: 40, minimum: 50 },
                templates.COMPLETENESS_BELOW_MINIMUM,
            ),
        ).toBe('Only 40 % assessed; 50 % needed.');
        expect(
            formatReason(
                { code: 'SCORE_BELOW_THRESHOLD', score: 0, threshold: 70 },
                '{score}/{threshold}/{score}',
            ),
        ).toBe('0/70/0');
        expect(
            formatReason(
                { code: 'BEYOND_HORIZON', dimension: 'Timeline', days: 181, horizon: 180 },
                templates.BEYOND_HORIZON,
                'Zeitrahmen',
            ),
        ).toBe('Zeitrahmen: 181 days ahead, horizon 180.');
    });

    it('uses the key when no title is given', () => {
        expect(
            formatReason({ code: 'GATE_NOT_MET', dimension: 'Budget' }, templates.GATE_NOT_MET),
        ).toBe('Budget must be met.');
    });

    it('leaves placeholders the reason does not carry, and unknown ones, as written', () => {
        expect(
            formatReason({ code: 'NOTHING_ASSESSED' }, '{dimension} {score} {other}', 'Budget'),
        ).toBe('{dimension} {score} {other}');
    });
});

describe('formatReasons and formatExplanation', () => {
    const reasons: Reason[] = [
        { code: 'SCORE_BELOW_THRESHOLD', score: 50, threshold: 70 },
        { code: 'GATE_NOT_MET', dimension: 'Need' },
        { code: 'INVALID_ANSWER', dimension: 'Timeline', value: 'Soon' },
    ];

    it('formats each reason with its template and the dimension titles', () => {
        expect(formatReasons(reasons, templates, { Need: 'Bedarf' })).toEqual([
            'Score 50 is below 70.',
            'Bedarf must be met.',
            'Timeline has the unknown value "Soon".',
        ]);
    });

    it('words a weak rating by its label but keeps an invalid answer as it was typed', () => {
        const weakAndInvalid: Reason[] = [
            { code: 'WEAK_DIMENSION', dimension: 'Need', value: 'Partly_Met' },
            { code: 'INVALID_ANSWER', dimension: 'Need', value: 'Partly_Met' },
        ];
        const lines = formatReasons(
            weakAndInvalid,
            {
                WEAK_DIMENSION: '{dimension} is rated {value}.',
                INVALID_ANSWER: '{dimension} has the unknown value "{value}".',
            },
            {},
            { Partly_Met: 'Teilweise erfüllt' },
        );
        expect(lines).toEqual([
            'Need is rated Teilweise erfüllt.',
            'Need has the unknown value "Partly_Met".',
        ]);
    });

    it('throws naming the custom label when a template is missing', () => {
        expect(() => formatReasons(reasons, { SCORE_BELOW_THRESHOLD: 'x' })).toThrow(
            'No template for reason GATE_NOT_MET: custom label BB_Reason_Gate_Not_Met is missing',
        );
    });

    it('joins one reason per line', () => {
        expect(formatExplanation(reasons.slice(0, 2), templates)).toBe(
            'Score 50 is below 70.\nNeed must be met.',
        );
    });

    it('cuts the explanation to what BB_Qualification_Explanation__c holds', () => {
        const long = Array.from({ length: 60 }, (_, i): Reason => ({
            code: 'GATE_NOT_MET',
            dimension: `Dimension_${i}`,
        }));
        const explanation = formatExplanation(long, { GATE_NOT_MET: '{dimension} '.repeat(4) });
        expect(EXPLANATION_MAX_LENGTH).toBe(2000);
        expect(explanation).toHaveLength(2000);
        expect(explanation.startsWith('Dimension_0 Dimension_0')).toBe(true);
    });
});

describe('formatStoredExplanation (what the trigger stores on the record)', () => {
    const pointer = 'The reasons per dimension are on the board.';

    it('keeps the reasons that name no dimension in order and points to the board for the rest', () => {
        const reasons: Reason[] = [
            { code: 'GATE_NOT_MET', dimension: 'Need' },
            { code: 'COMPLETENESS_BELOW_MINIMUM', completeness: 40, minimum: 50 },
            { code: 'WEAK_DIMENSION', dimension: 'Authority', value: 'Partly_Met' },
            { code: 'SCORE_BELOW_THRESHOLD', score: 50, threshold: 70 },
            { code: 'BEYOND_HORIZON', dimension: 'Timeline', days: 200, horizon: 180 },
        ];
        const stored = formatStoredExplanation(reasons, templates, pointer);
        expect(stored).toBe(`Only 40 % assessed; 50 % needed.\nScore 50 is below 70.\n${pointer}`);
        expect(stored).not.toMatch(/Need|Authority|Timeline|Partly/);
    });

    it('adds no pointer when no reason names a dimension', () => {
        expect(
            formatStoredExplanation(
                [{ code: 'SCORE_MEETS_THRESHOLD', score: 85, threshold: 70 }],
                templates,
                pointer,
            ),
        ).toBe('Score 85 reaches 70.');
        expect(formatStoredExplanation([{ code: 'NOTHING_ASSESSED' }], templates, pointer)).toBe(
            'Nothing assessed yet.',
        );
        expect(formatStoredExplanation([], templates, pointer)).toBe('');
    });

    it('stores only the pointer when every reason names a dimension', () => {
        const blockers: Reason[] = [
            { code: 'GATE_BLOCKER', dimension: 'Budget' },
            { code: 'BLOCKER', dimension: 'Need' },
            { code: 'INVALID_ANSWER', dimension: 'Timeline', value: 'Soon' },
        ];
        expect(formatStoredExplanation(blockers, templates, pointer)).toBe(pointer);
    });

    it('needs no template for the reasons it leaves out, but throws for one it keeps', () => {
        const reasons: Reason[] = [
            { code: 'WEAK_DIMENSION', dimension: 'Need', value: 'Met' },
            { code: 'SCORE_BELOW_THRESHOLD', score: 50, threshold: 70 },
        ];
        expect(
            formatStoredExplanation(reasons, { SCORE_BELOW_THRESHOLD: '{score}' }, pointer),
        ).toBe(`50\n${pointer}`);
        expect(() => formatStoredExplanation(reasons, {}, pointer)).toThrow(
            'custom label BB_Reason_Score_Below_Threshold is missing',
        );
    });

    it('cuts the stored text, pointer included, to what BB_Qualification_Explanation__c holds', () => {
        const stored = formatStoredExplanation(
            [
                { code: 'SCORE_BELOW_THRESHOLD', score: 50, threshold: 70 },
                { code: 'GATE_NOT_MET', dimension: 'Need' },
            ],
            { SCORE_BELOW_THRESHOLD: 'x'.repeat(1990) },
            pointer,
        );
        expect(stored).toHaveLength(EXPLANATION_MAX_LENGTH);
        expect(stored).toBe(`${'x'.repeat(1990)}\n${pointer}`.slice(0, 2000));
    });
});

describe('answersFromRecord', () => {
    it('maps each rating field to its dimension key and ignores other fields', () => {
        expect(
            answersFromRecord(bant(), {
                BB_Budget_Rating__c: 'Met',
                BB_Need_Rating__c: null,
                BB_Budget_Evidence__c: 'Signed off',
                Name: 'Acme',
            }),
        ).toEqual({ Budget: 'Met', Need: null });
    });

    it('leaves a field the record does not carry unassessed (e.g. hidden by field-level security)', () => {
        expect(answersFromRecord(bant(), {})).toEqual({});
    });
});
