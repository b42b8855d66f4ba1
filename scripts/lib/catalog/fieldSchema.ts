import type { FieldSchema } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';

/** Object API name → its field API names, from `objects/<Object>/fields/<Field>.field-meta.xml`. */
export type ObjectFields = ReadonlyMap<string, ReadonlySet<string>>;

const FIELD_FILE = /(?:^|\/)objects\/([^/]+)\/fields\/([^/]+)\.field-meta\.xml$/;

/** Collects the fields that the given (display) paths define; paths that are no field files are skipped. */
export function collectObjectFields(paths: readonly string[]): ObjectFields {
    const objects = new Map<string, Set<string>>();
    for (const path of paths) {
        const match = FIELD_FILE.exec(path);
        if (match) {
            const [, objectApiName, fieldApiName] = match;
            const fields = objects.get(objectApiName) ?? new Set<string>();
            fields.add(fieldApiName);
            objects.set(objectApiName, fields);
        }
    }
    return objects;
}

/** The engine's schema check: only fields defined in the source tree exist. */
export function fieldSchema(objects: ObjectFields): FieldSchema {
    return (objectApiName, fieldApiName) => objects.get(objectApiName)?.has(fieldApiName) ?? false;
}
