/**
 * The board's pure logic, kept apart from the component so each rule reads on its own: which
 * fields to load, what the user may see, what changed, and what the summary shows.
 */
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import type {
    BoardConfig,
    BoardDimensionConfig,
} from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { PanelDimension } from 'c/qualificationPanel';
import type { HorizonChange, SummaryView } from 'c/qualificationSummary';
import {
    answersFromRecord,
    evaluate,
    formatReasons,
    valuesFromRecord,
} from 'c/qualificationEngine';
import type { Evaluation } from 'c/qualificationEngine';
import { userDay } from './userDay';

export type FieldValue = string | number | boolean | null;
export type Draft = Readonly<Record<string, FieldValue>>;

export const FRAMEWORK_FIELD = 'BB_Qualification_Framework__c';

export const RESULT_FIELDS = [
    'BB_Qualification_Status__c',
    'BB_Qualification_Score__c',
    'BB_Qualification_Completeness__c',
    'BB_Next_Dimension__c',
    FRAMEWORK_FIELD,
    'BB_Last_Evaluated__c',
    'LastModifiedDate',
] as const;

/**
 * A framework chosen by the page's design attribute is stored with the first save, so the trigger
 * scores with the framework the rep saw. A stored framework is never overwritten, and a user who
 * may not write the field saves without it rather than failing.
 */
export function pageFrameworkChoice(config: BoardConfig | undefined): Draft {
    return config?.resolvedFrom === 'page' && config.frameworkEditable
        ? { [FRAMEWORK_FIELD]: config.framework.name }
        : {};
}

/** Every field the board reads, qualified with the object: answers of every dimension plus the results. */
export function fieldsToLoad(config: BoardConfig): string[] {
    const names = new Set<string>();
    for (const dimension of config.framework.dimensions) {
        names.add(dimension.ratingField);
        names.add(dimension.evidenceField);
        if (dimension.valueField) {
            names.add(dimension.valueField);
        }
    }
    RESULT_FIELDS.forEach((field) => names.add(field));
    return [...names].map((field) => `${config.objectApiName}.${field}`);
}

/** LDS leaves out optionalFields the user cannot read, so presence in the record means readable. */
export function isReadable(record: RecordRepresentation | undefined, field: string): boolean {
    return record !== undefined && Object.prototype.hasOwnProperty.call(record.fields, field);
}

export function storedValue(record: RecordRepresentation | undefined, field: string): FieldValue {
    const value = record?.fields[field]?.value;
    return value === undefined || (typeof value === 'object' && value !== null) ? null : value;
}

/** The value the user sees: the draft's if edited, the stored one otherwise. */
export function currentValue(
    record: RecordRepresentation | undefined,
    draft: Draft,
    field: string,
): FieldValue {
    return Object.prototype.hasOwnProperty.call(draft, field)
        ? (draft[field] ?? null)
        : storedValue(record, field);
}

function normalized(value: FieldValue | undefined): FieldValue {
    return value === undefined || value === '' ? null : value;
}

/**
 * Applies one edit to the draft. An edit back to the stored value leaves the draft, so "unsaved"
 * means a real difference.
 */
export function applyEdit(
    record: RecordRepresentation | undefined,
    draft: Draft,
    field: string,
    value: FieldValue,
): Draft {
    const next: Record<string, FieldValue> = { ...draft };
    if (normalized(value) === normalized(storedValue(record, field))) {
        delete next[field];
    } else {
        next[field] = value;
    }
    return next;
}

export function panelDimension(
    dimension: BoardDimensionConfig,
    record: RecordRepresentation | undefined,
): PanelDimension {
    return {
        key: dimension.key,
        label: dimension.label,
        isGate: dimension.isGate,
        questions: dimension.questions ?? [],
        ratingField: dimension.ratingField,
        evidenceField: dimension.evidenceField,
        valueField: dimension.valueField ?? null,
        valueLabel: dimension.valueLabel ?? null,
        valueType: dimension.valueType ?? null,
        hasHorizon: dimension.horizonDays !== null && dimension.horizonDays !== undefined,
        ratingReadable: isReadable(record, dimension.ratingField),
        evidenceReadable: isReadable(record, dimension.evidenceField),
        valueReadable: dimension.valueField ? isReadable(record, dimension.valueField) : false,
        ratingEditable: dimension.ratingEditable === true,
        evidenceEditable: dimension.evidenceEditable === true,
        valueEditable: dimension.valueEditable === true,
    };
}

