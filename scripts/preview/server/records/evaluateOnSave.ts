import {
    answersFromRecord,
    evaluate,
    formatExplanation,
    reasonLabelName,
    REASON_CODES,
    type ReasonCode,
} from '../../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { Catalog, CatalogFramework } from '../../../lib/catalog';
import type { SupportedObject } from '../metadata/fieldSchema';
import type { PreviewLanguage } from '../metadata/ratingScale';
import type { StoredValue } from './recordStore';
import { fieldError, recordError } from './uiApiErrors';

import { FRAMEWORK_FIELD, RESULT_FIELDS } from '../../../lib/resultFields';

export { FRAMEWORK_FIELD };

/**
 * What the package's before-save trigger does on every write: pick the record's framework (the stored
 * one, else the object's default, which it then stores), evaluate the ratings with the shared engine and
 * write the result fields, the explanation in the language of the user who saved.
 */
export function evaluateOnSave(
    objectApiName: SupportedObject,
    fields: Readonly<Record<string, StoredValue>>,
    catalog: Catalog,
    language: PreviewLanguage,
    now: Date,
    /** Rating API name → label in the writer's language (the describe of the rating picklist). */
    ratingLabels: Readonly<Record<string, string>>,
): Record<string, StoredValue> {
    const stored = fields[FRAMEWORK_FIELD];
    const frameworkName =
        typeof stored === 'string' && stored.trim() !== '' ? stored.trim() : undefined;
    const frameworks = catalog.frameworks;
    const framework =
        frameworkName === undefined
            ? defaultFramework(objectApiName, frameworks)
            : frameworks.find((f) => f.name === frameworkName);
    if (framework === undefined || !framework.applicableObjects.includes(objectApiName)) {
        const problem =
            framework === undefined
                ? `Unknown qualification framework "${frameworkName ?? ''}". Known frameworks: ${frameworks.map((f) => f.name).join(', ')}.`
                : `The qualification framework "${framework.name}" does not apply to ${objectApiName} records.`;
        throw recordError(
            [],
            [
                fieldError(
                    FRAMEWORK_FIELD,
                    'Qualification Framework',
                    'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    problem,
                ),
            ],
        );
    }
    const result = evaluate(framework, answersFromRecord(framework, fields));
    const templates: Partial<Record<ReasonCode, string>> = {};
    for (const code of REASON_CODES)
        templates[code] = catalog.label(reasonLabelName(code), language);
    const dimensionLabels: Record<string, string> = {};
    for (const dimension of framework.dimensions)
        dimensionLabels[dimension.key] = dimension.title[language];
    return {
        ...fields,
        [FRAMEWORK_FIELD]: framework.name,
        [RESULT_FIELDS.status]: result.status,
        [RESULT_FIELDS.score]: result.score,
        [RESULT_FIELDS.completeness]: result.completeness,
        [RESULT_FIELDS.nextDimension]: result.nextDimension,
        [RESULT_FIELDS.explanation]: formatExplanation(
            result.reasons,
            templates,
            dimensionLabels,
            ratingLabels,
        ),
        [RESULT_FIELDS.lastEvaluated]: now.toISOString(),
    };
}

export function defaultFramework(
    objectApiName: string,
    frameworks: readonly CatalogFramework[],
): CatalogFramework | undefined {
    return frameworks.find((framework) => framework.defaultFor.includes(objectApiName));
}
