/**
 * The preview's lightning/uiRecordApi: getRecord and updateRecord go to the preview server's record
 * store (/api/records), which answers as the UI API does; the field helpers behave as the platform's.
 */
import type {
    ClientOptions,
    FieldReference,
    GetRecordConfig,
    RecordInput,
    RecordRepresentation,
} from 'lightning/uiRecordApi';
import { deepFreeze, requestJson } from '../../preview/transport/transport';
import { publish, recall, remember, subscribe } from '../../preview/recordCache/recordCache';

type DataCallback = (value: { data: RecordRepresentation | undefined; error: unknown }) => void;

function qualifiedName(field: FieldReference): string {
    return typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`;
}

/** Only the fields this wire asked for, as LDS gives each wire its own view of the cached record. */
function narrow(record: RecordRepresentation, wanted: ReadonlySet<string>): RecordRepresentation {
    const fields: RecordRepresentation['fields'] = {};
    for (const [name, value] of Object.entries(record.fields)) {
        if (wanted.has(`${record.apiName}.${name}`)) fields[name] = value;
    }
    return { ...record, fields };
}

export class getRecord {
    private config: GetRecordConfig | undefined;
    private connected = false;
    private unsubscribe: (() => void) | undefined;
    private latest: RecordRepresentation | undefined;

    constructor(private readonly dataCallback: DataCallback) {}

    update(config: GetRecordConfig): void {
        this.config = config;
        if (this.connected) void this.load();
    }

    connect(): void {
        this.connected = true;
        if (this.config !== undefined) void this.load();
    }

    disconnect(): void {
        this.connected = false;
        this.unsubscribe?.();
        this.unsubscribe = undefined;
    }

    private async load(): Promise<void> {
        const config = this.config;
        // LDS provisions nothing until the record id is known.
        if (config?.recordId === undefined || config.recordId === null || config.recordId === '')
            return;
        const recordId = config.recordId;
        const fields = (config.fields ?? []).map(qualifiedName);
        const optionalFields = (config.optionalFields ?? []).map(qualifiedName);
        const wanted = new Set([...fields, ...optionalFields]);
        // Nothing to load yet (e.g. fields computed from configuration still undefined): LDS sends no request.
        if (wanted.size === 0 && (config.layoutTypes ?? []).length === 0) return;
        this.unsubscribe?.();
        this.unsubscribe = subscribe(recordId, (record: RecordRepresentation) => {
            const merged =
                this.latest === undefined
                    ? record
                    : { ...record, fields: { ...this.latest.fields, ...record.fields } };
            this.emit(narrow(merged, wanted));
        });
        const cached = recall(recordId, wanted);
        if (cached !== undefined) {
            await Promise.resolve(); // LDS delivers cached data asynchronously, too
            this.emit(narrow(cached, wanted));
            return;
        }
        const query = new URLSearchParams({
            fields: fields.join(','),
            optionalFields: optionalFields.join(','),
        });
        try {
            const record = await requestJson<RecordRepresentation>(
                'GET',
                `/api/records/${encodeURIComponent(recordId)}?${query.toString()}`,
            );
            remember(record, wanted);
            this.emit(record);
        } catch (error) {
            this.dataCallback({ data: undefined, error: deepFreeze(error) });
        }
    }

    private emit(record: RecordRepresentation): void {
        this.latest = record;
        this.dataCallback({ data: deepFreeze(structuredClone(record)), error: undefined });
    }
}

/** Saves the given fields; on success every wired getRecord of the record sees the new values. */
export async function updateRecord(
    recordInput: RecordInput,
    clientOptions?: ClientOptions,
): Promise<RecordRepresentation> {
    const { Id: recordId, ...fields } = recordInput.fields;
    if (typeof recordId !== 'string' || recordId === '') {
        throw new Error('updateRecord: recordInput.fields.Id is required');
    }
    const record = await requestJson<RecordRepresentation>(
        'PATCH',
        `/api/records/${encodeURIComponent(recordId)}`,
        {
            fields,
            ifUnmodifiedSince: clientOptions?.ifUnmodifiedSince,
        },
    );
    publish(record);
    return deepFreeze(record);
}

export function getFieldValue(
    record: RecordRepresentation | undefined,
    field: FieldReference,
): unknown {
    const name = qualifiedName(field).split('.').slice(1);
    let current: unknown = record;
    for (const part of name) {
        const fields = (current as RecordRepresentation | undefined)?.fields;
        const entry = fields?.[part];
        if (entry === undefined) return undefined;
        current = entry.value;
    }
    return current;
}

export function getFieldDisplayValue(
    record: RecordRepresentation | undefined,
    field: FieldReference,
): string | null | undefined {
    const [, ...path] = qualifiedName(field).split('.');
    const last = path.pop();
    let current: RecordRepresentation | undefined = record;
    for (const part of path)
        current = current?.fields[part]?.value as RecordRepresentation | undefined;
    if (last === undefined || current === undefined) return undefined;
    const entry = current.fields[last];
    return entry === undefined ? undefined : entry.displayValue;
}

/** The preview keeps no stale copies beyond the wires, so asking for fresh data reloads them. */
export async function notifyRecordUpdateAvailable(
    items: Array<{ recordId: string }>,
): Promise<void> {
    for (const { recordId } of items) {
        const record = await requestJson<RecordRepresentation>(
            'GET',
            `/api/records/${encodeURIComponent(recordId)}?all=true`,
        );
        publish(record);
    }
}

export const getRecordNotifyChange = notifyRecordUpdateAvailable;
