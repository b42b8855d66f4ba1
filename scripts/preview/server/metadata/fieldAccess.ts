import { elements, readMetadataXml, text } from './xmlFile';
import { findFiles } from './ratingScale';
import type { ObjectSchema, SupportedObject } from './fieldSchema';
import { READ_ONLY_RESULT_FIELDS } from '../../../lib/resultFields';

/** What the preview user (a rep) may do with each field of an object. */
export interface FieldAccess {
    readonly readable: ReadonlySet<string>;
    readonly editable: ReadonlySet<string>;
}

/** Each package grants its fields to reps through its own `*_Rep` set: BB_Qualification_Rep, BB_Frameworks_Rep. */
const REP_PERMISSION_SET_SUFFIX = '_Rep.permissionset-meta.xml';

/** Result fields the trigger owns; reps read them but never write them. */
const RESULT_FIELDS_READ_ONLY = READ_ONLY_RESULT_FIELDS;

/**
 * The preview signs in as a rep with every package's rep permission set: the packages' fields get the
 * access the shipped `*_Rep` sets grant (read the files when they exist; until then the architecture's
 * rule), standard fields are editable unless the platform maintains them.
 */
export function loadRepFieldAccess(
    packageDirs: readonly string[],
    objectApiName: SupportedObject,
    schema: ObjectSchema,
): FieldAccess {
    const granted = readRepPermissionSets(packageDirs, objectApiName);
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

function readRepPermissionSets(
    packageDirs: readonly string[],
    objectApiName: string,
): Map<string, { readable: boolean; editable: boolean }> | undefined {
    const files = packageDirs.flatMap((dir) => findFiles(dir, REP_PERMISSION_SET_SUFFIX));
    if (files.length === 0) return undefined;
    const permissions = new Map<string, { readable: boolean; editable: boolean }>();
    for (const file of files) {
        for (const entry of elements(readMetadataXml(file, 'PermissionSet'), 'fieldPermissions')) {
            const qualified = text(entry, 'field') ?? '';
            const [object, field] = qualified.split('.');
            if (object !== objectApiName || field === undefined) continue;
            // Permission sets add up: a field one set grants stays granted.
            const before = permissions.get(field);
            permissions.set(field, {
                readable: before?.readable === true || text(entry, 'readable') === 'true',
                editable: before?.editable === true || text(entry, 'editable') === 'true',
            });
        }
    }
    return permissions;
}
