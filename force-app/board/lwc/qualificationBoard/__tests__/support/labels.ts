/**
 * The board's labels as the org would serve them, read from the shipped label and translation
 * files, so a test asserts the real texts and fails when a label or its German translation is missing.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';

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

export function germanLabels(): Map<string, string> {
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

/** masterLabel → translation pairs of a translation file (`picklistValues` or `valueTranslation`). */
function translatedValues(file: string, element: string): Map<string, string> {
    const xml = readFileSync(join(I18N, file), 'utf8');
    const pairs = new Map<string, string>();
    const pattern = new RegExp(
        `<${element}>\\s*<masterLabel>([^<]*)</masterLabel>\\s*<translation>([^<]*)</translation>`,
        'g',
    );
    for (const match of xml.matchAll(pattern)) {
        pairs.set(decode(match[1] ?? ''), decode(match[2] ?? ''));
    }
    return pairs;
}

function fieldLabel(objectApiName: string, field: string): string | undefined {
    const xml = readFileSync(
        join(I18N, `objectTranslations/${objectApiName}-de/${field}.fieldTranslation-meta.xml`),
        'utf8',
    );
    const label = /<label>([^<]*)<\/label>/.exec(xml)?.[1];
    return label === undefined ? undefined : decode(label);
}

function required(labels: Map<string, string>, name: string): string {
    const text = labels.get(name);
    if (text === undefined) {
        throw new Error(`No German text for ${name} in force-app/i18n`);
    }
    return text;
}

/**
 * The English board configuration as Apex would serve it to a German user: every text taken from
 * the shipped translations (labels, rating scale, status picklist, field labels), so a test fails
 * when a translation is missing or changes.
 */
export function germanBoardConfig(english: BoardConfig): BoardConfig {
    const labels = germanLabels();
    const scale = translatedValues(
        'globalValueSetTranslations/BB_Rating_Scale-de.globalValueSetTranslation-meta.xml',
        'valueTranslation',
    );
    const statuses = translatedValues(
        `objectTranslations/${english.objectApiName}-de/BB_Qualification_Status__c.fieldTranslation-meta.xml`,
        'picklistValues',
    );
    const reasonLabel = (code: string): string =>
        `BB_Reason_${code
            .split('_')
            .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
            .join('_')}`;
    return {
        ...english,
        framework: {
            ...english.framework,
            dimensions: english.framework.dimensions.map((dimension) => ({
                ...dimension,
                label: required(labels, `BB_Dimension_${dimension.key}`),
                questions: dimension.questions.map((_, index) =>
                    required(labels, `BB_Question_${dimension.key}_${index + 1}`),
                ),
                valueLabel: dimension.valueField
                    ? (fieldLabel(english.objectApiName, dimension.valueField) ?? null)
                    : null,
            })),
        },
        ratingScale: english.ratingScale.map((option) => ({
            value: option.value,
            label: required(scale, option.label),
        })),
        reasonTemplates: Object.fromEntries(
            Object.keys(english.reasonTemplates).map((code) => [
                code,
                required(labels, reasonLabel(code)),
            ]),
        ),
        statusLabels: Object.fromEntries(
            Object.keys(english.statusLabels).map((status) => [status, required(statuses, status)]),
        ),
    };
}
