import { satisfies, type SoqlWhere } from './soqlWhere';

export type FieldValue = string | number | boolean | null;
export type FakeRecord = { Id?: string; attributes?: { type: string } } & Record<string, unknown>;

interface SaveResult {
    readonly id?: string;
    readonly success: boolean;
    readonly errors: readonly { statusCode: string; message: string; fields: string[] }[];
}

const KEY_PREFIXES: Readonly<Record<string, string>> = { Lead: '00Q', Opportunity: '006' };
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
    Lead: ['LastName', 'Company'],
    Opportunity: ['Name', 'StageName', 'CloseDate'],
};
const RATING_VALUES = new Set(['Not_Explored', 'Not_Met', 'Partly_Met', 'Met', 'Blocker']);
const BULK_NULL = '#N/A';

/** The fake org's records, with the platform checks the tools run into: required fields, the restricted rating picklist. */
export class FakeStore {
    private readonly records = new Map<string, FakeRecord>();
    private counter = 0;

    get size(): number {
        return this.records.size;
    }

    get(id: string): FakeRecord | undefined {
        return this.records.get(id);
    }

    all(objectApiName: string): FakeRecord[] {
        return [...this.records.values()].filter(
            (record) => record.attributes?.type === objectApiName,
        );
    }

    select(objectApiName: string, where: readonly SoqlWhere[]): FakeRecord[] {
        return this.all(objectApiName).filter((record) =>
            where.every((condition) => satisfies(record, condition)),
        );
    }

    /** Inserts records as given (tests use it to set up an org); runs no checks. */
    insertRaw(objectApiName: string, fields: Record<string, unknown>): string {
        const id = this.nextId(objectApiName);
        this.records.set(id, { ...fields, Id: id, attributes: { type: objectApiName } });
        return id;
    }

    createAll(
        records: readonly FakeRecord[],
        trigger?: (objectApiName: string, record: FakeRecord) => void,
    ): SaveResult[] {
        return records.map((input) => {
            const objectApiName = input.attributes?.type ?? '';
            const errors = validate(objectApiName, input, true);
            if (errors.length) return { success: false, errors };
            const id = this.nextId(objectApiName);
            const record: FakeRecord = { ...input, Id: id, attributes: { type: objectApiName } };
            trigger?.(objectApiName, record);
            this.records.set(id, record);
            return { id, success: true, errors: [] };
        });
    }

    updateAll(
        records: readonly FakeRecord[],
        trigger?: (objectApiName: string, record: FakeRecord) => void,
    ): SaveResult[] {
        return records.map((given) => {
            // Field names are case-insensitive on the platform; jsforce sends `id` in collections.
            const { id: lowercaseId, ...rest } = given;
            const input: FakeRecord = {
                ...rest,
                Id: given.Id ?? (typeof lowercaseId === 'string' ? lowercaseId : undefined),
            };
            const existing = input.Id ? this.records.get(input.Id) : undefined;
            if (!existing)
                return {
                    id: input.Id,
                    success: false,
                    errors: [error('ENTITY_IS_DELETED', 'entity is deleted')],
                };
            const objectApiName = existing.attributes?.type ?? '';
            const errors = validate(objectApiName, input, false);
            if (errors.length) return { id: input.Id, success: false, errors };
            const record: FakeRecord = { ...existing, ...input, attributes: existing.attributes };
            trigger?.(objectApiName, record);
            this.records.set(existing.Id as string, record);
            return { id: input.Id, success: true, errors: [] };
        });
    }

    /** Applies one Bulk API 2.0 update row; returns the platform-style error or undefined. */
    bulkUpdate(
        objectApiName: string,
        row: Readonly<Record<string, string>>,
        trigger?: (objectApiName: string, record: FakeRecord) => void,
    ): string | undefined {
        const changes: FakeRecord = { Id: row.Id };
        for (const [field, value] of Object.entries(row)) {
            if (field === 'Id' || value === '') continue;
            changes[field] = value === BULK_NULL ? null : value;
        }
        const existing = row.Id ? this.records.get(row.Id) : undefined;
        if (!existing || existing.attributes?.type !== objectApiName)
            return 'ENTITY_IS_DELETED:entity is deleted:--';
        const [result] = this.updateAll([changes], trigger);
        const first = result?.errors[0];
        return first
            ? `${first.statusCode}:${first.message}:${first.fields.join(',') || '--'}`
            : undefined;
    }

    deleteAll(ids: readonly string[]): SaveResult[] {
        return ids.map((id) =>
            this.records.delete(id)
                ? { id, success: true, errors: [] }
                : { id, success: false, errors: [error('ENTITY_IS_DELETED', 'entity is deleted')] },
        );
    }

    private nextId(objectApiName: string): string {
        return `${KEY_PREFIXES[objectApiName] ?? 'a00'}${String(++this.counter).padStart(12, '0')}AAA`;
    }
}

function validate(
    objectApiName: string,
    record: FakeRecord,
    creating: boolean,
): SaveResult['errors'][number][] {
    if (!KEY_PREFIXES[objectApiName])
        return [error('INVALID_TYPE', `sObject type '${objectApiName}' is not supported.`)];
    const errors: SaveResult['errors'][number][] = [];
    if (creating) {
        for (const field of REQUIRED[objectApiName] ?? []) {
            if (record[field] === undefined || record[field] === null || record[field] === '') {
                errors.push(
                    error('REQUIRED_FIELD_MISSING', `Required fields are missing: [${field}]`, [
                        field,
                    ]),
                );
            }
        }
    }
    for (const [field, value] of Object.entries(record)) {
        if (
            /_Rating__c$/.test(field) &&
            value !== null &&
            value !== undefined &&
            value !== '' &&
            !RATING_VALUES.has(String(value))
        ) {
            errors.push(
                error(
                    'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                    `bad value for restricted picklist field: ${String(value)}`,
                    [field],
                ),
            );
        }
    }
    return errors;
}

function error(statusCode: string, message: string, fields: string[] = []) {
    return { statusCode, message, fields };
}
