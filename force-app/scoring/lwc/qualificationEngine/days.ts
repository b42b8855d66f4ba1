/**
 * Calendar days as the scoring contract counts them: a date is 'YYYY-MM-DD' (what LDS and the API
 * return for a Date field), the distance between two dates is whole calendar days, and no time
 * zone is involved once the caller has said which day it is.
 */

/** Salesforce stores dates from 1700 to 4000; anything outside is no date, in Apex as here. */
const FIRST_YEAR = 1700;
const LAST_YEAR = 4000;
const ZERO = 48; // '0'
const DASH = 45; // '-'

/** The digit at `index` (0–9), or a value above 9 for any other character. */
function digitAt(text: string, index: number): number {
    // Unsigned: characters below '0' wrap to huge numbers, so one comparison rejects both sides.
    return (text.charCodeAt(index) - ZERO) >>> 0;
}

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' text, or undefined when the value is no such text or no
 * real calendar day (2026-02-30). Integer arithmetic only (days-from-civil), so every engine agrees.
 * Reads character codes rather than a regular expression: the board and rescore call it per record.
 */
export function dayNumber(value: unknown): number | undefined {
    if (
        typeof value !== 'string' ||
        value.length !== 10 ||
        value.charCodeAt(4) !== DASH ||
        value.charCodeAt(7) !== DASH
    ) {
        return undefined;
    }
    const y0 = digitAt(value, 0);
    const y1 = digitAt(value, 1);
    const y2 = digitAt(value, 2);
    const y3 = digitAt(value, 3);
    const m0 = digitAt(value, 5);
    const m1 = digitAt(value, 6);
    const d0 = digitAt(value, 8);
    const d1 = digitAt(value, 9);
    if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) {
        return undefined;
    }
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = m0 * 10 + m1;
    const day = d0 * 10 + d1;
    if (
        year < FIRST_YEAR ||
        year > LAST_YEAR ||
        month < 1 ||
        month > 12 ||
        day < 1 ||
        day > daysInMonth(year, month)
    ) {
        return undefined;
    }
    // Days from civil (H. Hinnant) for years ≥ 1700, so every quotient is of non-negative numbers.
    const shifted = month <= 2 ? year - 1 : year;
    const era = (shifted / 400) | 0;
    const yearOfEra = shifted - era * 400;
    const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
    const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        return leap ? 29 : 28;
    }
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The calendar day of an instant in an IANA time zone, as 'YYYY-MM-DD': the day a user in that
 * zone sees on their calendar (e.g. the board passes `@salesforce/i18n/timeZone`). An unknown
 * zone throws a RangeError naming it, from Intl.
 */
export function dayInTimeZone(instant: Date, timeZone: string): string {
    const parts = calendarFormat(timeZone).formatToParts(instant);
    const part = (type: Intl.DateTimeFormatPartTypes): string =>
        parts.find((each) => each.type === type)?.value ?? '';
    return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

// Building an Intl formatter costs more than the whole evaluation; the board asks on every render.
const calendarFormats = new Map<string, Intl.DateTimeFormat>();

function calendarFormat(timeZone: string): Intl.DateTimeFormat {
    let format = calendarFormats.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
        });
        calendarFormats.set(timeZone, format);
    }
    return format;
}
