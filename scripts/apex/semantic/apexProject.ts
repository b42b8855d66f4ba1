/**
 * The classes of one compile unit as the static rules need them: each class (inner classes too)
 * with its methods, static final String constants, member variable types and annotations, and the
 * SObject names a type may be (`Lead`, `SObject`, custom objects), so a rule can tell a record or a
 * list of records from any other value and follow a call into the project's own methods.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
    annotations,
    child,
    children,
    hasModifier,
    identifier,
    kindOf,
    stringLiteral,
    typeName,
    type ApexNode,
    type ParsedSource,
    type TypeName,
} from './apexSyntax';

export interface ApexParameter {
    name: string;
    type: TypeName | undefined;
}

export interface ApexMethod {
    owner: ApexClass;
    decl: ApexNode;
    name: string;
    parameters: ApexParameter[];
    returnType: TypeName | undefined;
    body: ApexNode | undefined;
    annotations: string[];
    line: number;
}

export interface ApexClass {
    name: string;
    file: string;
    decl: ApexNode;
    outer: ApexClass | undefined;
    annotations: string[];
    methods: ApexMethod[];
    /** static final String constants with a literal value, by lower-case name. */
    constants: Map<string, string>;
    /** member variable types, by lower-case name. */
    memberTypes: Map<string, TypeName>;
}

/** A value's shape for the rules: one record, a collection of records, or neither. */
export type Shape = 'record' | 'collection' | 'object' | undefined;

export class ApexProject {
    readonly classes = new Map<string, ApexClass>();
    private readonly sobjects: Set<string>;
    private readonly packageObjects: Set<string>;
    private readonly fields: Map<string, Set<string>>;

    constructor(sources: readonly ParsedSource[], objects: SObjectNames) {
        this.sobjects = new Set(
            [...objects.standard, ...objects.package].map((name) => name.toLowerCase()),
        );
        this.sobjects.add('sobject');
        this.packageObjects = new Set([...objects.package].map((name) => name.toLowerCase()));
        this.fields = objects.fields;
        for (const source of sources) {
            const body = child(source.unit, 'body');
            if (body !== undefined && kindOf(body) === 'ClassDecl') {
                this.addClass(body, source.file, undefined);
            }
        }
    }

    private addClass(decl: ApexNode, file: string, outer: ApexClass | undefined): void {
        const simple = identifier(decl)?.value ?? '';
        const owner: ApexClass = {
            name: outer === undefined ? simple : `${outer.name}.${simple}`,
            file,
            decl,
            outer,
            annotations: annotations(decl),
            methods: [],
            constants: new Map(),
            memberTypes: new Map(),
        };
        this.classes.set(owner.name.toLowerCase(), owner);
        for (const member of children(decl, 'members')) {
            const kind = kindOf(member);
            if (kind === 'MethodMember') {
                const method = child(member, 'methodDecl') as ApexNode;
                owner.methods.push({
                    owner,
                    decl: method,
                    name: identifier(method)?.value ?? '',
                    parameters: children(method, 'parameters').map((parameter) => ({
                        name: identifier(parameter)?.value ?? '',
                        type: typeName(child(parameter, 'typeRef')),
                    })),
                    returnType: typeName(child(method, 'type')),
                    body: child(method, 'stmnt'),
                    annotations: annotations(method),
                    line: identifier(method)?.loc?.line ?? 0,
                });
            } else if (kind === 'FieldMember') {
                this.addMembers(owner, child(member, 'variableDecls'));
            } else if (kind === 'InnerClassMember') {
                const inner = child(member, 'body');
                if (inner !== undefined) {
                    this.addClass(inner, file, owner);
                }
            }
        }
    }

    private addMembers(owner: ApexClass, decls: ApexNode | undefined): void {
        const type = typeName(child(decls, 'type'));
        const constant =
            hasModifier(decls, 'StaticModifier') &&
            hasModifier(decls, 'FinalModifier') &&
            type?.name.toLowerCase() === 'string';
        for (const decl of children(decls, 'decls')) {
            const name = (identifier(decl)?.value ?? '').toLowerCase();
            if (type !== undefined) {
                owner.memberTypes.set(name, type);
            }
            const value = stringLiteral(child(decl, 'assignment'));
            if (constant && value !== undefined) {
                owner.constants.set(name, value);
            }
        }
    }

    /** A class by name as written in code (`Foo`, `Outer.Inner`), seen from `from` (its inner classes first). */
    findClass(name: string, from?: ApexClass): ApexClass | undefined {
        const lower = name.toLowerCase();
        for (let scope = from; scope !== undefined; scope = scope.outer) {
            const nested = this.classes.get(`${scope.name.toLowerCase()}.${lower}`);
            if (nested !== undefined) {
                return nested;
            }
        }
        return this.classes.get(lower);
    }

