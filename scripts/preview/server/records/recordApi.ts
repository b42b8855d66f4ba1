import type { PreviewWorkspace } from '../metadata/workspace';
import type { PreviewLanguage } from '../metadata/ratingScale';
import type { SupportedObject } from '../metadata/fieldSchema';
import { evaluateOnSave } from './evaluateOnSave';
import {
    MANAGER_EDITABLE_FIELDS,
    NO_ACTIVE_GATES,
    OVERRIDE_FIELDS,
    stageGatesOnSave,
    type StageGateSettings,
} from './stageGatesOnSave';
import { withTrendPoint } from './roundsOnSave';
import type { RecordStore, StoredRecord, StoredValue } from './recordStore';
import { invalidField, modifiedSince, notFound, recordError, UiApiError } from './uiApiErrors';
import { validateInput } from './validateInput';
import { frameworkChangeRefusal } from './frameworkGuard';

/** The UI API record shape LDS hands to components (lightning/uiRecordApi RecordRepresentation). */
export interface RecordRepresentation {
    apiName: string;
    id: string;
    lastModifiedById: string | null;
    lastModifiedDate: string | null;
    systemModstamp: string | null;
    recordTypeId: string | null;
    fields: Record<string, { value: StoredValue; displayValue: string | null }>;
    childRelationships: Record<string, never>;
}

export interface UserContext {
    readonly language: PreviewLanguage;
    /** Fields the user cannot read (the preview's field-level security switch). */
    readonly hiddenFields: ReadonlySet<string>;
    /** Holds BB_Change_Qualification_Framework: may change a stored framework (the toolbar's sales manager). */
    readonly mayChangeFramework?: boolean;
}

export const PREVIEW_USER_ID = '005000000000001AAA';

/** getRecord and updateRecord over the record store, answering as the UI API does. */
export class RecordApi {
    constructor(
        private readonly workspace: PreviewWorkspace,
        private readonly store: RecordStore,
        private readonly clock: () => Date = () => new Date(),
        /** The preview's active stage gates and whether the user is a manager (toolbar). */
        private readonly stageGates: () => StageGateSettings = () => NO_ACTIVE_GATES,
    ) {}

    /**
     * `fields` must all be readable (else the request fails, as LDS reports it); `optionalFields` that do
     * not exist or the user cannot read are left out, so a board degrades instead of crashing.
     */
    getRecord(
        id: string,
        fields: readonly string[],
        optionalFields: readonly string[],
        user: UserContext,
    ): RecordRepresentation {
        const record = this.store.get(id);
        if (record === undefined) throw notFound(id);
        const wanted = new Set<string>();
        for (const reference of fields) {
            const name = this.fieldName(record.apiName, reference);
            if (name === undefined || !this.canRead(record.apiName, name, user)) {
                throw invalidField(
                    `No such column '${reference.split('.').pop() ?? reference}' on entity '${record.apiName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`,
                );
            }
            wanted.add(name);
        }
        for (const reference of optionalFields) {
            const name = this.fieldName(record.apiName, reference);
            if (name !== undefined && this.canRead(record.apiName, name, user)) wanted.add(name);
        }
        return this.represent(record, wanted, user.language);
    }

    /** Saves only the given fields, then runs the trigger evaluation; `ifUnmodifiedSince` guards against lost updates. */
    updateRecord(
        id: string,
        input: Readonly<Record<string, unknown>>,
        ifUnmodifiedSince: string | undefined,
        user: UserContext,
    ): RecordRepresentation {
        const record = this.store.get(id);
        if (record === undefined) throw notFound(id);
        if (
            ifUnmodifiedSince !== undefined &&
            Date.parse(record.lastModifiedDate) > Date.parse(ifUnmodifiedSince)
        ) {
            throw modifiedSince(ifUnmodifiedSince, record.lastModifiedDate);
        }
        const accepted = validateInput(input, {
            objectApiName: record.apiName,
            schema: this.schema(record.apiName),
            access: this.access(record.apiName),
            hiddenFields: user.hiddenFields,
            fieldLabel: (field) => this.workspace.fieldLabel(record.apiName, field, user.language),
        });
        const refusal = frameworkChangeRefusal(
            record.fields,
            accepted,
            user.mayChangeFramework === true,
            (stored) =>
                this.workspace.catalog
                    .label('BB_Automation_Framework_Change_Not_Permitted', user.language)
                    .replace('{0}', stored),
        );
        if (refusal !== null) throw refusal;
        const saved = this.write(record, accepted, user.language);
        const readable = [...this.schema(record.apiName).keys()].filter((field) =>
            this.canRead(record.apiName, field, user),
        );
        return this.represent(saved, new Set(readable), user.language);
    }

    /**
     * Lead conversion as the platform's convert action does it: the lead is marked converted in a
     * save the trigger sees (`IsConverted` turns true), so the conversion gates apply; a manager may
     * pass an override reason with it. The preview creates no Opportunity.
     */
    convertLead(
        id: string,
        overrideReason: string | null,
        user: UserContext,
    ): RecordRepresentation {
        const record = this.store.get(id);
        if (record === undefined) throw notFound(id);
        if (record.apiName !== 'Lead') {
            throw recordError(
                [
                    {
                        errorCode: 'INVALID_TYPE',
                        message: `${id} is no Lead and cannot be converted`,
                    },
                ],
                [],
            );
        }
        const changes: Record<string, unknown> = { Status: 'Closed - Converted' };
        if (overrideReason !== null) changes[OVERRIDE_FIELDS.reason] = overrideReason;
        const accepted = validateInput(changes, {
            objectApiName: record.apiName,
            schema: this.schema(record.apiName),
            access: this.access(record.apiName),
            hiddenFields: user.hiddenFields,
            fieldLabel: (field) => this.workspace.fieldLabel(record.apiName, field, user.language),
        });
        const saved = this.write(record, { ...accepted, IsConverted: true }, user.language);
        return this.represent(saved, new Set(Object.keys(saved.fields)), user.language);
    }

