import type { Answers, FrameworkConfig, Values } from './types';

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

/**
 * Maps a record's field values to the structured values the engine reads (dimension key → value
 * of the dimension's Value_Field__c), like answersFromRecord. Dimensions without a value field,
 * or whose field is missing from the record, have no value.
 */
export function valuesFromRecord(
    framework: FrameworkConfig,
    fieldValues: Readonly<Record<string, unknown>>,
): Values {
    const values: Record<string, unknown> = {};
    for (const dimension of framework.dimensions) {
        const field = dimension.valueField;
        if (
            typeof field === 'string' &&
            field !== '' &&
            Object.prototype.hasOwnProperty.call(fieldValues, field)
        ) {
            values[dimension.key] = fieldValues[field];
        }
    }
    return values;
}
