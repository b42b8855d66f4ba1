import type { CsvRecord } from '../lib/csv';
import type { Evaluation } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { RESULT_FIELDS } from '../../lib/recordScorer';

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
 * Whether the stored result differs from a fresh evaluation. The explanation is left out: it is
 * written in the language of whoever saved last, so it differs without the result changing.
 */
export function resultChanged(stored: CsvRecord, evaluation: Evaluation): boolean {
    return (
        (stored[RESULT_FIELDS.status] ?? '') !== evaluation.status ||
        !sameNumber(stored[RESULT_FIELDS.score], evaluation.score) ||
        !sameNumber(stored[RESULT_FIELDS.completeness], evaluation.completeness) ||
        (stored[RESULT_FIELDS.nextDimension] ?? '') !== (evaluation.nextDimension ?? '')
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
): string[] {
    return [
        id,
        evaluation.status,
        String(evaluation.score),
        String(evaluation.completeness),
        evaluation.nextDimension ?? BULK_NULL,
        explanation === '' ? BULK_NULL : explanation,
        evaluatedAt,
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
