import { datePattern, formatDate, parseDate, patternHint } from '../localeDate';

describe('dates as a locale writes them', () => {
    it('takes the order and separator of each locale, not the browser’s', () => {
        expect(patternHint('en-US', 'DMY')).toBe('MM/DD/YYYY');
        expect(patternHint('de-DE', 'TMJ')).toBe('TT.MM.JJJJ');
        expect(patternHint('ja-JP', 'DMY')).toBe('YYYY/MM/DD');
        expect(patternHint('nl-NL', 'DMY')).toBe('DD-MM-YYYY');
        expect(datePattern('de-DE')).toBe(datePattern('de-DE'));
    });

    it('formats a stored day and shows anything else as it came', () => {
        expect(formatDate('2027-03-31', 'de-DE')).toBe('31.03.2027');
        expect(formatDate('2027-03-31', 'en-US')).toBe('03/31/2027');
        expect(formatDate('soon', 'en-US')).toBe('soon');
        expect(formatDate(null, 'en-US')).toBe('');
    });

    it('reads whole dates in the locale’s order, with any separator or none', () => {
        expect(parseDate('31.3.2027', 'de-DE')).toEqual({ ok: true, value: '2027-03-31' });
        expect(parseDate('31/03/2027', 'de-DE')).toEqual({ ok: true, value: '2027-03-31' });
        expect(parseDate('31032027', 'de-DE')).toEqual({ ok: true, value: '2027-03-31' });
        expect(parseDate('1/15/27', 'en-US')).toEqual({ ok: true, value: '2027-01-15' });
        expect(parseDate('011527', 'en-US')).toEqual({ ok: true, value: '2027-01-15' });
        expect(parseDate('2027/03/31', 'ja-JP')).toEqual({ ok: true, value: '2027-03-31' });
        expect(parseDate('2/29/2028', 'en-US')).toEqual({ ok: true, value: '2028-02-29' });
        expect(parseDate('  ', 'en-US')).toEqual({ ok: true, value: null });
    });

    it('names what is wrong instead of taking a nearby day', () => {
        expect(parseDate('02/31/2027', 'en-US')).toEqual({ ok: false, problem: 'impossible' });
        expect(parseDate('2/29/2027', 'en-US')).toEqual({ ok: false, problem: 'impossible' });
        expect(parseDate('2/29/1900', 'en-US')).toEqual({ ok: false, problem: 'impossible' });
        expect(parseDate('2/29/2000', 'en-US')).toEqual({ ok: true, value: '2000-02-29' });
        expect(parseDate('2/29/2100', 'en-US')).toEqual({ ok: false, problem: 'impossible' });
        expect(parseDate('13/01/2027', 'en-US')).toEqual({ ok: false, problem: 'impossible' });
        expect(parseDate('00.01.2027', 'de-DE')).toEqual({ ok: false, problem: 'impossible' });
        expect(parseDate('03/31/', 'en-US')).toEqual({ ok: false, problem: 'incomplete' });
        expect(parseDate('03/31/202', 'en-US')).toEqual({ ok: false, problem: 'incomplete' });
        expect(parseDate('003/31/2027', 'en-US')).toEqual({ ok: false, problem: 'incomplete' });
        expect(parseDate('next week', 'en-US')).toEqual({ ok: false, problem: 'incomplete' });
        expect(parseDate('03/31/0027', 'en-US')).toEqual({ ok: false, problem: 'year' });
        expect(parseDate('03/31/4001', 'en-US')).toEqual({ ok: false, problem: 'year' });
    });
});
