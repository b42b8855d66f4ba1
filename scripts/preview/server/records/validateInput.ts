import type { FieldDefinition, ObjectSchema, SupportedObject } from '../metadata/fieldSchema';
import type { FieldAccess } from '../metadata/fieldAccess';
import type { StoredValue } from './recordStore';
import { fieldError, invalidField, recordError, type UiApiFieldError } from './uiApiErrors';

export interface InputContext {
    readonly objectApiName: SupportedObject;
    readonly schema: ObjectSchema;
    readonly access: FieldAccess;
    /** Fields the simulated user cannot read on top of the permission set (the preview's FLS switch). */
    readonly hiddenFields: ReadonlySet<string>;
    readonly fieldLabel: (fieldApiName: string) => string;
}

/**
 * Checks the fields of an update the way the platform does and returns them as they would be stored
 * (blank text becomes null, numbers are rounded to their scale). Unknown or unreadable fields fail the
 * whole request; read-only fields and bad values fail as record errors naming every field at fault.
 */
export function validateInput(
    input: Readonly<Record<string, unknown>>,
    context: InputContext,
): Record<string, StoredValue> {
    const accepted: Record<string, StoredValue> = {};
    const recordErrors: Array<{ errorCode: string; message: string }> = [];
    const fieldErrors: UiApiFieldError[] = [];
    const readOnly: string[] = [];
    for (const [apiName, raw] of Object.entries(input)) {
        if (apiName === 'Id') continue;
        const field = context.schema.get(apiName);
        if (
            field === undefined ||
            !context.access.readable.has(apiName) ||
            context.hiddenFields.has(apiName)
        ) {
            throw invalidField(
                `No such column '${apiName}' on sobject of type ${context.objectApiName}`,
            );
        }
        if (!context.access.editable.has(apiName)) {
            readOnly.push(apiName);
            continue;
        }
        const outcome = normalize(field, raw);
        if ('error' in outcome) {
            fieldErrors.push(
                fieldError(
                    apiName,
                    context.fieldLabel(apiName),
                    outcome.code,
                    `${context.fieldLabel(apiName)}: ${outcome.error}`,
                ),
            );
        } else {
            accepted[apiName] = outcome.value;
        }
    }
    if (readOnly.length > 0) {
        recordErrors.push({
            errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
            message: `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        });
    }
    const missing = Object.entries(accepted)
        .filter(
            ([apiName, value]) => value === null && context.schema.get(apiName)?.required === true,
        )
        .map(([apiName]) => apiName);
    if (missing.length > 0) {
        recordErrors.push({
            errorCode: 'REQUIRED_FIELD_MISSING',
            message: `Required fields are missing: [${missing.join(', ')}]`,
        });
    }
    if (recordErrors.length > 0 || fieldErrors.length > 0)
        throw recordError(recordErrors, fieldErrors);
    return accepted;
}

type Normalized = { value: StoredValue } | { error: string; code: string };

function normalize(field: FieldDefinition, raw: unknown): Normalized {
    if (raw === null || raw === undefined || raw === '') {
        return { value: field.type === 'Checkbox' ? false : null };
    }
    switch (field.type) {
        case 'Picklist': {
            const allowed = field.picklistValues ?? [];
            if (typeof raw === 'string' && allowed.some((option) => option.value === raw))
                return { value: raw };
            return {
                code: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                error: `bad value for restricted picklist field: ${String(raw)}`,
            };
        }
        case 'Text':
        case 'TextArea':
        case 'LongTextArea':
        case 'Email':
        case 'Phone':
        case 'Url': {
            if (typeof raw !== 'string') return typeMismatch(raw);
            const limit = field.length ?? (field.type === 'TextArea' ? 255 : undefined);
            if (limit !== undefined && raw.length > limit) {
                return {
                    code: 'STRING_TOO_LONG',
                    error: `data value too large: ${raw.slice(0, 40)}... (max length=${limit})`,
                };
            }
            return { value: raw };
        }
        case 'Number':
        case 'Currency':
        case 'Percent':
            return normalizeNumber(field, raw);
        case 'Date':
            return typeof raw === 'string' &&
                /^\d{4}-\d{2}-\d{2}$/.test(raw) &&
                !Number.isNaN(Date.parse(raw))
                ? { value: raw }
                : typeMismatch(raw);
        case 'DateTime':
            return typeof raw === 'string' && !Number.isNaN(Date.parse(raw))
                ? { value: new Date(raw).toISOString() }
                : typeMismatch(raw);
        case 'Checkbox':
            return typeof raw === 'boolean' ? { value: raw } : typeMismatch(raw);
        case 'Lookup':
            // A record Id (15 or 18 characters) or blank, as the API accepts for a lookup.
            return typeof raw === 'string' && /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(raw)
                ? { value: raw }
                : typeMismatch(raw);
        case 'Id':
            return typeMismatch(raw);
    }
}

function normalizeNumber(field: FieldDefinition, raw: unknown): Normalized {
    const value =
        typeof raw === 'number'
            ? raw
            : typeof raw === 'string' && raw.trim() !== ''
              ? Number(raw)
              : Number.NaN;
    if (!Number.isFinite(value)) return typeMismatch(raw);
    const scale = field.scale ?? 0;
    const integerDigits = (field.precision ?? 18) - scale;
    if (Math.abs(Math.trunc(value)).toString().length > integerDigits) {
        return {
            code: 'NUMBER_OUTSIDE_VALID_RANGE',
            error: `value outside of valid range on numeric field: ${value}`,
        };
    }
    const factor = 10 ** scale;
    return { value: Math.round(value * factor) / factor };
}

function typeMismatch(raw: unknown): Normalized {
    return {
        code: 'INVALID_TYPE_ON_FIELD_IN_RECORD',
        error: `value not of required type: ${typeof raw === 'object' ? JSON.stringify(raw) : String(raw)}`,
    };
}
