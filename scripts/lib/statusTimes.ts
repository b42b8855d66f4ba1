import { RESULT_FIELDS } from './resultFields';

/**
 * What the Apex class QualificationStatusTimestamps does, for the Node stand-ins of the trigger
 * (the preview's save, rescore): `BB_Status_Changed_On__c` is stamped when the status changes
 * value, `BB_Qualified_On__c` when the record enters Qualified (kept while it stays, cleared when it
 * leaves). A write that brings the status together with its own timestamp keeps that timestamp
 * when the evaluation arrives at the status it brought (lead conversion, data loads).
 */
export interface StatusTimes {
    readonly qualifiedOn: string | null;
    readonly statusChangedOn: string | null;
}

export interface StatusTimesInput {
    /** The record as stored before this write; undefined for a new record. */
    readonly stored?: Readonly<Record<string, unknown>>;
    /** The record as written: the stored fields with the write's fields over them. */
    readonly written: Readonly<Record<string, unknown>>;
    /** The status the evaluation arrived at. */
    readonly evaluatedStatus: string;
    /** The time to stamp, ISO 8601. */
    readonly now: string;
}

const QUALIFIED = 'Qualified';

export function statusTimes({
    stored,
    written,
    evaluatedStatus,
    now,
}: StatusTimesInput): StatusTimes {
    const storedStatus = text(stored?.[RESULT_FIELDS.status]);
    const broughtWithWrite = text(written[RESULT_FIELDS.status]) === evaluatedStatus;
    const keepWrittenOrStamp = (field: string): string => {
        const value = text(written[field]);
        const isWritten = value !== null && (stored === undefined || value !== text(stored[field]));
        return broughtWithWrite && isWritten ? value : now;
    };
    const statusChangedOn =
        evaluatedStatus === storedStatus
            ? text(written[RESULT_FIELDS.statusChangedOn])
            : keepWrittenOrStamp(RESULT_FIELDS.statusChangedOn);
    let qualifiedOn: string | null;
    if (evaluatedStatus !== QUALIFIED) qualifiedOn = null;
    else if (storedStatus === QUALIFIED && text(written[RESULT_FIELDS.qualifiedOn]) !== null)
        qualifiedOn = text(written[RESULT_FIELDS.qualifiedOn]);
    else qualifiedOn = keepWrittenOrStamp(RESULT_FIELDS.qualifiedOn);
    return { qualifiedOn, statusChangedOn };
}

/** A field value as the API gives it: blank (null, undefined, '') is null. */
function text(value: unknown): string | null {
    if (value === null || value === undefined || value === '') return null;
    return String(value);
}
