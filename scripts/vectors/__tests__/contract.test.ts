/**
 * The one reference evaluation behind both packages' vectors (scripts/vectors/contract.ts), on small
 * frameworks whose results can be worked out by hand.
 */
import { epochDay, expectedResult, shiftDay, type ContractFramework } from '../contract';

const TWO: ContractFramework = {
    qualifiedThreshold: 50,
    minimumCompleteness: 50,
    dimensions: [
        { key: 'A', order: 1, weight: 1, isGate: true, horizonDays: 10 },
        { key: 'B', order: 2, weight: 1, isGate: false },
    ],
};
const DAY = '2026-01-01';

describe('the reference evaluation behind the vectors', () => {
    it('rounds half up: one Partly_Met of two equal dimensions is 25, three halves of four is 38', () => {
        expect(expectedResult(TWO, { A: 'Partly_Met' }, {}, DAY).score).toBe(25);
        const withC: ContractFramework = {
            ...TWO,
            dimensions: [...TWO.dimensions, { key: 'C', order: 3, weight: 2, isGate: false }],
        };
        expect(expectedResult(withC, { A: 'Met', B: 'Partly_Met' }, {}, DAY).score).toBe(38);
    });

    it('holds a date one day beyond the horizon, not one exactly at it', () => {
        const answers = { A: 'Met', B: 'Met' };
        expect(expectedResult(TWO, answers, { A: '2026-01-11' }, DAY).status).toBe('Qualified');
        expect(expectedResult(TWO, answers, { A: '2026-01-12' }, DAY)).toMatchObject({
            status: 'Nurture',
            reasons: [{ code: 'BEYOND_HORIZON', dimension: 'A', days: 11, horizon: 10 }],
        });
    });

    it('reads no date from an impossible day or a year outside 1700–4000, even far after the day', () => {
        const answers = { A: 'Met', B: 'Met' };
        for (const value of ['2027-02-30', '2026-04-31', '4001-01-01', '9999-12-31']) {
            expect(epochDay(value)).toBeUndefined();
            expect(expectedResult(TWO, answers, { A: value }, DAY).status).toBe('Qualified');
        }
        expect(epochDay('4000-12-31')).toBe(741_807);
        expect(expectedResult(TWO, answers, { A: '4000-12-31' }, DAY).status).toBe('Nurture');
    });

    it('takes the framework order from Order__c, not from the list', () => {
        const reversed: ContractFramework = { ...TWO, dimensions: [...TWO.dimensions].reverse() };
        expect(expectedResult(reversed, { A: 'Blocker', B: 'Blocker' }, {}, DAY).reasons).toEqual(
            expectedResult(TWO, { A: 'Blocker', B: 'Blocker' }, {}, DAY).reasons,
        );
        expect(expectedResult(reversed, {}, {}, DAY).nextDimension).toBe('A');
    });

    it('prints an invalid numeric answer as JavaScript does', () => {
        const values = expectedResult(TWO, { A: 1.5, B: 1e21 }, {}, DAY)
            .reasons.filter((r) => r.code === 'INVALID_ANSWER')
            .map((r) => r.value);
        expect(values).toEqual(['1.5', '1e+21']);
        expect(expectedResult(TWO, { A: 1e-7 }, {}, DAY).reasons.at(-1)).toEqual({
            code: 'INVALID_ANSWER',
            dimension: 'A',
            value: '1e-7',
        });
    });

    it('refuses an evaluation day that is no calendar day or outside 1700–4000', () => {
        for (const day of ['2026-02-30', '4001-01-01', '1699-12-31', '2026-1-1']) {
            expect(() => expectedResult(TWO, {}, {}, day)).toThrow(`bad evaluation day ${day}`);
        }
    });

    it('shifts days across a leap day and a year end', () => {
        expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29');
        expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
        expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    });
});
