/**
 * Dates as a Salesforce user's locale writes them (`@salesforce/i18n/locale`, not the browser's):
 * the order of day, month and year and the separator come from Intl for that locale, so a German
 * user reads and types 31.03.2027 and a US user 03/31/2027, whatever language the browser speaks.
 * Parsing is strict: a partial date, a day the calendar does not have or a year Salesforce does not
 * store is a named problem, never a nearby date.
 */

/** The years a Salesforce Date field stores. */
export const FIRST_YEAR = 1700;
export const LAST_YEAR = 4000;

type Part = 'day' | 'month' | 'year';

export interface DatePattern {
    /** Day, month and year in the locale's order. */
    order: Part[];
    separator: string;
}

export type ParsedDate =
    | { ok: true; value: string | null }
    | { ok: false; problem: 'incomplete' | 'impossible' | 'year' };

const patterns = new Map<string, DatePattern>();

/** The locale's short numeric date, read from a sample day whose parts differ (22 November 2027). */
export function datePattern(locale: string): DatePattern {
    const known = patterns.get(locale);
    if (known) {
        return known;
    }
    const parts = formatter(locale).formatToParts(new Date(Date.UTC(2027, 10, 22)));
    const order = parts
        .map((part) => part.type)
        .filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
    const separator = parts.find((part) => part.type === 'literal')?.value ?? '/';
    const pattern: DatePattern =
        order.length === 3 ? { order, separator } : { order: ['month', 'day', 'year'], separator };
    patterns.set(locale, pattern);
    return pattern;
}

/** The format to show as help, e.g. `TT.MM.JJJJ` with the German letters `TMJ`. */
export function patternHint(locale: string, letters: string): string {
    const [day = 'D', month = 'M', year = 'Y'] = [...letters];
    const { order, separator } = datePattern(locale);
    const text: Record<Part, string> = {
        day: day.repeat(2),
        month: month.repeat(2),
        year: year.repeat(4),
    };
    return order.map((part) => text[part]).join(separator);
}

/** 'YYYY-MM-DD' as the locale writes it; anything that is no such day is shown as it came. */
export function formatDate(value: string | null | undefined, locale: string): string {
    if (!value) {
        return '';
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) {
        return value;
    }
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    // Years below 100 would be read as 19xx by Date.UTC; setUTCFullYear keeps them exact.
    date.setUTCFullYear(Number(match[1]));
    return formatter(locale).format(date);
}

/**
 * Reads what the user typed in the locale's order. Any run of non-digits separates the parts, so
 * 31.3.2027, 31/03/2027 and 31 03 2027 all read alike; eight digits without separators (31032027)
 * read too, for a phone's number pad. A two-digit year is in this century.
 */
export function parseDate(text: string, locale: string): ParsedDate {
    const trimmed = text.trim();
    if (trimmed === '') {
        return { ok: true, value: null };
    }
    const { order } = datePattern(locale);
    const groups = digitGroups(trimmed, order);
    if (!groups) {
        return { ok: false, problem: 'incomplete' };
    }
    const value: Record<Part, string> = { day: '', month: '', year: '' };
    order.forEach((part, index) => {
        value[part] = groups[index] ?? '';
    });
    if (value.day.length > 2 || value.month.length > 2 || ![2, 4].includes(value.year.length)) {
        return { ok: false, problem: 'incomplete' };
    }
    const year = value.year.length === 2 ? 2000 + Number(value.year) : Number(value.year);
    const month = Number(value.month);
    const day = Number(value.day);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
        return { ok: false, problem: 'year' };
    }
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
        return { ok: false, problem: 'impossible' };
    }
    return {
        ok: true,
        value: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`,
    };
}

function digitGroups(text: string, order: Part[]): string[] | null {
    if (/[^\d\s./,-]/.test(text.replace(/\u200f|\u200e/g, ''))) {
        return null;
    }
    const groups = text.split(/\D+/).filter((group) => group !== '');
    if (groups.length === 3) {
        return groups;
    }
    if (groups.length === 1 && (groups[0]?.length === 8 || groups[0]?.length === 6)) {
        const digits = groups[0];
        const yearLength = digits.length - 4;
        const result: string[] = [];
        let at = 0;
        for (const part of order) {
            const length = part === 'year' ? yearLength : 2;
            result.push(digits.slice(at, at + length));
            at += length;
        }
        return result;
    }
    return null;
}

function daysIn(year: number, month: number): number {
    if (month === 2) {
        return isLeap(year) ? 29 : 28;
    }
    // Day 0 of the next month is the last day of this one; 2001 is any year that is no leap year.
    return new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

function isLeap(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number): string {
    return String(value).padStart(2, '0');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string): Intl.DateTimeFormat {
    let known = formatters.get(locale);
    if (!known) {
        known = new Intl.DateTimeFormat(locale, {
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            timeZone: 'UTC',
        });
        formatters.set(locale, known);
    }
    return known;
}
