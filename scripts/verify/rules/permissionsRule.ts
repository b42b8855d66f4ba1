import { error, type Finding } from '../finding';
import type { ProjectIndex } from '../workspace/projectIndex';
import { childText, childrenNamed, type XmlElement } from '../workspace/xml';
import type { Rule, RuleContext } from './rule';
import { DIMENSION_NAMING_RESULT_FIELDS, READ_ONLY_RESULT_FIELDS } from '../../lib/resultFields';

/**
 * Each package grants its own fields through its own pair of permission sets, named `<Prefix>_Rep`
 * and `<Prefix>_Admin` (the core: BB_Qualification_Rep and BB_Qualification_Admin); the rule runs
 * once per package directory.
 */
const REP_SUFFIX = '_Rep';
const ADMIN_SUFFIX = '_Admin';
const CORE_SETS = { rep: 'BB_Qualification_Rep', admin: 'BB_Qualification_Admin' };
const OBJECTS = ['Lead', 'Opportunity'];
/** Calculated by the engine: reps read them, never edit them. */
const RESULT_FIELDS = READ_ONLY_RESULT_FIELDS;
const FORBIDDEN_USER_PERMISSIONS = [
    'ModifyAllData',
    'ViewAllData',
    'ManageUsers',
    'AuthorApex',
    'CustomizeApplication',
];
const FORBIDDEN_OBJECT_PERMISSIONS = ['modifyAllRecords', 'viewAllRecords'];
const PERMISSION_SET_FILE = /([^/]+)\.permissionset-meta\.xml$/;

interface FieldPermission {
    readonly element: XmlElement;
    readonly readable: boolean;
    readonly editable: boolean;
}

export const permissionsRule: Rule = {
    id: 'permissions',
    scope: 'package',
    description:
        'permission sets cover every packaged field as designed and grant nothing dangerous',
    run({ workspace, index }: RuleContext): Finding[] {
        const sets = new Map(
            workspace
                .documentsEndingWith('.permissionset-meta.xml')
                .map((doc) => [PERMISSION_SET_FILE.exec(doc.file)?.[1] ?? doc.file, doc]),
        );
        const findings: Finding[] = [];
        for (const { file, root } of sets.values())
            findings.push(
                ...checkDangerousGrants(file, root),
                ...checkFieldsExist(file, root, index),
            );
        const answers = answerFields(index);
        const directory = workspace.directories[0] ?? '.';
        const roles = roleSetNames([...sets.keys()]);
        for (const [role, name] of [
            ['rep', roles.rep],
            ['admin', roles.admin],
        ] as const) {
            const set = name === undefined ? undefined : sets.get(name);
            if (!set || name === undefined) {
                findings.push(
                    error(
                        'permissions',
                        directory,
                        `${directory} has no ${role} permission set: ${role === 'rep' ? CORE_SETS.rep : CORE_SETS.admin}, or exactly one named *${role === 'rep' ? REP_SUFFIX : ADMIN_SUFFIX}, must grant its fields`,
                    ),
                );
                continue;
            }
            const isRep = role === 'rep';
            const permissions = fieldPermissions(set.root);
            for (const object of OBJECTS) {
                for (const field of index.packagedFields(object)) {
                    const key = `${object}.${field.name}`;
                    const permission = permissions.get(key);
                    if (field.required) {
                        if (permission)
                            findings.push(
                                error(
                                    'permissions',
                                    set.file,
                                    `${key} is required: the platform rejects field permissions for it`,
                                    permission.element.line,
                                ),
                            );
                        continue;
                    }
                    if (!permission) {
                        findings.push(
                            error(
                                'permissions',
                                set.file,
                                `${name} has no fieldPermissions for ${key}`,
                            ),
                        );
                        continue;
                    }
                    const namesDimension = DIMENSION_NAMING_RESULT_FIELDS.includes(field.name);
                    if (isRep && namesDimension && permission.readable)
                        findings.push(
                            error(
                                'permissions',
                                set.file,
                                `${key} names a dimension, which tells its rating to reps whose field-level security hides it: reps must not read it (docs/security.md)`,
                                permission.element.line,
                            ),
                        );
                    if (!permission.readable && !(isRep && namesDimension))
                        findings.push(
                            error(
                                'permissions',
                                set.file,
                                `${name} must be able to read ${key}`,
                                permission.element.line,
                            ),
                        );
                    if (!isRep) continue;
                    if (RESULT_FIELDS.includes(field.name) && permission.editable) {
                        findings.push(
                            error(
                                'permissions',
                                set.file,
                                `${key} is a calculated result: reps may read it but not edit it`,
                                permission.element.line,
                            ),
                        );
                    }
                    if (answers.has(field.name) && !permission.editable) {
                        findings.push(
                            error(
                                'permissions',
                                set.file,
                                `${key} is an answer reps give: it must be editable`,
                                permission.element.line,
                            ),
                        );
                    }
                }
            }
        }
        return findings;
    },
};

