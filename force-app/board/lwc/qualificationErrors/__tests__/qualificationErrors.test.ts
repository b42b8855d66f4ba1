import { flattenError } from 'c/qualificationErrors';

describe('flattenError', () => {
    it('reads an ifUnmodifiedSince conflict as a conflict', () => {
        expect(flattenError({ status: 412, statusText: 'Precondition Failed', body: [] })).toEqual({
            message: 'Precondition Failed',
            fieldErrors: {},
            kind: 'conflict',
        });
        expect(
            flattenError({ body: { message: 'Record modified since ifUnmodifiedSince' } }).kind,
        ).toBe('conflict');
        expect(
            flattenError({
                body: [
                    {
                        errorCode: 'UNABLE_TO_LOCK_ROW',
                        message: 'unable to obtain exclusive access',
                    },
                ],
            }).kind,
        ).toBe('conflict');
    });

    it('collects field errors from UI API output and reads them as validation', () => {
        const flat = flattenError({
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record.',
                output: {
                    errors: [
                        {
                            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                            message: 'Close date is required.',
                        },
                        {
                            errorCode: 'STRING_TOO_LONG',
                            message: 'Too long.',
                            fieldName: 'BB_Need_Evidence__c',
                        },
                    ],
                    fieldErrors: {
                        BB_Budget_Amount__c: [
                            { message: 'Must be positive.' },
                            { message: 'Must be a number.' },
                        ],
                        BB_Need_Rating__c: [{ message: '' }],
                    },
                },
            },
        });

        expect(flat.kind).toBe('validation');
        expect(flat.fieldErrors).toEqual({
            BB_Need_Evidence__c: 'Too long.',
            BB_Budget_Amount__c: 'Must be positive. Must be a number.',
        });
        expect(flat.message).toBe(
            'An error occurred while trying to update the record. Close date is required.',
        );
    });

    it('reads missing access from codes, status and the Apex class message', () => {
        expect(
            flattenError({
                body: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'no' }],
            }).kind,
        ).toBe('access');
        expect(flattenError({ status: 403, body: { message: 'Forbidden' } }).kind).toBe('access');
        expect(
            flattenError({
                body: {
                    message:
                        "You do not have access to the Apex class named 'QualificationBoardController'.",
                },
            }).kind,
        ).toBe('access');
    });

    it('reads a numeric statusCode like status', () => {
        expect(flattenError({ statusCode: 412, body: { message: 'Stale' } }).kind).toBe('conflict');
        expect(flattenError({ statusCode: 403, body: { message: 'No' } }).kind).toBe('access');
    });

    it('reads Aura DML errors: pageErrors and fieldErrors with statusCode', () => {
        const flat = flattenError({
            body: {
                pageErrors: [
                    {
                        statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                        message: 'Close the budget question first.',
                    },
                ],
                fieldErrors: {
                    BB_Budget_Amount__c: [
                        { statusCode: 'NUMBER_OUTSIDE_VALID_RANGE', message: 'Too large.' },
                    ],
                },
            },
        });
        expect(flat).toEqual({
            message: 'Close the budget question first.',
            fieldErrors: { BB_Budget_Amount__c: 'Too large.' },
            kind: 'validation',
        });
        expect(
            flattenError({
                body: {
                    fieldErrors: {
                        BB_Need_Rating__c: [
                            {
                                statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
                                message: 'Read only.',
                            },
                        ],
                    },
                },
            }).kind,
        ).toBe('access');
    });

    it('reads network failures', () => {
        expect(flattenError(new TypeError('Load failed')).kind).toBe('network');
        expect(
            flattenError(new TypeError('NetworkError when attempting to fetch resource.')).kind,
        ).toBe('network');
        expect(flattenError(new TypeError('Failed to fetch'))).toEqual({
            message: 'Failed to fetch',
            fieldErrors: {},
            kind: 'network',
        });
        expect(flattenError({ status: 0, body: null }).kind).toBe('network');
    });

    it('keeps anything else as unknown with its message, and never a stack trace', () => {
        const flat = flattenError({
            status: 500,
            body: { message: 'Boom', stackTrace: 'Class.X: line 1' },
        });
        expect(flat).toEqual({ message: 'Boom', fieldErrors: {}, kind: 'unknown' });
        expect(flattenError('plain words')).toEqual({
            message: 'plain words',
            fieldErrors: {},
            kind: 'unknown',
        });
    });

    it('uses the fallback when the error says nothing', () => {
        expect(flattenError(undefined, 'Try again.')).toEqual({
            message: 'Try again.',
            fieldErrors: {},
            kind: 'unknown',
        });
        expect(flattenError({}, 'Try again.').message).toBe('Try again.');
        expect(flattenError(42).message).toBe('');
    });

    it('reports the same message once', () => {
        expect(flattenError({ body: [{ message: 'Same' }, { message: 'Same' }] }).message).toBe(
            'Same',
        );
    });
});
