/**
 * Cases an independent recomputation of the vectors found untested (issue 19, "Vectors"):
 * impossible and out-of-range dates on a horizon dimension *after* the evaluation day (read as a
 * date they would hold the record back, so only "no date" lets it qualify), evaluation days at the
 * ends of the storable range, numbers as invalid answers printed as JavaScript's String(v) prints
 * them, and Working results with several blocker and horizon reasons, whose order is the contract's.
 */
import type { CaseInput } from './caseInput';
import { shiftDay, type VectorFramework } from './contract';
import { BANT_MET, CANVAS_MET, DEFAULT_DAY, dimension, GPCTBA_MET } from './casesV2';

export const EDGE_FRAMEWORKS: Readonly<Record<string, VectorFramework>> = {
    // Listed out of framework order, so the reasons' order can only come from Order__c; completeness
    // 90 keeps any partly assessed record Working.
    Test_Working_Reasons: {
        name: 'Test_Working_Reasons',
        qualifiedThreshold: 50,
        minimumCompleteness: 90,
        dimensions: [
            dimension('Timeline', 4, 2, false, {
                valueField: 'BB_Decision_Date__c',
                horizonDays: 90,
            }),
            dimension('Budget', 5, 2, false),
            dimension('Go_Live', 2, 1, false, {
                valueField: 'BB_Go_Live_Date__c',
                horizonDays: 30,
            }),
            dimension('Authority', 3, 2, false),
            dimension('Need', 1, 3, true),
        ],
    },
};

/** A BANT case, every dimension Met, with `value` as the decision date (horizon 180). */
const bantDate = (name: string, value: string, evaluationDay = DEFAULT_DAY): CaseInput => ({
    name: `BANT horizon 180: ${name}`,
    framework: 'BANT',
    answers: BANT_MET,
    values: { Timeline: value },
    evaluationDay,
});

// DEFAULT_DAY is 2026-03-02: read as the day it rolls over to, each of these lies beyond 180 days.
const noDateAfterTheDay: CaseInput[] = [
    bantDate('30 February 2027, a year after the day, is no date and holds nothing', '2027-02-30'),
    bantDate('29 February 2027 (no leap year) is no date and holds nothing', '2027-02-29'),
    bantDate('31 April 2027 is no date and holds nothing', '2027-04-31'),
    bantDate('month 13 is no date and holds nothing', '2027-13-01'),
    bantDate('the year 4001, above what Salesforce stores, is no date', '4001-01-01'),
    bantDate('the year 9999 is no date', '9999-12-31'),
    bantDate('31 December 4000, the last day Salesforce stores, holds back', '4000-12-31'),
    {
        name: 'GPCTBA_CI horizon 365: 30 February 2028, two years after the day, is no date',
        framework: 'GPCTBA_CI',
        answers: GPCTBA_MET,
        values: { Timeline: '2028-02-30' },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'Inline two horizons: an impossible Go_Live and a year-4001 Timeline are no dates',
        framework: 'Test_Two_Horizons',
        answers: { Go_Live: 'Met', Need: 'Met', Timeline: 'Met' },
        values: { Go_Live: '2026-06-31', Timeline: '4001-03-02' },
        evaluationDay: DEFAULT_DAY,
    },
];

// The evaluation day follows the same date rules: any real day from 1700 to 4000.
const daysAtTheEnds: CaseInput[] = [
    bantDate(
        'evaluated on 1 January 1700, the first storable day: 181 days ahead holds back',
        shiftDay('1700-01-01', 181),
        '1700-01-01',
    ),
    bantDate(
        'evaluated on 4 July 4000: 31 December 4000 (180 days ahead) qualifies',
        '4000-12-31',
        '4000-07-04',
    ),
    bantDate(
        'evaluated on 3 July 4000: 31 December 4000 (181 days ahead) holds back',
        '4000-12-31',
        '4000-07-03',
    ),
];

const numbers: CaseInput[] = [
    {
        name: 'BANT: a non-whole number (1.5) is an invalid answer, printed 1.5',
        framework: 'BANT',
        answers: { ...BANT_MET, Authority: 1.5 },
    },
    {
        name: 'BANT: 1e21 and 1e-7 are invalid answers, printed in JavaScript’s exponent notation (1e+21, 1e-7)',
        framework: 'BANT',
        answers: { ...BANT_MET, Authority: 1e21, Timeline: 1e-7 },
    },
    {
        name: 'Canvas: numbers at the edges of JavaScript’s notations are printed as String(v) prints them',
        framework: 'Beyond_BANT_Canvas',
        answers: {
            ...CANVAS_MET,
            Plans: 0.000001,
            Timeline: 0.0000012,
            Budget: -2.5,
            Authority: 2.5e-7,
            Negative_Consequences: 1.5e300,
            Positive_Implications: 0.1 + 0.2,
        },
    },
];

const working: CaseInput[] = [
    {
        name: 'Inline Working: two blockers, then two dates beyond, each in framework order',
        framework: 'Test_Working_Reasons',
        answers: { Budget: 'Blocker', Authority: 'Blocker', Need: 'Met' },
        values: { Timeline: shiftDay(DEFAULT_DAY, 91), Go_Live: shiftDay(DEFAULT_DAY, 31) },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'Inline Working: blockers on both dated dimensions come before both horizons',
        framework: 'Test_Working_Reasons',
        answers: { Timeline: 'Blocker', Go_Live: 'Blocker' },
        values: { Timeline: shiftDay(DEFAULT_DAY, 400), Go_Live: shiftDay(DEFAULT_DAY, 45) },
        evaluationDay: DEFAULT_DAY,
    },
    {
        name: 'Inline Working: three blockers and an invalid answer, without any date',
        framework: 'Test_Working_Reasons',
        answers: { Budget: 'Blocker', Go_Live: 'Blocker', Authority: 'Blocker', Need: 2.5 },
    },
    {
        name: 'BANT: Authority and Timeline Blocker with the date beyond: Working names both blockers, then the horizon',
        framework: 'BANT',
        answers: { Authority: 'Blocker', Timeline: 'Blocker' },
        values: { Timeline: shiftDay(DEFAULT_DAY, 200) },
        evaluationDay: DEFAULT_DAY,
    },
];

export const EDGE_CASES: readonly CaseInput[] = [
    ...noDateAfterTheDay,
    ...daysAtTheEnds,
    ...numbers,
    ...working,
];
