import {
    compileFramework,
    dayInTimeZone,
    evaluateCompiled,
    formatStoredExplanation,
    reasonLabelName,
    REASON_CODES,
    type Answers,
    type CompiledFramework,
    type Evaluation,
    type FrameworkConfig,
    type ReasonCode,
    type Values,
} from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { Catalog, Language } from './catalog';

import { FRAMEWORK_FIELD, RESULT_FIELDS } from './resultFields';

export { FRAMEWORK_FIELD, RESULT_FIELDS };

/**
 * Why a record cannot be scored, as the custom label the Apex trigger reports it with, and that
 * label's positional arguments.
 */
const PROBLEM_TEMPLATES = {
    BB_Automation_No_Framework:
        'No qualification framework is set and {0} has no default framework. Give a framework name.',
    BB_Automation_Unknown_Framework:
        'There is no qualification framework named {0}. Available: {1}.',
    BB_Automation_Framework_Not_Applicable:
        'The qualification framework {0} cannot be used on {1} records.',
    BB_Automation_Invalid_Configuration:
        'The qualification framework {0} is set up incorrectly. Ask your Salesforce admin to fix it: {1}',
} as const;
export type ProblemLabel = keyof typeof PROBLEM_TEMPLATES;
export const PROBLEM_LABELS = Object.keys(PROBLEM_TEMPLATES) as ProblemLabel[];

export type Scored =
    | {
          readonly ok: true;
          readonly framework: string;
          /**
           * Whether the trigger stores the framework: once it is chosen or something is assessed.
           * Until then the board's page setting may still choose another one.
           */
          readonly storesFramework: boolean;
          readonly evaluation: Evaluation;
          /**
           * What the trigger stores in BB_Qualification_Explanation__c: the reasons that name no
           * dimension and a pointer to the board (formatStoredExplanation), not every reason.
           */
          readonly explanation: string;
      }
    | { readonly ok: false; readonly error: string; readonly label: ProblemLabel };

/**
 * What the package's trigger computes for one record, done in Node: the ops tools compare and upload
 * it, the local preview stores it on save. Independent of where the frameworks come from.
 */
export interface RecordScorer {
    /** Every rating field of every framework that applies to the object, sorted. */
    ratingFields(objectApiName: string): string[];
    /** Every value field (Value_Field__c) of every framework that applies to the object, sorted. */
    valueFields(objectApiName: string): string[];
    /**
     * Scores one record (field API name → value as the API returns it) with its stored or default
     * framework on `evaluationDay` ('YYYY-MM-DD'); without one, today in UTC, the day a Node tool
     * runs on unless it is told another (`--day`).
     */
    score(
        objectApiName: string,
        record: Readonly<Record<string, unknown>>,
        evaluationDay?: string,
    ): Scored;
    /** The framework by DeveloperName, or undefined. */
    framework(name: string): FrameworkConfig | undefined;
}

export interface ScorerSource {
    readonly frameworks: readonly FrameworkConfig[];
    /** Reason code → template, in the language explanations are written in. */
    readonly reasonTemplates: Readonly<Partial<Record<ReasonCode, string>>>;
    /**
     * The label `BB_Automation_Dimension_Reasons_On_Board` in the same language: the line the stored
     * explanation ends with when reasons about dimensions were left out of it.
     */
    readonly dimensionReasonsPointer: string;
    /** Texts of the problem labels in the same language; the English of the package otherwise. */
    readonly problemTemplates?: Readonly<Partial<Record<ProblemLabel, string>>>;
}

/** A scorer over the frameworks shipped in force-app, explaining in `language`. */
export function scorerFromCatalog(catalog: Catalog, language: Language = 'en'): RecordScorer {
    const reasonTemplates: Partial<Record<ReasonCode, string>> = {};
    for (const code of REASON_CODES)
        reasonTemplates[code] = catalog.label(reasonLabelName(code), language);
    const problemTemplates: Partial<Record<ProblemLabel, string>> = {};
    for (const name of PROBLEM_LABELS) problemTemplates[name] = catalog.label(name, language);
    return createScorer({
        frameworks: catalog.frameworks,
        reasonTemplates,
        dimensionReasonsPointer: catalog.label(
            'BB_Automation_Dimension_Reasons_On_Board',
            language,
        ),
        problemTemplates,
    });
}

/**
 * A framework whose configuration fails validation (the label `BB_Automation_Invalid_Configuration`)
 * is the admin's problem, not the writer's: the trigger saves such a record unevaluated instead of
 * rejecting it (QualificationRecordEvaluator). Callers that save check this.
 */
