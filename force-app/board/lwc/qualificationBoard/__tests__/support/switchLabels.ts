/**
 * The framework switch's labels as the org serves them, in a language a test picks: one object the
 * switch's mocked label module hands out, refilled by `useSwitchLanguage`.
 */
import { boardLabels } from './labels';

const KEYS = [
    'Open',
    'Legend',
    'Loading',
    'Load_Error',
    'None',
    'Kept',
    'Unused',
    'Nothing_Answered',
    'Unsaved_Too',
    'Save',
    'Cancel',
    'Pending',
];

export const switchLabels: Record<string, string> = {};

export function useSwitchLanguage(language: 'en' | 'de'): void {
    const texts = boardLabels(
        language,
        KEYS.map((key) => `Framework_Switch_${key}`),
    );
    for (const key of KEYS) {
        switchLabels[key] = texts[`Framework_Switch_${key}`] ?? '';
    }
}

useSwitchLanguage('en');
