import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { elements, readMetadataXml, text } from './xmlFile';

export interface RatingScaleValue {
    readonly value: string;
    readonly label: string;
}

export type { Language as PreviewLanguage } from '../../../lib/catalog';

/** Every `*.globalValueSet-meta.xml` in force-app, by name, with its values in order. */
export function loadGlobalValueSets(forceAppDir: string): Map<string, RatingScaleValue[]> {
    const sets = new Map<string, RatingScaleValue[]>();
    for (const file of findFiles(forceAppDir, '.globalValueSet-meta.xml')) {
        const root = readMetadataXml(file, 'GlobalValueSet');
        const values = elements(root, 'customValue').map((value) => {
            const name = text(value, 'fullName') ?? '';
            return { value: name, label: text(value, 'label') ?? name };
        });
        sets.set(path.basename(file, '.globalValueSet-meta.xml'), values);
    }
    return sets;
}

/**
 * The German labels of a global value set from `<name>-de.globalValueSetTranslation-meta.xml`, keyed by the
 * master label as the platform keys them; empty when the translation is not there.
 */
export function loadGlobalValueSetTranslation(
    forceAppDir: string,
    setName: string,
    language: string,
): Map<string, string> {
    const translations = new Map<string, string>();
    const suffix = `${setName}-${language}.globalValueSetTranslation-meta.xml`;
    for (const file of findFiles(forceAppDir, suffix)) {
        const root = readMetadataXml(file, 'GlobalValueSetTranslation');
        for (const entry of elements(root, 'valueTranslation')) {
            const master = text(entry, 'masterLabel');
            const translation = text(entry, 'translation');
            if (master !== undefined && translation !== undefined)
                translations.set(master, translation);
        }
    }
    return translations;
}

/** The values of a set in a language: the translated label where one exists, as a describe in that language returns. */
export function translateValues(
    values: readonly RatingScaleValue[],
    translations: ReadonlyMap<string, string>,
): RatingScaleValue[] {
    return values.map((value) => ({
        value: value.value,
        label: translations.get(value.label) ?? value.label,
    }));
}

export function findFiles(root: string, suffix: string): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir)) {
            if (entry === 'node_modules' || entry.startsWith('.')) continue;
            const full = path.join(dir, entry);
            if (statSync(full).isDirectory()) walk(full);
            else if (entry.endsWith(suffix)) found.push(full);
        }
    };
    if (existsSync(root)) walk(root);
    return found.sort();
}
