/**
 * The board's labels as the org would serve them, read from the shipped label and translation
 * files, so a test asserts the real texts and fails when a label or its German translation is missing.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const I18N = join(__dirname, '../../../../../i18n');

function decode(text: string): string {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}

function englishLabels(): Map<string, string> {
    const xml = readFileSync(join(I18N, 'labels/CustomLabels.labels-meta.xml'), 'utf8');
    const labels = new Map<string, string>();
    for (const match of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
        const block = match[1] ?? '';
        const name = /<fullName>([^<]+)<\/fullName>/.exec(block)?.[1];
        const value = /<value>([\s\S]*?)<\/value>/.exec(block)?.[1];
        if (name && value !== undefined) {
            labels.set(name, decode(value));
        }
    }
    return labels;
}

function germanLabels(): Map<string, string> {
    const xml = readFileSync(join(I18N, 'translations/de.translation-meta.xml'), 'utf8');
    const labels = new Map<string, string>();
    for (const match of xml.matchAll(
        /<customLabels>\s*<label>([\s\S]*?)<\/label>\s*<name>([^<]+)<\/name>\s*<\/customLabels>/g,
    )) {
        labels.set(match[2] ?? '', decode(match[1] ?? ''));
    }
    return labels;
}

/** Maps each key of the labels module (`Save`) to the text of `BB_Board_Save` in that language. */
export function boardLabels(
    language: 'en' | 'de',
    keys: readonly string[],
): Record<string, string> {
    const source = language === 'en' ? englishLabels() : germanLabels();
    const result: Record<string, string> = {};
    for (const key of keys) {
        const text = source.get(`BB_Board_${key}`);
        if (text === undefined) {
            throw new Error(`Custom label BB_Board_${key} has no ${language} text`);
        }
        result[key] = text;
    }
    return result;
}
