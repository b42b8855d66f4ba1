/**
 * Apex syntax trees for the static rules beside the compile check: jorje's parse tree (the same
 * parser prettier-plugin-apex formats with) as JSON, and small helpers to read it.
 *
 * jorje serialises each node as an object with "@class" (e.g. `apex.jorje.data.ast.Expr$VariableExpr`),
 * optional children as `{}` or `{ value: node }`, identifiers as `{ value, loc }`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nativeParserPath } from '../apexParseErrors';

export interface ApexNode {
    '@class': string;
    [key: string]: unknown;
}

export interface Identifier {
    value: string;
    loc?: { line: number; column: number };
}

/** A parsed source file: its path and the compilation unit (null when it does not parse). */
export interface ParsedSource {
    file: string;
    unit: ApexNode | null;
}

/** The kind of a node: the part of its class name after the last `.` or `$` (`VariableExpr`). */
export function kindOf(node: unknown): string {
    if (!isNode(node)) {
        return '';
    }
    const name = node['@class'];
    return name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
}

export function isNode(value: unknown): value is ApexNode {
    return (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { '@class'?: unknown })['@class'] === 'string'
    );
}

/** The node inside an optional child (`{ value: node }`), or the child itself, or undefined. */
export function child(node: unknown, key: string): ApexNode | undefined {
    if (!isNode(node)) {
        return undefined;
    }
    const value = node[key];
    if (isNode(value)) {
        return value;
    }
    const inner = (value as { value?: unknown } | undefined)?.value;
    return isNode(inner) ? inner : undefined;
}

/** The nodes of a list child. */
export function children(node: unknown, key: string): ApexNode[] {
    if (!isNode(node)) {
        return [];
    }
    const value = node[key];
    return Array.isArray(value) ? value.filter(isNode) : [];
}

/** The identifiers of a `names` list (`a.b.c`), or of any identifier list child. */
export function identifiers(node: unknown, key = 'names'): Identifier[] {
    if (!isNode(node)) {
        return [];
    }
    const value = node[key];
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return list.filter(
        (item): item is Identifier => typeof (item as Identifier | null)?.value === 'string',
    );
}

/** One identifier child (a declaration's `name`). */
export function identifier(node: unknown, key = 'name'): Identifier | undefined {
    return identifiers(node, key)[0];
}

/** The first line number found in the node or below it, 0 when none. */
export function lineOf(node: unknown): number {
    if (typeof node !== 'object' || node === null) {
        return 0;
    }
    const loc = (node as { loc?: { line?: unknown } }).loc;
    if (typeof loc?.line === 'number') {
        return loc.line;
    }
    for (const value of Object.values(node)) {
        const line = lineOf(value);
        if (line > 0) {
            return line;
        }
    }
    return 0;
}

/** A string literal's text, or undefined. */
export function stringLiteral(node: unknown): string | undefined {
    if (kindOf(node) !== 'LiteralExpr') {
        return undefined;
    }
    const literal = (node as { literal?: { '@class'?: string; $?: unknown } }).literal;
    return literal?.['@class'] === 'string' && typeof literal.$ === 'string'
        ? literal.$
        : undefined;
}

/** Every node below (and including) `root`, depth first in document order of the JSON. */
export function* descendants(root: unknown): Generator<ApexNode> {
    if (Array.isArray(root)) {
        for (const item of root) {
            yield* descendants(item);
        }
        return;
    }
    if (typeof root !== 'object' || root === null) {
        return;
    }
    if (isNode(root)) {
        yield root;
    }
    for (const [key, value] of Object.entries(root)) {
        if (key !== 'loc' && key !== '@class') {
            yield* descendants(value);
        }
    }
}

/** A type reference written out: `List<Lead>`, `Map<Id,SObject>`, `Lead[]` (lower-case names kept). */
export interface TypeName {
    name: string;
    args: TypeName[];
}

export function typeName(node: unknown): TypeName | undefined {
    if (!isNode(node)) {
        return undefined;
    }
    if (kindOf(node) === 'ArrayTypeRef') {
        const element = typeName(child(node, 'heldType'));
        return element === undefined ? undefined : { name: 'List', args: [element] };
    }
    const names = identifiers(node).map((part) => part.value);
    if (names.length === 0) {
        return undefined;
    }
    const args = children(node, 'typeArguments')
        .map((argument) => typeName(argument))
        .filter((argument): argument is TypeName => argument !== undefined);
    return { name: names.join('.'), args };
}

/** Whether a modifier list holds that modifier kind (`StaticModifier`, `FinalModifier`, ...). */
export function hasModifier(node: unknown, kind: string): boolean {
    return children(node, 'modifiers').some((modifier) => kindOf(modifier) === kind);
}

/** Annotation names on a declaration, lower-case (`istest`, `testsetup`). */
export function annotations(node: unknown): string[] {
    return children(node, 'modifiers')
        .filter((modifier) => kindOf(modifier) === 'Annotation')
        .map((annotation) => (identifier(annotation)?.value ?? '').toLowerCase());
}

/** prettier-plugin-apex's vendored jorje: the folder with its `lib` (the jar) and `bin` (launchers). */
export function serializerDirectory(): string {
    const entry = createRequire(__filename).resolve('prettier-plugin-apex');
    return join(dirname(entry), '..', '..', 'vendor', 'apex-ast-serializer');
}

/** The native jorje parser for this platform, or its Java launcher. */
function parserCommand(): string {
    return nativeParserPath() ?? join(serializerDirectory(), 'bin', 'apex-ast-serializer');
}

/** Parsed files by path: a dependency's classes are parsed once for all the units that hold them. */
const parsedByFile = new Map<string, ApexNode | null>();

/** Parses each file with jorje; a file that does not parse has a null unit (apex:check reports it). */
export function parseSources(files: readonly string[]): ParsedSource[] {
    const command = parserCommand();
    return files.map((file) => {
        const known = parsedByFile.get(file);
        if (known !== undefined) {
            return { file, unit: known };
        }
        const run = spawnSync(command, [], {
            input: readFileSync(file, 'utf8'),
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
        });
        if (run.error || run.status !== 0) {
            throw new Error(`cannot parse ${file} with jorje: ${run.error?.message ?? run.stderr}`);
        }
        const output = Object.values(JSON.parse(run.stdout) as Record<string, unknown>)[0] as
            { unit?: unknown; parseErrors?: unknown[] } | undefined;
        const parsed = output?.parseErrors?.length === 0 && isNode(output.unit);
        const unit = parsed ? (output.unit as ApexNode) : null;
        parsedByFile.set(file, unit);
        return { file, unit };
    });
}
