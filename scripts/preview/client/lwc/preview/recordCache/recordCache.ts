/**
 * preview/recordCache: the part of the LDS cache the preview needs. A save's response updates every
 * wired getRecord of that record without another request, as LDS does.
 */
import type { RecordRepresentation } from 'lightning/uiRecordApi';

type Listener = (record: RecordRepresentation) => void;

const listeners = new Map<string, Set<Listener>>();

export function subscribe(recordId: string, listener: Listener): () => void {
    let set = listeners.get(recordId);
    if (set === undefined) {
        set = new Set();
        listeners.set(recordId, set);
    }
    set.add(listener);
    return () => set?.delete(listener);
}

export function publish(record: RecordRepresentation): void {
    for (const listener of listeners.get(record.id) ?? []) listener(record);
}
