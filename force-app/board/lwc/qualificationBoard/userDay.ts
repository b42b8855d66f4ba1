import timeZone from '@salesforce/i18n/timeZone';
import { dayInTimeZone } from 'c/qualificationEngine';

/**
 * Today as the user's calendar shows it ('YYYY-MM-DD' in their Salesforce time zone): the day the
 * trigger's `Date.today()` means for them, so the board's preview of a horizon agrees with the save.
 */
export function userDay(now: Date = new Date()): string {
    return dayInTimeZone(now, timeZone);
}
