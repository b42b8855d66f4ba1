/**
 * Errors shaped as the UI API answers them, so the board's error helper sees in the preview what it
 * will see in an org. The HTTP layer sends `status` and `body`; the client fake wraps them the way LDS
 * does ({ status, statusText, ok: false, body }).
 */
export interface UiApiFieldError {
    readonly constituentField: null;
    readonly duplicateRecordError: null;
    readonly errorCode: string;
    readonly field: string;
    readonly fieldLabel: string;
    readonly message: string;
}

export interface UiApiErrorBody {
    readonly message: string;
    readonly errorCode?: string;
    readonly enhancedErrorType?: 'RecordError';
    readonly output?: {
        readonly errors: ReadonlyArray<{ readonly errorCode: string; readonly message: string }>;
        readonly fieldErrors: Readonly<Record<string, readonly UiApiFieldError[]>>;
    };
}

export class UiApiError extends Error {
    constructor(
        readonly status: number,
        readonly body: UiApiErrorBody,
    ) {
        super(body.message);
        this.name = 'UiApiError';
    }
}

const RECORD_ERROR_MESSAGE =
    'An error occurred while trying to update the record. Please try again.';

/** A DML failure: record-level errors and errors on fields, as `updateRecord` rejects with them. */
export function recordError(
    errors: ReadonlyArray<{ errorCode: string; message: string }>,
    fieldErrors: readonly UiApiFieldError[],
): UiApiError {
    const byField: Record<string, UiApiFieldError[]> = {};
    for (const error of fieldErrors) (byField[error.field] ??= []).push(error);
    return new UiApiError(400, {
        message: RECORD_ERROR_MESSAGE,
        enhancedErrorType: 'RecordError',
        output: { errors, fieldErrors: byField },
    });
}

export function fieldError(
    field: string,
    fieldLabel: string,
    errorCode: string,
    message: string,
): UiApiFieldError {
    return {
        constituentField: null,
        duplicateRecordError: null,
        errorCode,
        field,
        fieldLabel,
        message,
    };
}

export function notFound(id: string): UiApiError {
    return new UiApiError(404, {
        errorCode: 'NOT_FOUND',
        message: `The requested resource does not exist (record ${id}).`,
    });
}

export function invalidField(message: string): UiApiError {
    return new UiApiError(400, { errorCode: 'INVALID_FIELD', message });
}

/** `ifUnmodifiedSince` older than the record: the platform answers 412 Precondition Failed. */
export function modifiedSince(since: string, lastModified: string): UiApiError {
    return new UiApiError(412, {
        errorCode: 'PRECONDITION_FAILED',
        message: `The record was modified after ${since} (last modified ${lastModified}); reload it to see the other changes.`,
    });
}
