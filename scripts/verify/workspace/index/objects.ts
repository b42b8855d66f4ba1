import type { Workspace } from '../workspace';
import { childrenNamed, childText, type XmlElement } from '../xml';

export interface FieldInfo {
    readonly object: string;
    readonly name: string;
    readonly file: string;
    readonly root: XmlElement;
    readonly type: string | undefined;
    readonly required: boolean;
    /** Global Value Set a picklist is bound to, if any. */
    readonly valueSetName: string | undefined;
    /** Values of a picklist defined on the field itself. */
    readonly localValues: readonly string[];
    readonly localValueLabels: readonly string[];
}

export interface ObjectInfo {
    readonly name: string;
    /** The `.object-meta.xml`, absent when the package only adds fields to a standard object. */
    readonly file: string | undefined;
    readonly fields: ReadonlyMap<string, FieldInfo>;
}

const FIELD_FILE = /(?:^|\/)objects\/([^/]+)\/fields\/([^/]+)\.field-meta\.xml$/;
const OBJECT_FILE = /(?:^|\/)objects\/([^/]+)\/\1\.object-meta\.xml$/;

/** Objects and their fields as the package defines them (decomposed source format). */
export function indexObjects(workspace: Workspace): Map<string, ObjectInfo> {
    const objects = new Map<string, { file: string | undefined; fields: Map<string, FieldInfo> }>();
    const objectEntry = (name: string) => {
        let entry = objects.get(name);
        if (!entry) {
            entry = { file: undefined, fields: new Map() };
            objects.set(name, entry);
        }
        return entry;
    };
    for (const file of workspace.deployableFiles) {
        const objectMatch = OBJECT_FILE.exec(file);
        if (objectMatch?.[1]) objectEntry(objectMatch[1]).file = file;
        const fieldMatch = FIELD_FILE.exec(file);
        if (!fieldMatch?.[1] || !fieldMatch[2]) continue;
        const { root } = workspace.xml(file);
        if (!root) continue;
        objectEntry(fieldMatch[1]).fields.set(
            fieldMatch[2],
            describeField(fieldMatch[1], fieldMatch[2], file, root),
        );
    }
    return new Map([...objects].map(([name, entry]) => [name, { name, ...entry }]));
}

function describeField(object: string, name: string, file: string, root: XmlElement): FieldInfo {
    const valueSet = root.children.find((child) => child.name === 'valueSet');
    const definition = valueSet?.children.find((child) => child.name === 'valueSetDefinition');
    const values = definition ? childrenNamed(definition, 'value') : [];
    return {
        object,
        name,
        file,
        root,
        type: childText(root, 'type'),
        required: childText(root, 'required') === 'true',
        valueSetName: valueSet ? childText(valueSet, 'valueSetName') : undefined,
        localValues: values.map((value) => childText(value, 'fullName') ?? ''),
        localValueLabels: values.map((value) => childText(value, 'label') ?? ''),
    };
}