    /** A write outside the board (another user, an import): same validation and trigger, no field-level security. */
    writeAsSystem(
        id: string,
        changes: Readonly<Record<string, StoredValue>>,
        language: PreviewLanguage,
    ): StoredRecord {
        const record = this.store.get(id);
        if (record === undefined) throw notFound(id);
        return this.write(record, changes, language);
    }

    private write(
        record: StoredRecord,
        changes: Readonly<Record<string, StoredValue>>,
        language: PreviewLanguage,
    ): StoredRecord {
        const now = this.clock();
        // Timestamps must move forward even within one millisecond, or ifUnmodifiedSince could not tell two saves apart.
        const lastModified = new Date(
            Math.max(now.getTime(), Date.parse(record.lastModifiedDate) + 1),
        );
        const merged = { ...record.fields, ...changes };
        const evaluated = evaluateOnSave(
            record.apiName,
            merged,
            this.workspace.catalog,
            language,
            lastModified,
            record.fields,
        );
        const stamped = stageGatesOnSave({
            objectApiName: record.apiName,
            before: record.fields,
            after: evaluated,
            catalog: this.workspace.catalog,
            language,
            settings: this.stageGates(),
            statusLabels: Object.fromEntries(
                this.workspace
                    .picklistValues(record.apiName, 'BB_Qualification_Status__c', language)
                    .map((option) => [option.value, option.label]),
            ),
            userId: PREVIEW_USER_ID,
            now: lastModified,
        });
        const saved: StoredRecord = {
            ...record,
            lastModifiedDate: lastModified.toISOString(),
            fields: {
                ...withTrendPoint(record.fields, { ...evaluated, ...stamped }, lastModified),
                LastModifiedDate: lastModified.toISOString(),
            },
        };
        this.store.put(saved);
        return saved;
    }

    private represent(
        record: StoredRecord,
        fields: ReadonlySet<string>,
        language: PreviewLanguage,
    ): RecordRepresentation {
        const representation: RecordRepresentation = {
            apiName: record.apiName,
            id: record.id,
            lastModifiedById: PREVIEW_USER_ID,
            lastModifiedDate: record.lastModifiedDate,
            systemModstamp: record.lastModifiedDate,
            recordTypeId: '012000000000000AAA',
            fields: {},
            childRelationships: {},
        };
        for (const name of fields) {
            const value = name === 'Id' ? record.id : (record.fields[name] ?? null);
            representation.fields[name] = {
                value,
                displayValue: this.displayValue(record.apiName, name, value, language),
            };
        }
        return representation;
    }

    private displayValue(
        objectApiName: SupportedObject,
        field: string,
        value: StoredValue,
        language: PreviewLanguage,
    ): string | null {
        if (value === null) return null;
        const definition = this.schema(objectApiName).get(field);
        const locale = language === 'de' ? 'de-DE' : 'en-US';
        switch (definition?.type) {
            case 'Picklist':
                return (
                    this.workspace
                        .picklistValues(objectApiName, field, language)
                        .find((option) => option.value === value)?.label ?? String(value)
                );
            case 'Currency':
                return typeof value === 'number'
                    ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(
                          value,
                      )
                    : null;
            case 'Date':
                return new Intl.DateTimeFormat(locale, {
                    dateStyle: 'medium',
                    timeZone: 'UTC',
                }).format(new Date(String(value)));
            case 'DateTime':
                return new Intl.DateTimeFormat(locale, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                    timeZone: 'UTC',
                }).format(new Date(String(value)));
            default:
                return null;
        }
    }

    private fieldName(objectApiName: SupportedObject, reference: string): string | undefined {
        const [object, field, ...rest] = reference.split('.');
        if (object !== objectApiName || field === undefined || rest.length > 0) return undefined;
        return this.schema(objectApiName).has(field) ? field : undefined;
    }

    private canRead(objectApiName: SupportedObject, field: string, user: UserContext): boolean {
        return this.access(objectApiName).readable.has(field) && !user.hiddenFields.has(field);
    }

    private schema(objectApiName: SupportedObject) {
        const schema = this.workspace.schemas.get(objectApiName);
        if (schema === undefined)
            throw new UiApiError(400, {
                errorCode: 'NOT_SUPPORTED',
                message: `${objectApiName} is not supported by the preview`,
            });
        return schema;
    }

    private access(objectApiName: SupportedObject) {
        const access = this.workspace.access.get(objectApiName);
        if (access === undefined)
            throw recordError(
                [{ errorCode: 'NOT_SUPPORTED', message: `${objectApiName} has no access rules` }],
                [],
            );
        if (this.stageGates().persona !== 'manager') return access;
        const schema = this.schema(objectApiName);
        const extra = MANAGER_EDITABLE_FIELDS.filter((field) => schema.has(field));
        return {
            readable: new Set([...access.readable, ...extra]),
            editable: new Set([...access.editable, ...extra]),
        };
    }
}
