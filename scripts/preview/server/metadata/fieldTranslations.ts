import path from 'node:path';
import { elements, readMetadataXml, text } from './xmlFile';
import { findFiles } from './ratingScale';

/** A field's label and local picklist labels in another language (objectTranslations/<Object>-<lang>/). */
export interface FieldTranslation {
    readonly label?: string;
    /** master label → translated label */
    readonly picklistLabels: ReadonlyMap<string, string>;
}

export function loadFieldTranslations(
    forceAppDir: string,
    objectApiName: string,
    language: string,
): Map<string, FieldTranslation> {
    const translations = new Map<string, FieldTranslation>();
    for (const file of findFiles(forceAppDir, '.fieldTranslation-meta.xml')) {
        if (path.basename(path.dirname(file)) !== `${objectApiName}-${language}`) continue;
        const root = readMetadataXml(file, 'CustomFieldTranslation');
        const picklistLabels = new Map<string, string>();
        for (const entry of elements(root, 'picklistValues')) {
            const master = text(entry, 'masterLabel');
            const translated = text(entry, 'translation');
            if (master !== undefined && translated !== undefined)
                picklistLabels.set(master, translated);
        }
        const name = text(root, 'name') ?? path.basename(file, '.fieldTranslation-meta.xml');
        translations.set(name, { label: text(root, 'label'), picklistLabels });
    }
    return translations;
}
