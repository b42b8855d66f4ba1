/**
 * The pipeline's labels as the org would serve them, from the shipped label and translation files, so a
 * test asserts the real texts and fails when a label or its German translation is missing.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { germanLabels } from '../../../qualificationBoard/__tests__/support/labels';
import type { PipelineTexts } from 'c/qualificationPipelineModel';

const BOARD_KEYS = new Set(['Status', 'Score', 'Completeness', 'Framework']);

function englishLabels(): Map<string, string> {
    const xml = readFileSync(
        join(__dirname, '../../../../../i18n/labels/CustomLabels.labels-meta.xml'),
        'utf8',
    );
    const labels = new Map<string, string>();
    for (const match of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
        const block = match[1] ?? '';
        const name = /<fullName>([^<]+)<\/fullName>/.exec(block)?.[1];
        const value = /<value>([\s\S]*?)<\/value>/.exec(block)?.[1];
        if (name && value !== undefined)
            labels.set(name, value.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
    }
    return labels;
}

/** Maps each key of the labels module to its text: `BB_Pipeline_<key>`, or the board's label it reuses. */
export function pipelineLabelTexts(
    language: 'en' | 'de',
    keys: readonly string[],
): Record<string, string> {
    const source = language === 'en' ? englishLabels() : germanLabels();
    const result: Record<string, string> = {};
    for (const key of keys) {
        const name = BOARD_KEYS.has(key)
            ? `BB_Board_${key}`
            : `BB_Pipeline_${key === 'Error_Text' ? 'Error' : key}`;
        const text = source.get(name);
        if (text === undefined) throw new Error(`Custom label ${name} has no ${language} text`);
        result[key] = text;
    }
    return result;
}

export function textsOf(labels: Record<string, string>): PipelineTexts {
    const text = (key: string): string => labels[key] ?? key;
    return {
        name: text('Name'),
        owner: text('Owner'),
        stage: text('Stage'),
        leadStatus: text('Lead_Status'),
        status: text('Status'),
        score: text('Score'),
        completeness: text('Completeness'),
        amount: text('Amount'),
        closeDate: text('Close_Date'),
        weakest: text('Weakest'),
        nextGate: text('Next_Gate'),
        ready: text('Gate_Ready'),
        blocked: text('Gate_Blocked'),
    };
}

/** The labels module with the texts of one language (for `jest.mock('../pipelineLabels', …)`). */
export function labelsModule(language: 'en' | 'de'): Record<string, unknown> {
    const actual = jest.requireActual('../../pipelineLabels');
    const labels = pipelineLabelTexts(language, Object.keys(actual.LABELS));
    return { ...actual, LABELS: labels, TEXTS: textsOf(labels) };
}