function fieldValues(
    config: BoardConfig,
    record: RecordRepresentation | undefined,
    draft: Draft,
): Record<string, FieldValue> {
    const values: Record<string, FieldValue> = {};
    for (const dimension of config.framework.dimensions) {
        if (isReadable(record, dimension.ratingField)) {
            values[dimension.ratingField] = currentValue(record, draft, dimension.ratingField);
        }
        // A horizon measures the value field's date, so the preview reads it like the trigger.
        if (dimension.valueField && isReadable(record, dimension.valueField)) {
            values[dimension.valueField] = currentValue(record, draft, dimension.valueField);
        }
    }
    return values;
}

/** The framework of what the user may read, per configuration and readable set. */
const readableFrameworks = new WeakMap<
    BoardConfig,
    { key: string; framework: BoardConfig['framework'] }
>();

/**
 * The same object while the readable dimensions stay the same: the engine caches its compiled
 * framework by object, so each edit's preview does not validate and compile it again.
 */
function readableFramework(
    config: BoardConfig,
    record: RecordRepresentation | undefined,
): BoardConfig['framework'] {
    const readable = config.framework.dimensions.filter((dimension) =>
        isReadable(record, dimension.ratingField),
    );
    const key = readable.map((dimension) => dimension.key).join(',');
    const cached = readableFrameworks.get(config);
    if (cached?.key === key) {
        return cached.framework;
    }
    const framework = { ...config.framework, dimensions: readable };
    readableFrameworks.set(config, { key, framework });
    return framework;
}

/**
 * The last preview, by its inputs: the summary and the stage-gate checklist both read the engine's
 * verdict on the same record and draft, and an edit should run the engine once, not once per reader.
 */
let lastPreview:
    | {
          config: BoardConfig;
          record: RecordRepresentation | undefined;
          draft: Draft;
          evaluationDay: string;
          evaluation: Evaluation;
      }
    | undefined;

/**
 * The engine's verdict on what the user sees, on the user's day. Dimensions the user cannot read
 * are left out of the framework, because their answers are unknown here, not unanswered.
 */
export function previewEvaluation(
    config: BoardConfig,
    record: RecordRepresentation | undefined,
    draft: Draft,
    evaluationDay: string = userDay(),
): Evaluation {
    const last = lastPreview;
    if (
        last &&
        last.config === config &&
        last.record === record &&
        last.draft === draft &&
        last.evaluationDay === evaluationDay
    ) {
        return last.evaluation;
    }
    const framework = readableFramework(config, record);
    const values = fieldValues(config, record, draft);
    const evaluation = evaluate(framework, answersFromRecord(framework, values), {
        evaluationDay,
        values: valuesFromRecord(framework, values),
    });
    lastPreview = { config, record, draft, evaluationDay, evaluation };
    return evaluation;
}

function dimensionLabels(config: BoardConfig): Record<string, string> {
    return Object.fromEntries(
        config.framework.dimensions.map((dimension) => [dimension.key, dimension.label]),
    );
}

function nextOf(
    config: BoardConfig,
    key: string | null,
): { label: string | null; question: string | null } {
    const dimension = config.framework.dimensions.find((candidate) => candidate.key === key);
    return { label: dimension?.label ?? null, question: dimension?.questions?.[0] ?? null };
}

