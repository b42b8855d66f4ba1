import type { CsvRecord } from '../lib/csv';
import type { Evaluation } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { RESULT_FIELDS } from '../../lib/recordScorer';
import type { StatusTimes } from '../../lib/statusTimes';

/** Bulk API 2.0 keeps a field as is when its CSV value is empty; `#N/A` sets it to null. */
export const BULK_NULL = '#N/A';

/** The columns rescore uploads: the result fields the trigger would write. */
export const UPLOAD_COLUMNS = [
    'Id',
    RESULT_FIELDS.status,
    RESULT_FIELDS.score,
    RESULT_FIELDS.completeness,
    RESULT_FIELDS.nextDimension,
    RESULT_FIELDS.explanation,
    RESULT_FIELDS.lastEvaluated,
    RESULT_FIELDS.weakestDimension,
    RESULT_FIELDS.statusChangedOn,
    RESULT_FIELDS.qualifiedOn,
] as const;

export const DRY_RUN_COLUMNS = [
    'Object',
    'Id',
    'Framework',
    'Old status',
    'New status',
    'Old score',
    'New score',
    'Old completeness',
    'New completeness',
    'Old next dimension',
    'New next dimension',
] as const;

/**
 * Whether the stored result differs from a fresh evaluation and the status times it implies. The
 * explanation is left out: it is written in the language of whoever saved last, so it differs
 * without the result changing.
 */
export function resultChanged(
    stored: CsvRecord,
    evaluation: Evaluation,
    times: StatusTimes,
): boolean {
    return (
        (stored[RESULT_FIELDS.status] ?? '') !== evaluation.status ||
        !sameNumber(stored[RESULT_FIELDS.score], evaluation.score) ||
        !sameNumber(stored[RESULT_FIELDS.completeness], evaluation.completeness) ||
        (stored[RESULT_FIELDS.nextDimension] ?? '') !== (evaluation.nextDimension ?? '') ||
        (stored[RESULT_FIELDS.weakestDimension] ?? '') !== (evaluation.weakestDimension ?? '') ||
        (stored[RESULT_FIELDS.statusChangedOn] ?? '') !== (times.statusChangedOn ?? '') ||
        (stored[RESULT_FIELDS.qualifiedOn] ?? '') !== (times.qualifiedOn ?? '')
    );
}

function sameNumber(stored: string | undefined, computed: number): boolean {
    return stored !== undefined && stored.trim() !== '' && Number(stored) === computed;
}

export function uploadRow(
    id: string,
    evaluation: Evaluation,
    explanation: string,
    evaluatedAt: string,
    times: StatusTimes,
): string[] {
    return [
        id,
        evaluation.status,
        String(evaluation.score),
        String(evaluation.completeness),
        evaluation.nextDimension ?? BULK_NULL,
        explanation === '' ? BULK_NULL : explanation,
        evaluatedAt,
        evaluation.weakestDimension ?? BULK_NULL,
        times.statusChangedOn ?? BULK_NULL,
        times.qualifiedOn ?? BULK_NULL,
    ];
}

export function dryRunRow(
    objectApiName: string,
    stored: CsvRecord,
    framework: string,
    evaluation: Evaluation,
): string[] {
    return [
        objectApiName,
        stored.Id ?? '',
        framework,
        stored[RESULT_FIELDS.status] ?? '',
        evaluation.status,
        stored[RESULT_FIELDS.score] ?? '',
        String(evaluation.score),
        stored[RESULT_FIELDS.completeness] ?? '',
        String(evaluation.completeness),
        stored[RESULT_FIELDS.nextDimension] ?? '',
        evaluation.nextDimension ?? '',
    ];
}
