/**
 * The cases contract v2 adds: non-gate blockers, decision horizons at and around their boundary,
 * and the weakest dimension. Dates are written relative to each case's day, so every boundary
 * reads as what it tests.
 */
import type { CaseInput } from './caseInput';
import { shiftDay, type VectorDimension, type VectorFramework } from './contract';

/** The default day of the vectors; horizon cases carry their own when it matters. */
export const DEFAULT_DAY = '2026-03-02';

/** A dimension of an inline framework with the usual field names. */
export const dimension = (
    key: string,
    order: number,
    weight: number,
    isGate: boolean,
    extra: Partial<VectorDimension> = {},
): VectorDimension => ({
    key,
    order,
    weight,
    isGate,
    ratingField: `BB_${key}_Rating__c`,
    evidenceField: `BB_${key}_Evidence__c`,
    ...extra,
});

const decisionDate = (horizonDays: number | null): Partial<VectorDimension> => ({
    valueField: 'BB_Decision_Date__c',
    horizonDays,
});

export const V2_FRAMEWORKS: Readonly<Record<string, VectorFramework>> = {
    Test_Horizon_Zero: {
        name: 'Test_Horizon_Zero',
        qualifiedThreshold: 50,
        minimumCompleteness: 0,
        dimensions: [
            dimension('Need', 1, 3, true),
            dimension('Timeline', 2, 2, false, decisionDate(0)),
        ],
    },
    Test_No_Horizon: {
        name: 'Test_No_Horizon',
        qualifiedThreshold: 50,
        minimumCompleteness: 0,
        dimensions: [
            dimension('Need', 1, 3, true),
            dimension('Timeline', 2, 2, false, decisionDate(null)),
        ],
    },
    Test_Two_Horizons: {
        name: 'Test_Two_Horizons',
        qualifiedThreshold: 60,
        minimumCompleteness: 50,
        dimensions: [
            dimension('Go_Live', 1, 1, false, {
                valueField: 'BB_Go_Live_Date__c',
                horizonDays: 30,
            }),
            dimension('Need', 2, 3, true),
            dimension('Timeline', 3, 2, false, decisionDate(90)),
        ],
    },
};

export const BANT_MET = { Budget: 'Met', Authority: 'Met', Need: 'Met', Timeline: 'Met' };
export const GPCTBA_MET = {
    Goals: 'Met',
    Plans: 'Met',
    Challenges: 'Met',
    Timeline: 'Met',
    Budget: 'Met',
    Authority: 'Met',
    Negative_Consequences: 'Met',
    Positive_Implications: 'Met',
};
export const CANVAS_MET = {
    ...GPCTBA_MET,
    Will_To_Change: 'Met',
    Information_Relevance: 'Met',
    Value_Fit: 'Met',
};

/** A BANT case on DEFAULT_DAY with the decision date `days` from it (or a raw value). */
const bantDated = (
    name: string,
    date: unknown,
    answers: Record<string, unknown> = BANT_MET,
): CaseInput => ({
    name: `BANT horizon 180: ${name}`,
    framework: 'BANT',
    answers,
    values: { Timeline: typeof date === 'number' ? shiftDay(DEFAULT_DAY, date) : date },
    evaluationDay: DEFAULT_DAY,
});

