/**
 * The preview user's time zone. The board reads it as `@salesforce/i18n/timeZone` and the trigger
 * stand-in evaluates on that zone's day, as Apex's `Date.today()` does for the saving user, so the
 * board's preview and the stored result agree on a horizon around midnight.
 */
export const PREVIEW_TIME_ZONE = 'Europe/Berlin';
