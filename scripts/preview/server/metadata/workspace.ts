import {
    loadObjectSchemas,
    SUPPORTED_OBJECTS,
    type ObjectSchema,
    type SupportedObject,
} from './fieldSchema';
import path from 'node:path';
import { LANGUAGES, loadCatalog, type Catalog } from '../../../lib/catalog';
import { packageDirectoryPaths } from '../../../lib/packageDirectories';
import { loadRepFieldAccess, type FieldAccess } from './fieldAccess';
import { loadFieldTranslations, type FieldTranslation } from './fieldTranslations';
import {
    loadGlobalValueSets,
    loadGlobalValueSetTranslation,
    translateValues,
    type PreviewLanguage,
    type RatingScaleValue,
} from './ratingScale';

export const PREVIEW_LANGUAGES: readonly PreviewLanguage[] = LANGUAGES;

/** Everything the fakes read from the package directories, loaded once when the preview server starts. */
export interface PreviewWorkspace {
    readonly forceAppDir: string;
    readonly schemas: ReadonlyMap<SupportedObject, ObjectSchema>;
    readonly access: ReadonlyMap<SupportedObject, FieldAccess>;
    /** The shipped frameworks and labels, read by the shared catalog loader (scripts/lib/catalog). */
    readonly catalog: Catalog;
    /** A picklist's values in a language, as a describe in that language returns them. */
    picklistValues(
        objectApiName: SupportedObject,
        fieldApiName: string,
        language: PreviewLanguage,
    ): readonly RatingScaleValue[];
    /** A field's label in a language, as error messages and the describe show it. */
    fieldLabel(
        objectApiName: SupportedObject,
        fieldApiName: string,
        language: PreviewLanguage,
    ): string;
}

export function loadWorkspace(projectRoot: string): PreviewWorkspace {
    const forceAppDir = path.join(projectRoot, 'force-app');
    // The core and every extension package (frameworks-app): their fields, grants and translations.
    const packageDirs = packageDirectoryPaths(projectRoot);
    const catalog = loadCatalog(projectRoot);
    const globalValueSets = new Map(packageDirs.flatMap((dir) => [...loadGlobalValueSets(dir)]));
    const schemas = loadObjectSchemas(packageDirs, globalValueSets);
    const access = new Map<SupportedObject, FieldAccess>();
    const germanFields = new Map<SupportedObject, Map<string, FieldTranslation>>();
    for (const objectApiName of SUPPORTED_OBJECTS) {
        access.set(
            objectApiName,
            loadRepFieldAccess(packageDirs, objectApiName, schemas.get(objectApiName) ?? new Map()),
        );
        germanFields.set(
            objectApiName,
            new Map(
                packageDirs.flatMap((dir) => [...loadFieldTranslations(dir, objectApiName, 'de')]),
            ),
        );
    }
    const germanValueSets = new Map<string, ReadonlyMap<string, string>>();
    for (const setName of globalValueSets.keys()) {
        germanValueSets.set(
            setName,
            new Map(
                packageDirs.flatMap((dir) => [
                    ...loadGlobalValueSetTranslation(dir, setName, 'de'),
                ]),
            ),
        );
    }
    return {
        forceAppDir,
        schemas,
        access,
        catalog,
        picklistValues(objectApiName, fieldApiName, language) {
            const field = schemas.get(objectApiName)?.get(fieldApiName);
            const values = field?.picklistValues ?? [];
            if (language === 'en' || field === undefined) return values;
            const translations =
                field.valueSetName !== undefined
                    ? germanValueSets.get(field.valueSetName)
                    : germanFields.get(objectApiName)?.get(fieldApiName)?.picklistLabels;
            return translateValues(values, translations ?? new Map());
        },
        fieldLabel(objectApiName, fieldApiName, language) {
            const field = schemas.get(objectApiName)?.get(fieldApiName);
            const master = field?.label ?? fieldApiName;
            if (language === 'en') return master;
            return (
                germanFields.get(objectApiName)?.get(fieldApiName)?.label ??
                field?.germanLabel ??
                master
            );
        },
    };
}
