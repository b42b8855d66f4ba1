import { RESULT_FIELDS, type RecordScorer } from '../../lib/recordScorer';
import { statusTimes } from '../../lib/statusTimes';
import type { FakeRecord } from './fakeStore';

/**
 * The org's before-save trigger for the fake org: evaluates every saved record on the org's day
 * with the Node stand-in of the Apex engine and, on insert, stamps CreatedDate (as the platform
 * does) and the two status times (as QualificationStatusTimestamps does), in the REST API's
 * date-time format. Tests wrap it to play a faulty org.
 */
export function evaluatingTrigger(
    scorer: RecordScorer,
    orgDay: string,
): (objectApiName: string, record: FakeRecord) => void {
    return (objectApiName, record) => {
        const scored = scorer.score(objectApiName, record, orgDay);
        if (!scored.ok) return;
        const { evaluation } = scored;
        if (record.CreatedDate === undefined) {
            const now = new Date().toISOString();
            const times = statusTimes({ written: record, evaluatedStatus: evaluation.status, now });
            record.CreatedDate = apiDateTime(now);
            record[RESULT_FIELDS.qualifiedOn] = times.qualifiedOn && apiDateTime(times.qualifiedOn);
            record[RESULT_FIELDS.statusChangedOn] =
                times.statusChangedOn && apiDateTime(times.statusChangedOn);
        }
        record[RESULT_FIELDS.status] = evaluation.status;
        record[RESULT_FIELDS.score] = evaluation.score;
        record[RESULT_FIELDS.completeness] = evaluation.completeness;
        record[RESULT_FIELDS.nextDimension] = evaluation.nextDimension;
        record[RESULT_FIELDS.weakestDimension] = evaluation.weakestDimension;
    };
}

/** '2026-03-02T10:00:00.000Z' as the REST API writes a date-time: '2026-03-02T10:00:00.000+0000'. */
export function apiDateTime(iso: string): string {
    return iso.replace('Z', '+0000');
}