/** The core names when the directory ships them, else its only `*_Rep` and `*_Admin` sets. */
function roleSetNames(names: readonly string[]): {
    rep: string | undefined;
    admin: string | undefined;
} {
    const only = (suffix: string, coreName: string) => {
        if (names.includes(coreName)) return coreName;
        const matching = names.filter((name) => name.endsWith(suffix));
        return matching.length === 1 ? matching[0] : undefined;
    };
    return { rep: only(REP_SUFFIX, CORE_SETS.rep), admin: only(ADMIN_SUFFIX, CORE_SETS.admin) };
}

/** Ratings, evidence, the structured value fields the dimension records bind, and the framework choice. */
function answerFields(index: ProjectIndex): Set<string> {
    const fields = new Set(['BB_Qualification_Framework__c']);
    for (const record of index.customMetadata) {
        for (const binding of ['Rating_Field__c', 'Evidence_Field__c', 'Value_Field__c']) {
            const value = record.values.get(binding)?.value;
            if (value) fields.add(value);
        }
    }
    for (const object of OBJECTS) {
        for (const field of index.packagedFields(object))
            if (/_(Rating|Evidence)__c$/.test(field.name)) fields.add(field.name);
    }
    return fields;
}

function fieldPermissions(root: XmlElement): Map<string, FieldPermission> {
    return new Map(
        childrenNamed(root, 'fieldPermissions').map((element) => [
            childText(element, 'field') ?? '',
            {
                element,
                readable: childText(element, 'readable') === 'true',
                editable: childText(element, 'editable') === 'true',
            },
        ]),
    );
}

function checkDangerousGrants(file: string, root: XmlElement): Finding[] {
    const findings: Finding[] = [];
    for (const permission of childrenNamed(root, 'userPermissions')) {
        const name = childText(permission, 'name') ?? '';
        if (
            FORBIDDEN_USER_PERMISSIONS.includes(name) &&
            childText(permission, 'enabled') === 'true'
        ) {
            findings.push(
                error(
                    'permissions',
                    file,
                    `grants the system permission ${name}, which the package must never grant`,
                    permission.line,
                ),
            );
        }
    }
    for (const permission of childrenNamed(root, 'objectPermissions')) {
        for (const flag of FORBIDDEN_OBJECT_PERMISSIONS) {
            if (childText(permission, flag) === 'true') {
                findings.push(
                    error(
                        'permissions',
                        file,
                        `grants ${flag} on ${childText(permission, 'object') ?? '?'}, which bypasses sharing`,
                        permission.line,
                    ),
                );
            }
        }
    }
    return findings;
}

function checkFieldsExist(file: string, root: XmlElement, index: ProjectIndex): Finding[] {
    return childrenNamed(root, 'fieldPermissions').flatMap((element) => {
        const [object = '', field = ''] = (childText(element, 'field') ?? '').split('.');
        return index.fieldExists(object, field)
            ? []
            : [
                  error(
                      'permissions',
                      file,
                      `fieldPermissions for ${object}.${field}, which does not exist`,
                      element.line,
                  ),
              ];
    });
}