export function isMisconfigured(scored: Scored): boolean {
    return !scored.ok && scored.label === 'BB_Automation_Invalid_Configuration';
}

export function createScorer(source: ScorerSource): RecordScorer {
    const compiled = new Map<string, CompiledFramework>();
    // One broken framework must not stop the others, as in the Apex selector.
    const misconfigured = new Map<string, string>();
    for (const framework of source.frameworks) {
        try {
            compiled.set(framework.name, compileFramework(framework));
        } catch (error) {
            misconfigured.set(
                framework.name,
                error instanceof Error ? error.message : String(error),
            );
        }
    }
    const applies = (framework: FrameworkConfig, objectApiName: string): boolean =>
        !framework.applicableObjects || framework.applicableObjects.includes(objectApiName);
    const defaults = new Map<string, string>();
    for (const framework of source.frameworks) {
        for (const objectApiName of framework.defaultFor ?? [])
            defaults.set(objectApiName, framework.name);
    }
    const problem = (label: ProblemLabel, ...args: string[]): Scored => {
        const template = source.problemTemplates?.[label] ?? PROBLEM_TEMPLATES[label];
        const error = template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
            return args[Number(index)] ?? placeholder;
        });
        return { ok: false, error, label };
    };

    // One answers and one values object per framework, refilled for each record: evaluation reads
    // them and keeps nothing of them, and rescore scores millions of records.
    const scratch = new Map<CompiledFramework, { answers: Answers; values: Values }>();
    const inputsOf = (framework: CompiledFramework) => {
        let inputs = scratch.get(framework);
        if (!inputs) {
            inputs = { answers: {}, values: {} };
            scratch.set(framework, inputs);
        }
        return inputs as { answers: Record<string, unknown>; values: Record<string, unknown> };
    };

    return {
        ratingFields(objectApiName) {
            const fields = new Set<string>();
            for (const framework of source.frameworks) {
                if (!applies(framework, objectApiName)) continue;
                for (const dimension of framework.dimensions) fields.add(dimension.ratingField);
            }
            return [...fields].sort();
        },
        valueFields(objectApiName) {
            const fields = new Set<string>();
            for (const framework of source.frameworks) {
                if (!applies(framework, objectApiName)) continue;
                for (const dimension of framework.dimensions)
                    if (dimension.valueField) fields.add(dimension.valueField);
            }
            return [...fields].sort();
        },
        framework(name) {
            return compiled.get(name)?.framework;
        },
        score(objectApiName, record, evaluationDay = dayInTimeZone(new Date(), 'UTC')) {
            const stored = record[FRAMEWORK_FIELD];
            const name =
                typeof stored === 'string' && stored.trim() !== ''
                    ? stored.trim()
                    : defaults.get(objectApiName);
            if (!name) return problem('BB_Automation_No_Framework', objectApiName);
            const problemOfConfiguration = misconfigured.get(name);
            if (problemOfConfiguration !== undefined)
                return problem('BB_Automation_Invalid_Configuration', name, problemOfConfiguration);
            const framework = compiled.get(name);
            if (!framework) {
                const known = [...compiled.keys(), ...misconfigured.keys()].sort().join(', ');
                return problem('BB_Automation_Unknown_Framework', name, known);
            }
            if (!applies(framework.framework, objectApiName)) {
                return problem('BB_Automation_Framework_Not_Applicable', name, objectApiName);
            }
            const inputs = inputsOf(framework);
            for (const dimension of framework.framework.dimensions) {
                inputs.answers[dimension.key] = record[dimension.ratingField];
                if (dimension.valueField)
                    inputs.values[dimension.key] = record[dimension.valueField];
            }
            const evaluation = evaluateCompiled(framework, inputs.answers, {
                evaluationDay,
                values: inputs.values,
            });
            const chosen = typeof stored === 'string' && stored.trim() !== '';
            const storesFramework = chosen || evaluation.status !== 'New';
            return new ScoredRecord(name, storesFramework, evaluation, source);
        },
    };
}

/** A scored record; its explanation is formatted when first read, as rescore writes it only for the records that changed. */
class ScoredRecord {
    readonly ok = true;
    private formatted: string | undefined;

    constructor(
        readonly framework: string,
        readonly storesFramework: boolean,
        readonly evaluation: Evaluation,
        private readonly source: ScorerSource,
    ) {}

    get explanation(): string {
        this.formatted ??= formatStoredExplanation(
            this.evaluation.reasons,
            this.source.reasonTemplates,
            this.source.dimensionReasonsPointer,
        );
        return this.formatted;
    }
}