const blockers: CaseInput[] = [
    {
        name: 'BANT: Timeline Blocker alone is Working and names the blocker',
        framework: 'BANT',
        answers: { Timeline: 'Blocker' },
    },
    {
        name: 'BANT: Authority and Timeline Blocker with both gates Met: 60 below 70, both blockers in framework order',
        framework: 'BANT',
        answers: { ...BANT_MET, Authority: 'Blocker', Timeline: 'Blocker' },
    },
    {
        name: 'BANT: Blocker on the Budget gate and on Authority: Disqualified, the gate blocker first, then the other',
        framework: 'BANT',
        answers: { ...BANT_MET, Budget: 'Blocker', Authority: 'Blocker' },
    },
    {
        name: 'BANT: non-gate Blocker with an invalid gate answer: Nurture, gate not met, blocker, then the invalid answer',
        framework: 'BANT',
        answers: { Budget: 'Met', Authority: 'Blocker', Need: 'met', Timeline: 'Met' },
    },
    {
        name: 'BANT: gate Blocker, non-gate Blocker and two invalid answers: every reason kind of Disqualified',
        framework: 'BANT',
        answers: { Budget: 'Blocker', Authority: 'Blocker', Need: 42, Timeline: 'Partly met' },
    },
    {
        name: 'BANT: a Blocker only on invalid text ("blocker") is invalid, not a blocker',
        framework: 'BANT',
        answers: { ...BANT_MET, Authority: 'blocker' },
    },
    {
        name: 'BANT: non-gate Blocker with the decision date inside the horizon: the blocker alone holds it',
        framework: 'BANT',
        answers: { ...BANT_MET, Timeline: 'Blocker' },
        values: { Timeline: shiftDay(DEFAULT_DAY, 30) },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'GPCTBA_CI: Blocker on Negative_Consequences and Positive_Implications, the rest Met: Nurture with both',
        framework: 'GPCTBA_CI',
        answers: {
            ...GPCTBA_MET,
            Negative_Consequences: 'Blocker',
            Positive_Implications: 'Blocker',
        },
    },
    {
        name: 'GPCTBA_CI: Blocker on Plans while Working: completeness first, then the blocker',
        framework: 'GPCTBA_CI',
        answers: { Goals: 'Met', Plans: 'Blocker' },
    },
    {
        name: 'GPCTBA_CI: gate Challenges Blocker with a non-gate Authority Blocker',
        framework: 'GPCTBA_CI',
        answers: { ...GPCTBA_MET, Challenges: 'Blocker', Authority: 'Blocker' },
    },
    {
        name: 'Canvas: three non-gate Blockers and Value_Fit Partly_Met: gate reason, then the blockers in framework order',
        framework: 'Beyond_BANT_Canvas',
        answers: {
            ...CANVAS_MET,
            Plans: 'Blocker',
            Budget: 'Blocker',
            Information_Relevance: 'Blocker',
            Value_Fit: 'Partly_Met',
        },
    },
    {
        name: 'Canvas: gate Blockers on Goals and Will_To_Change with non-gate Blockers on Timeline and Authority',
        framework: 'Beyond_BANT_Canvas',
        answers: {
            ...CANVAS_MET,
            Goals: 'Blocker',
            Timeline: 'Blocker',
            Authority: 'Blocker',
            Will_To_Change: 'Blocker',
        },
    },
    {
        name: 'Canvas: non-gate Blocker with invalid answers elsewhere',
        framework: 'Beyond_BANT_Canvas',
        answers: { ...CANVAS_MET, Positive_Implications: 'Blocker', Plans: 'Yes', Budget: true },
    },
    {
        name: 'Inline: without gates, threshold 0 still cannot qualify a Blocker: Nurture with only the blocker reason',
        framework: 'Test_Zero_Thresholds',
        answers: { Goals: 'Met', Plans: 'Blocker' },
    },
];

