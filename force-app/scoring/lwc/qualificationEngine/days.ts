/**
 * Calendar days as the scoring contract counts them: a date is 'YYYY-MM-DD' (what LDS and the API
 * return for a Date field), the distance between two dates is whole calendar days, and no time
 * zone is involved once the caller has said which day it is.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Salesforce stores dates from 1700 to 4000; anything outside is no date, in Apex as here. */
const FIRST_YEAR = 1700;
const LAST_YEAR = 4000;

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' text, or undefined when the value is no such text or no
 * real calendar day (2026-02-30). Integer arithmetic only (days-from-civil), so every engine agrees.
 */
export function dayNumber(value: unknown): number | undefined {
    if (typeof value !== 'string') {
        return undefined;
    }
    const match = ISO_DAY.exec(value);
    if (match === null) {
        return undefined;
    }
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
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
    const shifted = month <= 2 ? year - 1 : year;
    const era = Math.floor(shifted / 400);
    const yearOfEra = shifted - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra =
        yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
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
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
    }).formatToParts(instant);
    const part = (type: Intl.DateTimeFormatPartTypes): string =>
        parts.find((each) => each.type === type)?.value ?? '';
    return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
