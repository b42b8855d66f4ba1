import type {
    FieldSchema,
    FieldTypes,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { readXml, rootElement, textOf } from './xml';

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

/**
 * The engine's field type check: the `<type>` of a field file in the source tree, read on first
 * use (only value fields with a horizon are asked for). `files` maps absolute paths to display paths.
 */
export function fieldTypes(files: ReadonlyMap<string, string>): FieldTypes {
    const fileByField = new Map<string, [string, string]>();
    for (const [file, path] of files) {
        const match = FIELD_FILE.exec(path);
        if (match) {
            fileByField.set(`${match[1]}.${match[2]}`, [file, path]);
        }
    }
    const types = new Map<string, string | undefined>();
    return (objectApiName, fieldApiName) => {
        const name = `${objectApiName}.${fieldApiName}`;
        if (!types.has(name)) {
            const found = fileByField.get(name);
            types.set(
                name,
                found
                    ? textOf(rootElement(readXml(found[0], found[1]), 'CustomField', found[1]).type)
                    : undefined,
            );
        }
        return types.get(name);
    };
}