const bantHorizon: CaseInput[] = [
    bantDated('179 days ahead qualifies', 179),
    bantDated('exactly 180 days ahead is not held back', 180),
    bantDated('181 days ahead, one beyond, holds at Nurture with days and horizon', 181),
    bantDated('three years ahead holds at Nurture', 1096),
    bantDated('the evaluation day itself qualifies', 0),
    bantDated('yesterday (a past date) has no effect', -1),
    bantDated('a date long past has no effect', -800),
    bantDated('a blank date has no effect', ''),
    bantDated('a null date has no effect', null),
    bantDated('an impossible date (30 February) is no date', '2026-02-30'),
    bantDated('German notation is no date', '02.09.2027'),
    bantDated('a date-time is no date', '2027-09-02T10:00:00Z'),
    bantDated('a date before 1700 is no date', '1699-12-31'),
    bantDated('Timeline unassessed: the date still holds back a score of 80', 400, {
        Budget: 'Met',
        Authority: 'Met',
        Need: 'Met',
    }),
    bantDated('Timeline Not_Met with a date beyond: horizon, then the weak Timeline', 400, {
        ...BANT_MET,
        Timeline: 'Not_Met',
    }),
    bantDated('Working below the minimum still names the horizon after completeness', 400, {
        Timeline: 'Met',
    }),
    bantDated('nothing assessed stays New, without a horizon reason', 400, {}),
    bantDated('a gate Blocker stays Disqualified, without a horizon reason', 400, {
        ...BANT_MET,
        Need: 'Blocker',
    }),
    bantDated('score below, gate not met, blocker and horizon, in that order', 400, {
        Budget: 'Partly_Met',
        Authority: 'Blocker',
        Need: 'Met',
        Timeline: 'Met',
    }),
    {
        name: 'BANT horizon 180: 181 days across 29 February 2028 holds back',
        framework: 'BANT',
        answers: BANT_MET,
        values: { Timeline: shiftDay('2028-02-01', 181) },
        evaluationDay: '2028-02-01',
    },
    {
        name: 'BANT horizon 180: 180 days across 29 February 2028 qualifies',
        framework: 'BANT',
        answers: BANT_MET,
        values: { Timeline: shiftDay('2028-02-01', 180) },
        evaluationDay: '2028-02-01',
    },
    {
        name: 'BANT horizon 180: from New Year’s Eve, 181 days into the next year holds back',
        framework: 'BANT',
        answers: BANT_MET,
        values: { Timeline: shiftDay('2026-12-31', 181) },
        evaluationDay: '2026-12-31',
    },
    {
        name: 'BANT horizon 180: the same date qualifies once the day has come one day closer',
        framework: 'BANT',
        answers: BANT_MET,
        values: { Timeline: shiftDay('2026-12-31', 181) },
        evaluationDay: '2027-01-01',
    },
    {
        name: 'BANT: a date on Budget, which has no horizon, has no effect',
        framework: 'BANT',
        answers: BANT_MET,
        values: { Budget: '2040-01-01' },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'BANT: values for keys the framework does not have are ignored',
        framework: 'BANT',
        answers: BANT_MET,
        values: { Goals: '2040-01-01', Go_Live: '2040-01-01' },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'BANT: a number as the Timeline value is no date',
        framework: 'BANT',
        answers: BANT_MET,
        values: { Timeline: 20400101 },
        evaluationDay: DEFAULT_DAY,
    },
];