/** The board's verdict: the stored result the trigger wrote, checked against the current rules. */
export function summaryView(
    config: BoardConfig,
    record: RecordRepresentation | undefined,
    draft: Draft,
): SummaryView {
    const hasDraft = Object.keys(draft).length > 0;
    const excludesHidden = config.framework.dimensions.some(
        (dimension) => !isReadable(record, dimension.ratingField),
    );
    // Reasons are always the engine's, formatted now in the viewer's language: the stored
    // explanation is in the language of whoever saved last.
    const evaluation = previewEvaluation(config, record, draft);
    const next = nextOf(config, evaluation.nextDimension);
    const statusLabel = (status: string): string =>
        config.statusLabels?.[status] ??
        (status === storedValue(record, 'BB_Qualification_Status__c')
            ? record?.fields.BB_Qualification_Status__c?.displayValue
            : null) ??
        status;
    const live: SummaryView = {
        status: evaluation.status,
        statusLabel: statusLabel(evaluation.status),
        score: evaluation.score,
        completeness: evaluation.completeness,
        reasons: formatReasons(
            evaluation.reasons,
            config.reasonTemplates,
            dimensionLabels(config),
            Object.fromEntries(config.ratingScale.map((option) => [option.value, option.label])),
        ),
        nextDimensionLabel: next.label,
        nextDimensionKey: evaluation.nextDimension,
        nextQuestion: next.question,
        isPreview: hasDraft,
        excludesHidden,
        stale: null,
    };
    const storedStatus = storedValue(record, 'BB_Qualification_Status__c');
    if (hasDraft || typeof storedStatus !== 'string' || storedStatus === '') {
        return live;
    }
    // Without a draft the summary shows what Flows and reports see: the stored result.
    const storedScore = numberOrNull(storedValue(record, 'BB_Qualification_Score__c'));
    const stored: SummaryView = {
        ...live,
        status: storedStatus,
        statusLabel: statusLabel(storedStatus),
        score: storedScore,
        completeness: numberOrNull(storedValue(record, 'BB_Qualification_Completeness__c')),
    };
    // A difference is only known when every answer is visible; hidden answers are unknown here.
    const differs = storedStatus !== evaluation.status || storedScore !== evaluation.score;
    if (excludesHidden || !differs) {
        return stored;
    }
    return {
        ...stored,
        stale: {
            statusLabel: live.statusLabel,
            score: evaluation.score,
            horizon: horizonChange(config, record, { storedStatus, storedScore, evaluation }),
        },
    };
}

/**
 * Under contract v2 a stored result also ages without any change of configuration: the days to a
 * dimension's date shrink until the date comes within its horizon, and the daily horizon job
 * catches up. When the same answers on the day of the last evaluation give exactly the stored
 * result, the passing days made the difference, not the configuration. The day is the viewer's
 * calendar day of that instant, as the board's own day is.
 */
function horizonChange(
    config: BoardConfig,
    record: RecordRepresentation | undefined,
    known: { storedStatus: string; storedScore: number | null; evaluation: Evaluation },
): HorizonChange | null {
    const evaluatedAt = storedValue(record, 'BB_Last_Evaluated__c');
    const instant = typeof evaluatedAt === 'string' ? Date.parse(evaluatedAt) : NaN;
    if (Number.isNaN(instant)) {
        return null;
    }
    const evaluatedDay = userDay(new Date(instant));
    const then = previewEvaluation(config, record, {}, evaluatedDay);
    if (then.status !== known.storedStatus || then.score !== known.storedScore) {
        return null;
    }
    const beyondThen = beyondHorizon(then);
    const beyondNow = beyondHorizon(known.evaluation);
    const labels = dimensionLabels(config);
    const crossed = config.framework.dimensions
        .map((dimension) => dimension.key)
        .filter((key) => beyondThen.has(key) !== beyondNow.has(key))
        .map((key) => labels[key] ?? key);
    return crossed.length > 0 ? { evaluatedDay, dimensionLabels: crossed } : null;
}

function beyondHorizon(evaluation: Evaluation): Set<string> {
    const keys = new Set<string>();
    for (const reason of evaluation.reasons) {
        if (reason.code === 'BEYOND_HORIZON') {
            keys.add(reason.dimension);
        }
    }
    return keys;
}

function numberOrNull(value: FieldValue): number | null {
    return typeof value === 'number' ? value : null;
}
