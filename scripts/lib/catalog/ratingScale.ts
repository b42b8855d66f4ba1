import { basename } from 'node:path';
import { RATING_VALUES } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { Language } from './labels';
import { displayPath } from './sourceFiles';
import { listOf, readXml, rootElement, textOf } from './xml';

/** The Global Value Set every rating field uses. */
export const RATING_SCALE = 'BB_Rating_Scale';

/** One value of the rating scale with its label in every shipped language. */
export interface RatingOption {
    readonly value: string;
    readonly label: Readonly<Record<Language, string>>;
}

/**
 * Reads the rating scale from its Global Value Set and the German labels from its translation,
 * in the order the set defines. Problems (a value the engines do not score, a missing German
 * label) are collected, naming the file.
 */
export function readRatingScale(
    root: string,
    files: readonly string[],
    problems: string[],
): RatingOption[] {
    const setFile = files.find((f) => basename(f) === `${RATING_SCALE}.globalValueSet-meta.xml`);
    if (setFile === undefined) {
        problems.push(`force-app: the Global Value Set ${RATING_SCALE} is missing`);
        return [];
    }
    const setPath = displayPath(root, setFile);
    const german = new Map<string, string>();
    const translationFile = files.find(
        (f) => basename(f) === `${RATING_SCALE}-de.globalValueSetTranslation-meta.xml`,
    );
    if (translationFile !== undefined) {
        const path = displayPath(root, translationFile);
        const translation = rootElement(
            readXml(translationFile, path),
            'GlobalValueSetTranslation',
            path,
        );
        for (const entry of listOf(translation.valueTranslation)) {
            const master = textOf(entry.masterLabel);
            const text = textOf(entry.translation);
            if (master !== undefined && text !== undefined) german.set(master, text);
        }
    }
    const set = rootElement(readXml(setFile, setPath), 'GlobalValueSet', setPath);
    return listOf(set.customValue).map((entry) => {
        const value = textOf(entry.fullName) ?? '';
        const en = textOf(entry.label) ?? value;
        if (!(RATING_VALUES as readonly string[]).includes(value)) {
            problems.push(
                `${setPath}: rating ${value} is not on the scale the engines score (${RATING_VALUES.join(', ')}); a record rated ${value} could never be saved`,
            );
        }
        const de = german.get(en);
        if (de === undefined) {
            problems.push(`${setPath}: rating ${value} ("${en}") has no German translation`);
        }
        return { value, label: { en, de: de ?? en } };
    });
}
