import type { Catalog, CatalogFramework } from '../../../lib/catalog';
import type { SupportedObject } from '../metadata/fieldSchema';
import type { PreviewLanguage } from '../metadata/ratingScale';
import type { StoredValue } from './recordStore';
import { fieldError, recordError } from './uiApiErrors';

import { isMisconfigured, scorerFromCatalog, type RecordScorer } from '../../../lib/recordScorer';
import { FRAMEWORK_FIELD, RESULT_FIELDS } from '../../../lib/resultFields';
import { statusTimes } from '../../../lib/statusTimes';
import { dayInTimeZone } from '../../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { PREVIEW_TIME_ZONE } from '../../previewTimeZone';

export { FRAMEWORK_FIELD };

/** One scorer per catalog and language: compiling the frameworks once, not on every save. */
const scorers = new WeakMap<Catalog, Map<PreviewLanguage, RecordScorer>>();

function scorerFor(catalog: Catalog, language: PreviewLanguage): RecordScorer {
    let byLanguage = scorers.get(catalog);
    if (!byLanguage) scorers.set(catalog, (byLanguage = new Map()));
    let scorer = byLanguage.get(language);
    if (!scorer) byLanguage.set(language, (scorer = scorerFromCatalog(catalog, language)));
    return scorer;
}

/**
 * What the package's before-save trigger does on every write: pick the record's framework (the stored
 * one, else the object's default, which it stores once something is assessed), evaluate the ratings with the shared scorer
 * (the one the ops tools use) and write the result fields, the explanation in the language of the
 * user who saved, the weakest dimension and the status times (`statusTimes`, as the Apex trigger
 * stamps them). A framework it cannot use fails the save on the framework field, as `addError` does;
 * a framework that is set up incorrectly saves the record unevaluated, with the reason.
 * `stored` is the record before the save (undefined when it is created).
 */
export function evaluateOnSave(
    objectApiName: SupportedObject,
    fields: Readonly<Record<string, StoredValue>>,
    catalog: Catalog,
    language: PreviewLanguage,
    now: Date,
    stored?: Readonly<Record<string, StoredValue>>,
): Record<string, StoredValue> {
    const scored = scorerFor(catalog, language).score(
        objectApiName,
        fields,
        dayInTimeZone(now, PREVIEW_TIME_ZONE),
    );
    if (!scored.ok && isMisconfigured(scored)) {
        // As the trigger does: the save goes through, the result stays, and the record says why.
        return {
            ...fields,
            [RESULT_FIELDS.explanation]: catalog
                .label('BB_Automation_Not_Evaluated', language)
                .replace('{0}', scored.error)
                .slice(0, 2000),
            [RESULT_FIELDS.lastEvaluated]: null,
        };
    }
    if (!scored.ok) {
        throw recordError(
            [],
            [
                fieldError(
                    FRAMEWORK_FIELD,
                    'Qualification Framework',
                    'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    scored.error,
                ),
            ],
        );
    }
    const { evaluation } = scored;
    const times = statusTimes({
        stored,
        written: fields,
        evaluatedStatus: evaluation.status,
        now: now.toISOString(),
    });
    return {
        ...fields,
        ...(scored.storesFramework ? { [FRAMEWORK_FIELD]: scored.framework } : {}),
        [RESULT_FIELDS.status]: evaluation.status,
        [RESULT_FIELDS.score]: evaluation.score,
        [RESULT_FIELDS.completeness]: evaluation.completeness,
        [RESULT_FIELDS.nextDimension]: evaluation.nextDimension,
        [RESULT_FIELDS.explanation]: scored.explanation,
        [RESULT_FIELDS.weakestDimension]: evaluation.weakestDimension,
        [RESULT_FIELDS.statusChangedOn]: times.statusChangedOn,
        [RESULT_FIELDS.qualifiedOn]: times.qualifiedOn,
        [RESULT_FIELDS.lastEvaluated]: now.toISOString(),
    };
}

export function defaultFramework(
    objectApiName: string,
    frameworks: readonly CatalogFramework[],
): CatalogFramework | undefined {
    return frameworks.find((framework) => framework.defaultFor.includes(objectApiName));
}