const otherHorizons: CaseInput[] = [
    ...[364, 365, 366].map((days): CaseInput => ({
        name: `GPCTBA_CI horizon 365: ${days} days ahead ${days > 365 ? 'holds at Nurture' : 'qualifies'}`,
        framework: 'GPCTBA_CI',
        answers: GPCTBA_MET,
        values: { Timeline: shiftDay(DEFAULT_DAY, days) },
        evaluationDay: DEFAULT_DAY,
    })),
    ...[365, 366].map((days): CaseInput => ({
        name: `Canvas horizon 365: ${days} days ahead ${days > 365 ? 'holds at Nurture' : 'qualifies'}`,
        framework: 'Beyond_BANT_Canvas',
        answers: CANVAS_MET,
        values: { Timeline: shiftDay(DEFAULT_DAY, days) },
        evaluationDay: DEFAULT_DAY,
    })),
    {
        name: 'Canvas horizon 365: a past decision date has no effect',
        framework: 'Beyond_BANT_Canvas',
        answers: CANVAS_MET,
        values: { Timeline: shiftDay(DEFAULT_DAY, -30) },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'Canvas horizon 365: beyond the horizon with a gate not met and a blocker',
        framework: 'Beyond_BANT_Canvas',
        answers: { ...CANVAS_MET, Challenges: 'Partly_Met', Plans: 'Blocker' },
        values: { Timeline: shiftDay(DEFAULT_DAY, 500) },
        evaluationDay: DEFAULT_DAY,
    },
    ...[-1, 0, 1].map((days): CaseInput => ({
        name: `Inline horizon 0: a date ${days === 0 ? 'on the evaluation day qualifies' : days < 0 ? 'one day past qualifies' : 'one day ahead holds at Nurture'}`,
        framework: 'Test_Horizon_Zero',
        answers: { Need: 'Met', Timeline: 'Met' },
        values: { Timeline: shiftDay(DEFAULT_DAY, days) },
        evaluationDay: DEFAULT_DAY,
    })),
    {
        name: 'Inline without horizon: a date thirty years ahead has no effect',
        framework: 'Test_No_Horizon',
        answers: { Need: 'Met', Timeline: 'Met' },
        values: { Timeline: shiftDay(DEFAULT_DAY, 10958) },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'Inline two horizons: both beyond are named in framework order with their own horizon',
        framework: 'Test_Two_Horizons',
        answers: { Go_Live: 'Met', Need: 'Met', Timeline: 'Met' },
        values: { Go_Live: shiftDay(DEFAULT_DAY, 31), Timeline: shiftDay(DEFAULT_DAY, 91) },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'Inline two horizons: only Timeline beyond',
        framework: 'Test_Two_Horizons',
        answers: { Go_Live: 'Met', Need: 'Met', Timeline: 'Met' },
        values: { Go_Live: shiftDay(DEFAULT_DAY, 30), Timeline: shiftDay(DEFAULT_DAY, 91) },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'Inline two horizons: both exactly at their horizon qualify',
        framework: 'Test_Two_Horizons',
        answers: { Go_Live: 'Met', Need: 'Met', Timeline: 'Met' },
        values: { Go_Live: shiftDay(DEFAULT_DAY, 30), Timeline: shiftDay(DEFAULT_DAY, 90) },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'Inline two horizons: Go_Live beyond while Working (completeness 17)',
        framework: 'Test_Two_Horizons',
        answers: { Go_Live: 'Met' },
        values: { Go_Live: shiftDay(DEFAULT_DAY, 45), Timeline: shiftDay(DEFAULT_DAY, 10) },
        evaluationDay: DEFAULT_DAY,
    },
];

const weakest: CaseInput[] = [
    {
        name: 'BANT weakest: Authority and Timeline Not_Met lose the same weight; Authority comes first',
        framework: 'BANT',
        answers: { ...BANT_MET, Authority: 'Not_Met', Timeline: 'Not_Met' },
    },
    {
        name: 'BANT weakest: Timeline Not_Met (loses 2) is weaker than Budget Partly_Met (loses 1.5)',
        framework: 'BANT',
        answers: { ...BANT_MET, Budget: 'Partly_Met', Timeline: 'Not_Met' },
    },
    {
        name: 'BANT weakest: none when every answer is invalid or unassessed',
        framework: 'BANT',
        answers: { Budget: 'yes', Need: 'Not_Explored' },
    },
    {
        name: 'Canvas weakest: in a Disqualified record the heaviest blocker is the weakest',
        framework: 'Beyond_BANT_Canvas',
        answers: { ...CANVAS_MET, Authority: 'Blocker', Value_Fit: 'Blocker' },
    },
    {
        name: 'GPCTBA_CI weakest: a heavy gate Partly_Met (1.5) against a light Not_Met (2): the light one',
        framework: 'GPCTBA_CI',
        answers: { ...GPCTBA_MET, Goals: 'Partly_Met', Positive_Implications: 'Not_Met' },
    },
];

export const V2_CASES: readonly CaseInput[] = [
    ...blockers,
    ...bantHorizon,
    ...otherHorizons,
    ...weakest,
];
