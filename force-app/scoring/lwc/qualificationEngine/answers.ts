import type { Answers, FrameworkConfig } from './types';

/**
 * Maps a record's rating field values (field API name → value, e.g. from getFieldValue or a
 * SOQL row) to the answers the engine reads (dimension key → value). Field names match exactly,
 * as LDS and jsforce return them. A missing field maps to undefined, i.e. unassessed.
 */
export function answersFromRecord(
    framework: FrameworkConfig,
    fieldValues: Readonly<Record<string, unknown>>,
): Answers {
    const answers: Record<string, unknown> = {};
    for (const dimension of framework.dimensions) {
        if (Object.prototype.hasOwnProperty.call(fieldValues, dimension.ratingField)) {
            answers[dimension.key] = fieldValues[dimension.ratingField];
        }
    }
    return answers;
}
