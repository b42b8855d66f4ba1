import { elements, readMetadataXml, text } from './xmlFile';
import { findFiles } from './ratingScale';
import type { ObjectSchema, SupportedObject } from './fieldSchema';
import { READ_ONLY_RESULT_FIELDS } from '../../../lib/resultFields';

/** What the preview user (a rep) may do with each field of an object. */
export interface FieldAccess {
    readonly readable: ReadonlySet<string>;
    readonly editable: ReadonlySet<string>;
}

const REP_PERMISSION_SET = 'BB_Qualification_Rep';

/** Result fields the trigger owns; reps read them but never write them. */
const RESULT_FIELDS_READ_ONLY = READ_ONLY_RESULT_FIELDS;

/**
 * The preview signs in as a rep: the package's fields get the access the shipped `BB_Qualification_Rep`
 * permission set grants (read the file when it exists; until then the architecture's rule), standard
 * fields are editable unless the platform maintains them.
 */
export function loadRepFieldAccess(
    forceAppDir: string,
    objectApiName: SupportedObject,
    schema: ObjectSchema,
): FieldAccess {
    const granted = readPermissionSet(forceAppDir, objectApiName);
    const readable = new Set<string>();
    const editable = new Set<string>();
    for (const field of schema.values()) {
        const isPackageField = field.apiName.startsWith('BB_');
        if (!isPackageField) {
            readable.add(field.apiName);
            if (field.systemManaged !== true) editable.add(field.apiName);
            continue;
        }
        const permission = granted?.get(field.apiName);
        if (granted !== undefined) {
            if (permission?.readable === true) readable.add(field.apiName);
            if (permission?.editable === true) editable.add(field.apiName);
            continue;
        }
        readable.add(field.apiName);
        if (!RESULT_FIELDS_READ_ONLY.includes(field.apiName)) editable.add(field.apiName);
    }
    return { readable, editable };
}

function readPermissionSet(
    forceAppDir: string,
    objectApiName: string,
): Map<string, { readable: boolean; editable: boolean }> | undefined {
    const file = findFiles(forceAppDir, `${REP_PERMISSION_SET}.permissionset-meta.xml`)[0];
    if (file === undefined) return undefined;
    const permissions = new Map<string, { readable: boolean; editable: boolean }>();
    for (const entry of elements(readMetadataXml(file, 'PermissionSet'), 'fieldPermissions')) {
        const qualified = text(entry, 'field') ?? '';
        const [object, field] = qualified.split('.');
        if (object !== objectApiName || field === undefined) continue;
        permissions.set(field, {
            readable: text(entry, 'readable') === 'true',
            editable: text(entry, 'editable') === 'true',
        });
    }
    return permissions;
}