    /** The only method of that name and arity in the class (or its outer classes), else undefined. */
    findMethod(owner: ApexClass, name: string, arity: number): ApexMethod | undefined {
        const lower = name.toLowerCase();
        for (let scope: ApexClass | undefined = owner; scope !== undefined; scope = scope.outer) {
            const matches = scope.methods.filter(
                (method) =>
                    method.name.toLowerCase() === lower && method.parameters.length === arity,
            );
            if (matches.length > 0) {
                return matches.length === 1 ? matches[0] : undefined;
            }
        }
        return undefined;
    }

    /** A constant's value: `NAME` in the class or its outer classes, `Class.NAME` anywhere. */
    constant(names: readonly string[], from: ApexClass): string | undefined {
        if (names.length === 1) {
            const lower = (names[0] as string).toLowerCase();
            for (let scope: ApexClass | undefined = from; scope; scope = scope.outer) {
                const value = scope.constants.get(lower);
                if (value !== undefined) {
                    return value;
                }
            }
            return undefined;
        }
        const owner = this.findClass(names.slice(0, -1).join('.'), from);
        return owner?.constants.get((names[names.length - 1] as string).toLowerCase());
    }

    /** An object whose records the package's data lives in: a folder of the metadata, not Custom Metadata. */
    isPackageData(name: string): boolean {
        const lower = name.toLowerCase();
        return this.packageObjects.has(lower) && !lower.endsWith('__mdt');
    }

    /**
     * Whether the object may have that field (the first part of a path): false only when the
     * object's fields are known and it is not among them.
     */
    mayHaveField(object: string, path: string): boolean {
        const known = this.fields.get(object.toLowerCase());
        const first = (path.split('.')[0] ?? '').toLowerCase();
        return known === undefined || known.has(first) || first === 'id';
    }

    isSObject(name: string): boolean {
        const lower = name.toLowerCase().replace(/^schema\./, '');
        return this.sobjects.has(lower) || /__(c|mdt|e|x|share|history)$/.test(lower);
    }

    /** What a declared type holds: a record, a collection of records, Object, or nothing to track. */
    shapeOf(type: TypeName | undefined): Shape {
        if (type === undefined) {
            return undefined;
        }
        const name = type.name.toLowerCase();
        if (this.isSObject(name)) {
            return 'record';
        }
        if (name === 'object') {
            return 'object';
        }
        const element =
            name === 'map'
                ? type.args[1]
                : ['list', 'set', 'iterable'].includes(name)
                  ? type.args[0]
                  : undefined;
        return element !== undefined && this.shapeOf(element) === 'record'
            ? 'collection'
            : undefined;
    }

    /** Every method of every class, in a stable order. */
    *methods(): Generator<ApexMethod> {
        for (const owner of this.classes.values()) {
            yield* owner.methods;
        }
    }
}

export interface SObjectNames {
    /** The objects listed in standard-objects.txt. */
    standard: Set<string>;
    /** Every object folder of the metadata folders. */
    package: Set<string>;
    /** Lower-case object name -> its lower-case field and relationship names, as far as known. */
    fields: Map<string, Set<string>>;
}

/** The SObject names a type may be. */
export function sobjectNames(metadata: readonly string[], standardObjects: string): SObjectNames {
    const standard = new Set<string>();
    const fields = new Map<string, Set<string>>();
    const fieldsOf = (object: string): Set<string> => {
        const key = object.toLowerCase();
        const known = fields.get(key) ?? new Set<string>();
        fields.set(key, known);
        return known;
    };
    const common: string[] = [];
    for (const raw of readFileSync(standardObjects, 'utf8').split('\n')) {
        const [first, ...rest] = raw.replace(/#.*/, '').trim().split(/\s+/);
        const names = rest.map((token) => (token.split(':')[0] as string).toLowerCase());
        if (first === '*') {
            common.push(...names);
        } else if (first !== undefined && first !== '') {
            standard.add(first);
            names.forEach((name) => fieldsOf(first).add(name));
        }
    }
    const names = new Set<string>();
    const visit = (path: string): void => {
        for (const entry of readdirSync(path)) {
            const full = join(path, entry);
            if (
                !statSync(full).isDirectory() ||
                entry === 'node_modules' ||
                entry.startsWith('.')
            ) {
                continue;
            }
            if (entry === 'objects') {
                for (const object of readdirSync(full)) {
                    names.add(object);
                    const folder = join(full, object, 'fields');
                    for (const file of existsSync(folder) ? readdirSync(folder) : []) {
                        const field = file.replace(/\.field-meta\.xml$/, '').toLowerCase();
                        fieldsOf(object).add(field).add(field.replace(/__c$/, '__r'));
                    }
                }
            } else {
                visit(full);
            }
        }
    };
    metadata.filter((folder) => existsSync(folder)).forEach(visit);
    for (const known of fields.values()) {
        common.forEach((field) => known.add(field));
    }
    return { standard, package: names, fields };
}
