declare module 'lightning/uiRecordApi' {
    type FieldValue = string | number | boolean | null;

    export interface FieldValueRepresentation {
        displayValue: string | null;
        value: FieldValue | RecordRepresentation;
    }

    export interface RecordRepresentation {
        apiName: string;
        id: string;
        lastModifiedById: string | null;
        lastModifiedDate: string | null;
        systemModstamp: string | null;
        recordTypeId: string | null;
        fields: Record<string, FieldValueRepresentation>;
        childRelationships: Record<string, unknown>;
    }

    /** `Object.Field` or a field reference imported from `@salesforce/schema`. */
    export type FieldReference = string | { fieldApiName: string; objectApiName: string };

    export interface GetRecordConfig {
        recordId: string | undefined;
        fields?: FieldReference[];
        optionalFields?: FieldReference[];
        layoutTypes?: Array<'Compact' | 'Full'>;
        modes?: Array<'Create' | 'Edit' | 'View'>;
    }

    export const getRecord: TypedWireAdapter<GetRecordConfig, RecordRepresentation>;

    export interface RecordInput {
        apiName?: string;
        fields: Record<string, FieldValue> & { Id?: string };
    }

    export interface ClientOptions {
        /** ISO date time of the version the edit was based on; the save fails if the record changed since. */
        ifUnmodifiedSince?: string;
    }

    export function updateRecord(
        recordInput: RecordInput,
        clientOptions?: ClientOptions,
    ): Promise<RecordRepresentation>;

    export function getFieldValue(
        record: RecordRepresentation | undefined,
        field: FieldReference,
    ): FieldValue | undefined;

    export function getFieldDisplayValue(
        record: RecordRepresentation | undefined,
        field: FieldReference,
    ): string | null | undefined;

    export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void>;
}
