/**
 * c/qualificationEngine: the shared scoring engine (docs/architecture.md, "Scoring contract").
 * Pure and deterministic, no platform imports: the board previews with it, Jest and the Node
 * scripts run it as is, and the Apex engine agrees with it through the conformance vectors.
 */
export type {
    Answers,
    ConfigIssue,
    DimensionConfig,
    Evaluation,
    EvaluationContext,
    FieldSchema,
    FieldTypes,
    FrameworkConfig,
    QualificationStatus,
    RatingValue,
    Reason,
    ReasonCode,
    Values,
} from './types';
export { RATING_VALUES, REASON_CODES, STATUSES } from './types';
export { ConfigurationError, DIMENSION_TYPE, FRAMEWORK_TYPE, validateFramework } from './validate';
export type { CompiledFramework } from './evaluate';
export { compileFramework, evaluate, evaluateCompiled, roundHalfUp } from './evaluate';
export { answersFromRecord, valuesFromRecord } from './answers';
export { dayInTimeZone, dayNumber } from './days';
export {
    EXPLANATION_MAX_LENGTH,
    formatExplanation,
    formatReason,
    formatReasons,
    formatStoredExplanation,
    reasonLabelName,
} from './reasons';
export type {
    FrameworkDimensions,
    StageGateConfig,
    StageGateCriterion,
    StageGateEvaluation,
    StageGateResult,
    StageMove,
    StageMoveDecision,
    StageOption,
    StagePosition,
} from './stageGates';
export {
    decideStageMove,
    GATE_STATUSES,
    nextStageGate,
    parseRequirements,
    RATING_RANKS,
    STAGE_GATE_TYPE,
    STATUS_RANKS,
    validateStageGate,
} from './stageGates';
