/**
 * The two status times verify-org compares (BB_Qualified_On__c, BB_Status_Changed_On__c): what the
 * org's trigger stamped on a record verify-org created, against what the Node stand-in of the
 * trigger (scripts/lib/statusTimes.ts) stamps for the same write. A new record's status changes
 * from nothing, so both sides stamp "now": the org's clock is not ours, so its now is the record's
 * own CreatedDate, and a stamp counts as "now" within a minute of it (one save; a shifted time zone
 * or a day-only stamp is hours off).
 */
import { RESULT_FIELDS } from '../../lib/resultFields';
import { statusTimes } from '../../lib/statusTimes';

/** How far a trigger's stamp may lie from the record's CreatedDate and still be that save's "now". */
export const SAME_SAVE_MS = 60_000;

export interface StatusTimeDisagreement {
    readonly field: string;
    readonly org: string;
    readonly engine: string;
}

/** The fields readBack must select for these checks. */
export const STATUS_TIME_FIELDS: readonly string[] = [
    'CreatedDate',
    RESULT_FIELDS.qualifiedOn,
    RESULT_FIELDS.statusChangedOn,
];

/**
 * Every status time of a record created with `written` that the org stamped otherwise than the
 * Node side would: blank where a time belongs or the reverse, a time away from the save, or two
 * different times where one save stamps both alike.
 */
export function statusTimeDisagreements(
    stored: Readonly<Record<string, unknown>>,
    written: Readonly<Record<string, unknown>>,
    evaluatedStatus: string,
): StatusTimeDisagreement[] {
    const createdOn = timeOf(stored.CreatedDate);
    if (createdOn === undefined) {
        return [{ field: 'CreatedDate', org: text(stored.CreatedDate), engine: 'a date-time' }];
    }
    const now = new Date(createdOn).toISOString();
    const expected = statusTimes({ written, evaluatedStatus, now });
    const disagreements: StatusTimeDisagreement[] = [];
    const check = (field: string, want: string | null): void => {
        const org = stored[field];
        if (want === null) {
            if (!blank(org)) disagreements.push({ field, org: text(org), engine: 'null' });
            return;
        }
        const at = timeOf(org);
        if (at === undefined || Math.abs(at - createdOn) > SAME_SAVE_MS)
            disagreements.push({
                field,
                org: text(org),
                engine: `stamped at the save (CreatedDate ${text(stored.CreatedDate)})`,
            });
    };
    check(RESULT_FIELDS.statusChangedOn, expected.statusChangedOn);
    check(RESULT_FIELDS.qualifiedOn, expected.qualifiedOn);
    const bothStamped = expected.qualifiedOn !== null && expected.statusChangedOn !== null;
    const qualifiedOn = timeOf(stored[RESULT_FIELDS.qualifiedOn]);
    const statusChangedOn = timeOf(stored[RESULT_FIELDS.statusChangedOn]);
    if (
        bothStamped &&
        qualifiedOn !== undefined &&
        statusChangedOn !== undefined &&
        qualifiedOn !== statusChangedOn
    )
        disagreements.push({
            field: RESULT_FIELDS.qualifiedOn,
            org: text(stored[RESULT_FIELDS.qualifiedOn]),
            engine: `the same time as ${RESULT_FIELDS.statusChangedOn} (${text(stored[RESULT_FIELDS.statusChangedOn])}): one save stamps both`,
        });
    return disagreements;
}

function blank(value: unknown): boolean {
    return value === null || value === undefined || value === '';
}

function text(value: unknown): string {
    return blank(value) ? 'null' : String(value);
}

/** Milliseconds of an API date-time ('2026-03-02T10:00:00.000+0000'), or undefined. */
function timeOf(value: unknown): number | undefined {
    if (typeof value !== 'string' || value === '') return undefined;
    // The REST API writes the offset without a colon, which Date.parse does not read everywhere.
    const time = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(time) ? undefined : time;
}
