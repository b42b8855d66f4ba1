import type { RecordRepresentation } from 'lightning/uiRecordApi';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { StageGateEvaluation } from 'c/qualificationEngine';
import { currentValue, previewEvaluation } from './boardModel';
import type { Draft } from './boardModel';

/**
 * What the stage-gate checklist checks: the status and score a save would compute now (the engine's
 * preview of record and draft, as the trigger evaluates in the same save) and the raw ratings.
 * A rating the user cannot read is absent, so its criterion shows no value.
 */
export function gateEvaluation(
    config: BoardConfig,
    record: RecordRepresentation | undefined,
    draft: Draft,
): StageGateEvaluation {
    const evaluation = previewEvaluation(config, record, draft);
    const answers: Record<string, unknown> = {};
    for (const dimension of config.framework.dimensions) {
        const value = currentValue(record, draft, dimension.ratingField);
        if (value !== null) answers[dimension.key] = value;
    }
    return { status: evaluation.status, score: evaluation.score, answers };
}
