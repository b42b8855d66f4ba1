/**
 * c/qualificationErrors: turns whatever LDS, Apex or the network throws into one shape the board
 * can show in plain words — a message, the messages per field, and the kind of failure, which
 * decides what the user can do about it (retry, reload, ask an admin).
 */

export type ErrorKind = 'conflict' | 'validation' | 'access' | 'network' | 'unknown';

export interface FlatError {
    /** Plain words for the top of the board; never a stack trace. */
    message: string;
    /** Field API name → message, for errors that belong to one field. */
    fieldErrors: Record<string, string>;
    kind: ErrorKind;
}

interface ErrorEntry {
    errorCode?: unknown;
    /** Aura's DML errors name the code `statusCode`. */
    statusCode?: unknown;
    message?: unknown;
    fieldName?: unknown;
    field?: unknown;
}

const CONFLICT_CODES = /PRECONDITION|CONFLICT|ENTITY_IS_LOCKED|UNABLE_TO_LOCK_ROW/i;
const CONFLICT_WORDS =
    /precondition failed|ifunmodifiedsince|if-unmodified-since|modified since|has been modified/i;
const ACCESS_CODES =
    /INSUFFICIENT_ACCESS|INVALID_FIELD_FOR_INSERT_UPDATE|NOT_API_UPDATEABLE|INVALID_TYPE_FOR_OPERATION|INVALID_SESSION/i;
const ACCESS_WORDS =
    /do not have access|don't have access|insufficient (access|privileges)|no access to/i;
const VALIDATION_CODES =
    /FIELD_CUSTOM_VALIDATION_EXCEPTION|REQUIRED_FIELD_MISSING|INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST|STRING_TOO_LONG|FIELD_INTEGRITY_EXCEPTION|INVALID_FIELD|NUMBER_OUTSIDE_VALID_RANGE|INVALID_TYPE_ON_FIELD|DUPLICATES_DETECTED/i;
// Chrome says "Failed to fetch", Firefox "NetworkError when attempting…", Safari "Load failed".
const NETWORK_WORDS = /failed to fetch|load failed|network|offline|timed? ?out|disconnected/i;

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

function text(value: unknown): string | undefined {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function entriesOf(value: unknown): ErrorEntry[] {
    if (Array.isArray(value)) {
        return value.filter(isObject);
    }
    return isObject(value) ? [value] : [];
}

function codeOf(entry: ErrorEntry): string | undefined {
    return text(entry.errorCode) ?? text(entry.statusCode);
}

/**
 * Field errors, `{ Field__c: [{ message }] }` (sometimes a single entry per field): the UI API puts
 * them under `output.fieldErrors`, Aura's DML errors straight under `fieldErrors`.
 */
function collectFieldErrors(
    container: unknown,
    fieldErrors: Record<string, string>,
    codes: string[],
): void {
    if (!isObject(container) || !isObject(container.fieldErrors)) {
        return;
    }
    for (const [field, entries] of Object.entries(container.fieldErrors)) {
        entriesOf(entries).forEach((entry) => {
            const code = codeOf(entry);
            if (code) {
                codes.push(code);
            }
        });
        const messages = entriesOf(entries)
            .map((entry) => text(entry.message))
            .filter((message): message is string => message !== undefined);
        if (messages.length > 0) {
            fieldErrors[field] = messages.join(' ');
        }
    }
}

function classify(
    status: number | undefined,
    codes: string[],
    messages: string[],
    hasFieldErrors: boolean,
): ErrorKind {
    const allCodes = codes.join(' ');
    const allWords = messages.join(' ');
    if (status === 412 || CONFLICT_CODES.test(allCodes) || CONFLICT_WORDS.test(allWords)) {
        return 'conflict';
    }
    if (status === 403 || ACCESS_CODES.test(allCodes) || ACCESS_WORDS.test(allWords)) {
        return 'access';
    }
    if (hasFieldErrors || VALIDATION_CODES.test(allCodes) || status === 400) {
        return 'validation';
    }
    if (status === 0 || NETWORK_WORDS.test(allWords)) {
        return 'network';
    }
    return 'unknown';
}

/**
 * Flattens one error from `updateRecord`, a wire adapter, an imperative Apex call or the network.
 * The messages come from the platform in the user's language; `fallback` is used when it gives none.
 */
export function flattenError(error: unknown, fallback = ''): FlatError {
    const fieldErrors: Record<string, string> = {};
    const messages: string[] = [];
    const codes: string[] = [];
    let status: number | undefined;

    if (isObject(error)) {
        if (typeof error.status === 'number') {
            status = error.status;
        } else if (typeof error.statusCode === 'number') {
            status = error.statusCode;
        }
        const statusText = text(error.statusText);
        const body = error.body;
        for (const entry of entriesOf(body)) {
            const code = codeOf(entry);
            if (code) {
                codes.push(code);
            }
            const message = text(entry.message);
            if (message) {
                messages.push(message);
            }
            const raw = entry as Record<string, unknown>;
            for (const pageError of entriesOf(raw.pageErrors)) {
                const pageCode = codeOf(pageError);
                if (pageCode) {
                    codes.push(pageCode);
                }
                const pageMessage = text(pageError.message);
                if (pageMessage) {
                    messages.push(pageMessage);
                }
            }
            collectFieldErrors(raw, fieldErrors, codes);
            const output = raw.output;
            if (isObject(output)) {
                for (const outputError of entriesOf(output.errors)) {
                    const outputCode = codeOf(outputError);
                    if (outputCode) {
                        codes.push(outputCode);
                    }
                    const outputMessage = text(outputError.message);
                    const field = text(outputError.fieldName) ?? text(outputError.field);
                    if (outputMessage && field) {
                        fieldErrors[field] = outputMessage;
                    } else if (outputMessage) {
                        messages.push(outputMessage);
                    }
                }
                collectFieldErrors(output, fieldErrors, codes);
            }
        }
        const ownMessage = text(error.message);
        if (messages.length === 0 && ownMessage) {
            messages.push(ownMessage);
        }
        if (messages.length === 0 && statusText) {
            messages.push(statusText);
        }
    } else if (text(error)) {
        messages.push(text(error) as string);
    }

    const hasFieldErrors = Object.keys(fieldErrors).length > 0;
    const kind = classify(status, codes, messages, hasFieldErrors);
    const unique = messages.filter((message, index) => messages.indexOf(message) === index);
    return { message: unique.join(' ') || fallback, fieldErrors, kind };
}
