/**
 * preview/recordCache: the part of the LDS cache the preview needs. A save's response updates every
 * wired getRecord of that record without another request, as LDS does; and a record already loaded
 * with the fields a new wire asks for is served from the cache, as LDS serves fresh cached data.
 */
import type { RecordRepresentation } from 'lightning/uiRecordApi';

type Listener = (record: RecordRepresentation) => void;

interface CachedRecord {
    record: RecordRepresentation;
    /** Every field some wire asked for: a field asked for but absent is one the user cannot read. */
    requested: Set<string>;
}

const listeners = new Map<string, Set<Listener>>();
const records = new Map<string, CachedRecord>();

export function subscribe(recordId: string, listener: Listener): () => void {
    let set = listeners.get(recordId);
    if (set === undefined) {
        set = new Set();
        listeners.set(recordId, set);
    }
    set.add(listener);
    return () => set?.delete(listener);
}

function merge(record: RecordRepresentation, requested: Iterable<string>): void {
    const cached = records.get(record.id);
    records.set(record.id, {
        record: cached
            ? { ...record, fields: { ...cached.record.fields, ...record.fields } }
            : record,
        requested: new Set([...(cached?.requested ?? []), ...requested]),
    });
}

/** Keeps a record the server sent for the given qualified field names. */
export function remember(record: RecordRepresentation, requested: Iterable<string>): void {
    merge(record, requested);
}

/** The cached record when every wanted field was loaded before, else undefined. */
export function recall(
    recordId: string,
    wanted: ReadonlySet<string>,
): RecordRepresentation | undefined {
    const cached = records.get(recordId);
    if (cached === undefined) return undefined;
    for (const field of wanted) if (!cached.requested.has(field)) return undefined;
    return cached.record;
}

export function publish(record: RecordRepresentation): void {
    merge(record, []);
    for (const listener of listeners.get(record.id) ?? []) listener(record);
}
