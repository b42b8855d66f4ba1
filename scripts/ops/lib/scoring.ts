import {
    compileFramework,
    evaluateCompiled,
    formatExplanation,
    reasonLabelName,
    REASON_CODES,
    type CompiledFramework,
    type Evaluation,
    type FrameworkConfig,
    type ReasonCode,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { Catalog, Language } from '../../lib/catalog';

import { FRAMEWORK_FIELD, RESULT_FIELDS } from '../../lib/resultFields';

export { FRAMEWORK_FIELD, RESULT_FIELDS };

export type Scored =
    | {
          readonly ok: true;
          readonly framework: string;
          readonly evaluation: Evaluation;
          readonly explanation: string;
      }
    | { readonly ok: false; readonly error: string };

/** Everything the ops tools need from the scoring side, independent of where the frameworks come from. */
export interface RecordScorer {
    /** Every rating field of every framework that applies to the object, sorted. */
    ratingFields(objectApiName: string): string[];
    /** Scores one record (field API name → value as the API returns it) with its stored or default framework. */
    score(objectApiName: string, record: Readonly<Record<string, unknown>>): Scored;
    /** The framework by DeveloperName, or undefined. */
    framework(name: string): FrameworkConfig | undefined;
}

export interface ScorerSource {
    readonly frameworks: readonly FrameworkConfig[];
    /** Reason code → template and dimension key → title, in the language explanations are written in. */
    readonly reasonTemplates: Readonly<Partial<Record<ReasonCode, string>>>;
    readonly dimensionTitles: Readonly<Record<string, string>>;
    /** Rating value → label, so a weak dimension reads "Partly met" as the Apex explanation does. */
    readonly ratingLabels?: Readonly<Record<string, string>>;
}

/** A scorer over the frameworks shipped in force-app, explaining in `language`. */
export function scorerFromCatalog(catalog: Catalog, language: Language = 'en'): RecordScorer {
    const reasonTemplates: Partial<Record<ReasonCode, string>> = {};
    for (const code of REASON_CODES)
        reasonTemplates[code] = catalog.label(reasonLabelName(code), language);
    const dimensionTitles: Record<string, string> = {};
    for (const framework of catalog.frameworks) {
        for (const dimension of framework.dimensions)
            dimensionTitles[dimension.key] = dimension.title[language];
    }
    return createScorer({
        frameworks: catalog.frameworks,
        reasonTemplates,
        dimensionTitles,
        ratingLabels: catalog.ratingLabels(language),
    });
}

export function createScorer(source: ScorerSource): RecordScorer {
    const compiled = new Map<string, CompiledFramework>();
    for (const framework of source.frameworks)
        compiled.set(framework.name, compileFramework(framework));
    const applies = (framework: FrameworkConfig, objectApiName: string): boolean =>
        !framework.applicableObjects || framework.applicableObjects.includes(objectApiName);
    const defaults = new Map<string, string>();
    for (const framework of source.frameworks) {
        for (const objectApiName of framework.defaultFor ?? [])
            defaults.set(objectApiName, framework.name);
    }

    return {
        ratingFields(objectApiName) {
            const fields = new Set<string>();
            for (const framework of source.frameworks) {
                if (!applies(framework, objectApiName)) continue;
                for (const dimension of framework.dimensions) fields.add(dimension.ratingField);
            }
            return [...fields].sort();
        },
        framework(name) {
            return compiled.get(name)?.framework;
        },
        score(objectApiName, record) {
            const stored = record[FRAMEWORK_FIELD];
            const name =
                typeof stored === 'string' && stored.trim() !== ''
                    ? stored.trim()
                    : defaults.get(objectApiName);
            if (!name)
                return {
                    ok: false,
                    error: `no framework on the record and none is the default for ${objectApiName}`,
                };
            const framework = compiled.get(name);
            if (!framework)
                return {
                    ok: false,
                    error: `unknown framework ${JSON.stringify(name)} in ${FRAMEWORK_FIELD}`,
                };
            if (!applies(framework.framework, objectApiName)) {
                return { ok: false, error: `framework ${name} does not apply to ${objectApiName}` };
            }
            const answers: Record<string, unknown> = {};
            for (const dimension of framework.framework.dimensions)
                answers[dimension.key] = record[dimension.ratingField];
            const evaluation = evaluateCompiled(framework, answers);
            const explanation = formatExplanation(
                evaluation.reasons,
                source.reasonTemplates,
                source.dimensionTitles,
                source.ratingLabels,
            );
            return { ok: true, framework: name, evaluation, explanation };
        },
    };
}
