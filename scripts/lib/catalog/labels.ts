import { displayPath } from './sourceFiles';
import { listOf, readXml, rootElement, textOf } from './xml';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Custom label name → text, per language: English from the labels files, German from de.translation. */
export type LabelBook = Readonly<Record<Language, ReadonlyMap<string, string>>>;

export function readLabels(
    root: string,
    labelFiles: readonly string[],
    germanFiles: readonly string[],
): LabelBook {
    const en = new Map<string, string>();
    for (const file of labelFiles) {
        const path = displayPath(root, file);
        for (const label of listOf(rootElement(readXml(file, path), 'CustomLabels', path).labels)) {
            const name = textOf(label.fullName);
            const value = textOf(label.value);
            if (name === undefined || value === undefined) {
                throw new Error(
                    `${path}: every label needs a <fullName> and a <value> (label ${name ?? '(unnamed)'})`,
                );
            }
            if (en.has(name)) {
                throw new Error(`${path}: label ${name} is defined twice`);
            }
            en.set(name, value);
        }
    }
    const de = new Map<string, string>();
    for (const file of germanFiles) {
        const path = displayPath(root, file);
        for (const translation of listOf(
            rootElement(readXml(file, path), 'Translations', path).customLabels,
        )) {
            const name = textOf(translation.name);
            const value = textOf(translation.label);
            if (name === undefined || value === undefined) {
                throw new Error(
                    `${path}: every customLabels entry needs a <name> and a <label> (entry ${name ?? '(unnamed)'})`,
                );
            }
            de.set(name, value);
        }
    }
    return { en, de };
}
