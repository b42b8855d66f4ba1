import type { StoredValue } from './recordStore';
import { fieldError, recordError, type UiApiError } from './uiApiErrors';
import { FRAMEWORK_FIELD } from './evaluateOnSave';

/**
 * What QualificationFrameworkGuard does in the trigger: once a record has a stored framework, a save
 * that changes or clears it fails on the framework field unless the user holds
 * BB_Change_Qualification_Framework (in the preview: the toolbar's sales manager). Names compare
 * trimmed, as the evaluation stores them. Returns the error to throw, or null.
 */
export function frameworkChangeRefusal(
    stored: Readonly<Record<string, StoredValue>>,
    changes: Readonly<Record<string, unknown>>,
    mayChange: boolean,
    message: (storedFramework: string) => string,
): UiApiError | null {
    if (mayChange || !Object.prototype.hasOwnProperty.call(changes, FRAMEWORK_FIELD)) return null;
    const before = stored[FRAMEWORK_FIELD];
    const written = changes[FRAMEWORK_FIELD];
    if (typeof before !== 'string' || before.trim() === '') return null;
    if (typeof written === 'string' && written.trim() === before.trim()) return null;
    return recordError(
        [],
        [
            fieldError(
                FRAMEWORK_FIELD,
                'Qualification Framework',
                'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                message(before),
            ),
        ],
    );
}
