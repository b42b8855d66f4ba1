/**
 * Rule: a field read of a record that came from a SOQL query which did not select that field.
 * The platform throws `SObjectException: SObject row was retrieved via SOQL without querying the
 * requested field`, and clones keep that check, so such a test fails only in an org.
 *
 * What it follows, method by method in statement order (not path by path):
 * - static SOQL (`[SELECT ...]`): the fields it selects (relationship paths, subqueries), `Id` always;
 * - the rows through local variables, casts, `?:`, `clone`/`deepClone`, `[i]`, `get`/`values`,
 *   `new List/Map/Set<...>(rows)`, for-loops, and out of methods that return them (any class of the unit);
 * - reads `record.Field`, `record.get('Field')`, `record.get(CONSTANT)` (a static final String of
 *   the project) and `record.get(Lead.Field)`; a field written before it is read counts as there;
 * - records handed to a project method: what that method (and the methods it calls) reads from
 *   the parameter before writing it, with field names passed as constants, and `switch on` an
 *   enum parameter followed for the value the caller passes.
 * What it cannot see is listed in the README ("Apex compile").
 */
import { basename } from 'node:path';
import type { ApexClass, ApexMethod, ApexProject, Shape } from './apexProject';
import {
    child,
    children,
    identifier,
    identifiers,
    kindOf,
    lineOf,
    stringLiteral,
    typeName,
    type ApexNode,
    type TypeName,
} from './apexSyntax';

export interface RuleProblem {
    file: string;
    line: number;
    column: number;
    message: string;
}

/** Where a query's rows came from and which fields they carry. */
interface Origin {
    /** A query's rows, or a method parameter (only while summarising that method). */
    parameter: number | undefined;
    object: string;
    where: string;
    selected: Set<string>;
    written: Set<string>;
    writesAny: boolean;
}

interface Value {
    origin: Origin;
    shape: 'record' | 'collection';
}

/** A field name, or "the field named by parameter n" of the method being summarised. */
type FieldRef = { field: string } | { parameter: number };

/** `switch on` a parameter: the effect happens only for these enum values (or all but them). */
interface Condition {
    parameter: number;
    values: string[];
    negated: boolean;
}

interface Read {
    field: FieldRef;
    where: string;
    conditions: Condition[];
}

interface Effect {
    reads: Read[];
    writes: FieldRef[];
    writesAny: boolean;
}

interface Summary {
    effects: Map<number, Effect>;
    returned: Origin | undefined;
}

export function findUnselectedFieldReads(project: ApexProject): RuleProblem[] {
    const analysis = new Analysis(project);
    for (const method of project.methods()) {
        analysis.summarise(method);
    }
    return [...analysis.problems.values()];
}

class Analysis {
    readonly problems = new Map<string, RuleProblem>();
    private readonly summaries = new Map<ApexMethod, Summary | 'busy'>();

    constructor(readonly project: ApexProject) {}

    summarise(method: ApexMethod): Summary {
        const known = this.summaries.get(method);
        if (known === 'busy') {
            return { effects: new Map(), returned: undefined }; // recursion: nothing known
        }
        if (known !== undefined) {
            return known;
        }
        this.summaries.set(method, 'busy');
        const summary = new MethodWalk(this, method).run();
        this.summaries.set(method, summary);
        return summary;
    }

    report(file: string, node: unknown, message: string): void {
        const line = lineOf(node);
        const key = `${file}:${line}:${message}`;
        if (!this.problems.has(key)) {
            this.problems.set(key, { file, line, column: columnOf(node), message });
        }
    }
}

function columnOf(node: unknown): number {
    const first = identifiers(node)[0];
    return first?.loc?.column ?? (node as { loc?: { column?: number } }).loc?.column ?? 0;
}

const lower = (text: string): string => text.toLowerCase();

/** Whether reading `path` (lower-case, dotted) is safe on rows of that origin. */
function carries(origin: Origin, path: string): boolean {
    if (origin.writesAny || path === 'id') {
        return true;
    }
    const parts = path.split('.');
    for (let length = 1; length <= parts.length; length++) {
        const prefix = parts.slice(0, length).join('.');
        if (origin.selected.has(prefix) || origin.written.has(prefix)) {
            return true;
        }
    }
    const related = (parent: string): boolean =>
        [...origin.selected].some((selected) => selected.startsWith(`${parent}.`));
    // A relationship's record (Owner when Owner.Name is selected) and its Id come with it.
    return (
        related(path) ||
        (parts.length > 1 && parts.at(-1) === 'id' && related(parts.slice(0, -1).join('.')))
    );
}

/** The fields a query selects, or undefined for a query whose rows are not records of its object. */
function selectedFields(query: ApexNode): Set<string> | undefined {
    const select = child(query, 'select');
    if (kindOf(select) !== 'SelectColumnClause' || child(query, 'groupBy') !== undefined) {
        return undefined;
    }
    const fields = new Set<string>(['id']);
    for (const expr of children(select, 'exprs')) {
        const kind = kindOf(expr);
        if (kind === 'SelectInnerQuery') {
            const from = children(child(child(expr, 'query'), 'from'), 'exprs')[0];
            fields.add(lower(fieldPath(child(from, 'table'))));
            continue;
        }
        if (kind !== 'SelectColumnExpr') {
            return undefined; // TYPEOF and other polymorphic selects are left alone
        }
        const field = child(expr, 'field');
        const fn = lower((field?.function1 as { value?: string } | undefined)?.value ?? '');
        if (fn !== '' && !['tolabel', 'format', 'convertcurrency'].includes(fn)) {
            return undefined; // an aggregate: AggregateResult rows
        }
        fields.add(lower(fieldPath(child(field, 'field'))));
    }
    return fields;
}

/** `Owner.Name` from a SOQL FieldIdentifier chain. */
function fieldPath(node: ApexNode | undefined): string {
    const parts: string[] = [];
    for (let part = node; part !== undefined; part = child(part, 'entity')) {
        parts.unshift(identifier(part, 'field')?.value ?? '');
    }
    return parts.join('.');
}

function where(method: ApexMethod, node: unknown): string {
    return `${method.owner.name}.${method.name} (${basename(method.owner.file)}:${lineOf(node)})`;
}

const RECORD_READS = new Set(['get', 'getsobject', 'getsobjects']);
const RECORD_WRITES = new Set(['put', 'putsobject']);
const ALIASES = new Set(['clone', 'deepclone']);
const ELEMENTS = new Set(['get', 'remove']);

/** One method's walk: reports reads of query rows, and summarises what it does with its parameters. */
class MethodWalk {
    private readonly env = new Map<string, Value | undefined>();
    private readonly types = new Map<string, TypeName | undefined>();
    private readonly effects = new Map<number, Effect>();
    private readonly conditions: Condition[] = [];
    private returned: Origin | undefined;
    private returnsOther = false;
    private readonly project: ApexProject;
    private readonly owner: ApexClass;

    constructor(
        private readonly analysis: Analysis,
        private readonly method: ApexMethod,
    ) {
        this.project = analysis.project;
        this.owner = method.owner;
    }

    run(): Summary {
        this.method.parameters.forEach((parameter, index) => {
            const name = lower(parameter.name);
            this.types.set(name, parameter.type);
            const shape = this.project.shapeOf(parameter.type);
            if (shape === 'record' || shape === 'collection') {
                this.effects.set(index, { reads: [], writes: [], writesAny: false });
                const origin: Origin = {
                    parameter: index,
                    object: '',
                    where: '',
                    selected: new Set(),
                    written: new Set(),
                    writesAny: false,
                };
                this.env.set(name, { origin, shape });
            }
        });
        this.visit(this.method.body);
        const shape = this.project.shapeOf(this.method.returnType);
        return {
            effects: this.effects,
            returned:
                !this.returnsOther && (shape === 'record' || shape === 'collection')
                    ? this.returned
                    : undefined,
        };
    }

    // ---- reads and writes -------------------------------------------------------------------

    private read(value: Value, field: FieldRef, at: unknown, via?: Read): void {
        const origin = value.origin;
        if (origin.parameter !== undefined) {
            const effect = this.effects.get(origin.parameter);
            if (effect === undefined || origin.writesAny) {
                return;
            }
            if ('field' in field && carries(origin, lower(field.field))) {
                return;
            }
            effect.reads.push({
                field,
                where: via?.where ?? where(this.method, at),
                conditions: [...this.conditions],
            });
            return;
        }
        if (!('field' in field) || carries(origin, lower(field.field))) {
            return;
        }
        if (!this.project.mayHaveField(origin.object, field.field)) {
            return; // code for another object (StageName of Lead rows): a branch these rows never take
        }
        const reader = via === undefined ? 'reads' : `hands it to ${via.where}, which reads`;
        this.analysis.report(
            this.owner.file,
            at,
            `Unselected field: ${reader} ${field.field} of ${origin.object} rows from the SOQL query at ${origin.where}, which does not select it (SObjectException in the org)`,
        );
    }

    private write(value: Value, field: FieldRef | undefined): void {
        const origin = value.origin;
        if (field === undefined) {
            origin.writesAny = true;
            return;
        }
        if ('field' in field) {
            origin.written.add(lower(field.field));
        }
        if (origin.parameter !== undefined) {
            this.effects.get(origin.parameter)?.writes.push(field);
        }
    }

    /** A field named by an expression: a literal, a project constant, a token, or a String parameter. */
    private fieldNamed(expr: ApexNode | undefined): FieldRef | undefined {
        const literal = stringLiteral(expr);
        if (literal !== undefined) {
            return { field: literal };
        }
        if (kindOf(expr) !== 'VariableExpr' || child(expr, 'dottedExpr') !== undefined) {
            return undefined;
        }
        const names = identifiers(expr).map((name) => name.value);
        if (names.length === 1) {
            const index = this.method.parameters.findIndex(
                (parameter) => lower(parameter.name) === lower(names[0] as string),
            );
            if (index >= 0 && lower(this.method.parameters[index]?.type?.name ?? '') === 'string') {
                return { parameter: index };
            }
            if (
                this.env.has(lower(names[0] as string)) ||
                this.types.has(lower(names[0] as string))
            ) {
                return undefined; // a local variable: its value is not followed
            }
        }
        const constant = this.project.constant(names, this.owner);
        if (constant !== undefined) {
            return { field: constant };
        }
        const objectName = names.slice(0, -1).join('.');
        return names.length >= 2 && this.project.isSObject(objectName)
            ? { field: names[names.length - 1] as string }
            : undefined;
    }

    // ---- statements and expressions -------------------------------------------------------

    /** Walks a statement or expression in evaluation order; returns the rows an expression yields. */
    private visit(node: unknown): Value | undefined {
        if (Array.isArray(node)) {
            node.forEach((item) => this.visit(item));
            return undefined;
        }
        if (typeof node !== 'object' || node === null) {
            return undefined;
        }
        const ast = node as ApexNode;
        switch (kindOf(ast)) {
            case 'SoqlExpr':
                return this.query(ast);
            case 'VariableExpr':
                return this.chain(ast, false);
            case 'MethodCallExpr':
                return this.chain(ast, true);
            case 'ThisMethodCallExpr':
            case 'SuperMethodCallExpr':
                this.visit(ast.inputParameters);
                return undefined;
            case 'ArrayExpr': {
                const rows = this.visit(child(ast, 'expr'));
                this.visit(child(ast, 'index'));
                return rows?.shape === 'collection'
                    ? { origin: rows.origin, shape: 'record' }
                    : undefined;
            }
            case 'CastExpr':
            case 'NestedExpr':
                return this.visit(child(ast, 'expr'));
            case 'TernaryExpr': {
                this.visit(child(ast, 'condition'));
                const whenTrue = this.visit(child(ast, 'trueExpr'));
                const whenFalse = this.visit(child(ast, 'falseExpr'));
                return whenTrue ?? whenFalse;
            }
            case 'NewExpr':
                return this.create(child(ast, 'creator'));
            case 'AssignmentExpr':
                this.assign(ast);
                return undefined;
            case 'VariableDeclStmnt':
                this.declare(child(ast, 'variableDecls'));
                return undefined;
            case 'ReturnStmnt':
                this.giveBack(child(ast, 'expr'));
                return undefined;
            case 'ForLoop':
                this.loop(ast);
                return undefined;
            case 'IfElseBlock':
                this.visit(ast.ifBlocks);
                this.visit(child(ast, 'elseBlock'));
                return undefined;
            case 'TryCatchFinallyBlock':
                this.visit(child(ast, 'stmnt'));
                this.visit(ast.catchBlocks);
                this.visit(child(ast, 'finallyBlock'));
                return undefined;
            case 'SwitchStmnt':
                this.switchOn(ast);
                return undefined;
            default:
                for (const [key, value] of Object.entries(ast)) {
                    if (key !== 'loc' && key !== '@class') {
                        this.visit(isOptional(value) ? (value as { value: unknown }).value : value);
                    }
                }
                return undefined;
        }
    }

    private query(expr: ApexNode): Value | undefined {
        const query = child(expr, 'query');
        const selected = query === undefined ? undefined : selectedFields(query);
        this.visit(child(query, 'where')); // binds may be Apex with reads of their own
        if (selected === undefined) {
            return undefined;
        }
        const from = children(child(query, 'from'), 'exprs')[0];
        return {
            shape: 'collection',
            origin: {
                parameter: undefined,
                object: fieldPath(child(from, 'table')),
                where: `${basename(this.owner.file)}:${lineOf(expr)}`,
                selected,
                written: new Set(),
                writesAny: false,
            },
        };
    }

    private declare(decls: ApexNode | undefined): void {
        const type = typeName(child(decls, 'type'));
        for (const decl of children(decls, 'decls')) {
            const name = lower(identifier(decl)?.value ?? '');
            const value = this.visit(child(decl, 'assignment'));
            this.types.set(name, type);
            this.env.set(name, this.as(value, type));
        }
    }

    /** A value stored in a variable of that type: a single row from a query, or nothing tracked. */
    private as(value: Value | undefined, type: TypeName | undefined): Value | undefined {
        const shape: Shape = this.project.shapeOf(type);
        if (value === undefined || shape === undefined) {
            return undefined;
        }
        return shape === 'object' ? value : { origin: value.origin, shape };
    }

    private assign(expr: ApexNode): void {
        const left = child(expr, 'left');
        const value = this.visit(child(expr, 'right'));
        const compound =
            lower(String((expr.op as { $?: string } | undefined)?.$ ?? '')) !== 'equals';
        if (left === undefined || kindOf(left) !== 'VariableExpr') {
            this.visit(left);
            return;
        }
        const names = identifiers(left).map((name) => name.value);
        const dotted = child(left, 'dottedExpr');
        if (dotted === undefined && names.length === 1) {
            const name = lower(names[0] as string);
            if (this.types.has(name)) {
                this.env.set(name, this.as(value, this.types.get(name)));
            }
            return;
        }
        // record.Field = value (or +=): a write, after a read for a compound assignment
        const target = this.receiver(left, names, names.length);
        if (target.rows?.shape === 'record' && target.rest.length > 0) {
            const field = { field: target.rest.join('.') };
            if (compound) {
                this.read(target.rows, field, left);
            }
            this.write(target.rows, field);
        }
    }

    /** A method returns query rows when every return that is not `null` returns such rows. */
    private giveBack(expr: ApexNode | undefined): void {
        const value = this.visit(expr);
        const isNull =
            kindOf(expr) === 'LiteralExpr' &&
            (expr?.type as { $?: string } | undefined)?.$ === 'NULL';
        if (value !== undefined && value.origin.parameter === undefined) {
            this.returned = value.origin;
        } else if (!isNull) {
            this.returnsOther = true;
        }
    }

    private loop(loop: ApexNode): void {
        const control = child(loop, 'forControl');
        if (kindOf(control) === 'EnhancedForControl') {
            const init = child(control, 'init');
            const rows = this.visit(child(init, 'expr'));
            const type = typeName(child(control, 'type'));
            const name = lower(identifier(init)?.value ?? '');
            this.types.set(name, type);
            const shape = this.project.shapeOf(type);
            this.env.set(
                name,
                rows?.shape === 'collection' && (shape === 'record' || shape === 'collection')
                    ? { origin: rows.origin, shape }
                    : undefined,
            );
        } else {
            this.visit(control);
        }
        this.visit(child(loop, 'stmnt'));
    }

    /** `switch on parameter` with enum `when` values: effects inside apply only for those values. */
    private switchOn(statement: ApexNode): void {
        const subject = child(statement, 'expr');
        this.visit(subject);
        const names =
            kindOf(subject) === 'VariableExpr' && child(subject, 'dottedExpr') === undefined
                ? identifiers(subject).map((name) => lower(name.value))
                : [];
        const parameter =
            names.length === 1
                ? this.method.parameters.findIndex(
                      (candidate) => lower(candidate.name) === names[0],
                  )
                : -1;
        const blocks = children(statement, 'whenBlocks');
        const enumValues = (block: ApexNode): string[] =>
            children(block, 'whenCases').flatMap((whenCase) =>
                kindOf(whenCase) === 'EnumCase'
                    ? identifiers(whenCase, 'identifiers').map((id) => lower(id.value))
                    : [],
            );
        const seen = blocks.flatMap(enumValues);
        for (const block of blocks) {
            const values = enumValues(block);
            const condition: Condition | undefined =
                parameter < 0
                    ? undefined
                    : kindOf(block) === 'ElseWhen'
                      ? { parameter, values: seen, negated: true }
                      : values.length > 0
                        ? { parameter, values, negated: false }
                        : undefined;
            if (condition !== undefined) {
                this.conditions.push(condition);
            }
            this.visit(child(block, 'stmnt'));
            if (condition !== undefined) {
                this.conditions.pop();
            }
        }
    }

    private create(creator: ApexNode | undefined): Value | undefined {
        const kind = kindOf(creator);
        const source = this.visit(child(creator, 'expr'));
        if (['NewListInit', 'NewSetInit', 'NewMapInit'].includes(kind)) {
            return source?.shape === 'collection' ? source : undefined;
        }
        if (kind !== 'NewStandard') {
            this.visit(creator);
        } else {
            this.visit(creator?.inputParameters);
        }
        return undefined;
    }

    /**
     * The value a chain `a.b.c` starts from and the names after it: a variable's rows, or the
     * class a static call or a variable of a project class type names.
     */
    private receiver(
        expr: ApexNode,
        names: readonly string[],
        end: number,
    ): { rows: Value | undefined; owner: ApexClass | undefined; rest: string[] } {
        const dotted = child(expr, 'dottedExpr');
        if (dotted !== undefined) {
            if (kindOf(dotted) === 'ThisVariableExpr') {
                return { rows: undefined, owner: this.owner, rest: names.slice(0, end) };
            }
            const created = kindOf(dotted) === 'NewExpr' ? child(dotted, 'creator') : undefined;
            const rows = this.visit(dotted);
            const owner =
                kindOf(created) === 'NewStandard'
                    ? this.project.findClass(
                          typeName(child(created, 'type'))?.name ?? '',
                          this.owner,
                      )
                    : undefined;
            return { rows, owner, rest: names.slice(0, end) };
        }
        const first = lower(names[0] ?? '');
        if (this.types.has(first)) {
            const type = this.types.get(first);
            const owner =
                type === undefined ? undefined : this.project.findClass(type.name, this.owner);
            return { rows: this.env.get(first), owner, rest: names.slice(1, end) };
        }
        const member = this.memberType(first);
        if (member !== undefined) {
            return {
                rows: undefined,
                owner: this.project.findClass(member.name, this.owner),
                rest: names.slice(1, end),
            };
        }
        for (let length = Math.min(end, 2); length >= 1; length--) {
            const owner = this.project.findClass(names.slice(0, length).join('.'), this.owner);
            if (owner !== undefined) {
                return { rows: undefined, owner, rest: names.slice(length, end) };
            }
        }
        return { rows: undefined, owner: undefined, rest: ['?'] };
    }

    private memberType(name: string): TypeName | undefined {
        for (let scope: ApexClass | undefined = this.owner; scope; scope = scope.outer) {
            const type = scope.memberTypes.get(name);
            if (type !== undefined) {
                return type;
            }
        }
        return undefined;
    }

    /** `a.b.c` (a variable and field path) or `a.b.m(...)` (a call on it). */
    private chain(expr: ApexNode, call: boolean): Value | undefined {
        const names = identifiers(expr).map((name) => name.value);
        const args = children(expr, 'inputParameters');
        if (call && names.length === 1 && child(expr, 'dottedExpr') === undefined) {
            return this.callProject(this.owner, names[0] as string, args, expr);
        }
        const end = call ? names.length - 1 : names.length;
        const start = this.receiver(expr, names, end);
        let rows = start.rows;
        if (rows?.shape === 'record' && start.rest.length > 0) {
            this.read(rows, { field: start.rest.join('.') }, expr);
            rows = undefined;
        } else if (start.rest.length > 0) {
            rows = undefined;
        }
        if (!call) {
            return rows;
        }
        const method = lower(names[names.length - 1] as string);
        if (rows === undefined) {
            if (start.owner !== undefined && start.rest.length === 0) {
                return this.callProject(start.owner, names[names.length - 1] as string, args, expr);
            }
            this.visit(args);
            return undefined;
        }
        if (rows.shape === 'record') {
            const field = this.fieldNamed(args[0]);
            this.visit(args);
            if (RECORD_READS.has(method) && field !== undefined) {
                this.read(rows, field, expr);
            } else if (RECORD_WRITES.has(method)) {
                this.write(rows, field);
            }
            return ALIASES.has(method) ? copied(rows) : undefined;
        }
        this.visit(args);
        if (ELEMENTS.has(method)) {
            return { origin: rows.origin, shape: 'record' };
        }
        return ALIASES.has(method) ? copied(rows) : method === 'values' ? rows : undefined;
    }

    /** A call to a method of the project: applies what it does to the rows handed to it. */
    private callProject(
        owner: ApexClass,
        name: string,
        args: ApexNode[],
        at: ApexNode,
    ): Value | undefined {
        const values = args.map((arg) => this.visit(arg));
        const target = this.project.findMethod(owner, name, args.length);
        if (target === undefined) {
            return undefined;
        }
        const summary = this.analysis.summarise(target);
        summary.effects.forEach((effect, index) => {
            const value = values[index];
            const shape = this.project.shapeOf(target.parameters[index]?.type);
            if (value === undefined || shape !== value.shape) {
                return;
            }
            for (const read of effect.reads) {
                const conditions = this.conditionsFor(read.conditions, args);
                const field = this.resolve(read.field, args);
                if (conditions !== undefined && field !== undefined) {
                    this.conditions.push(...conditions);
                    this.read(value, field, at, read);
                    this.conditions.splice(this.conditions.length - conditions.length);
                }
            }
            for (const written of effect.writes) {
                this.write(value, this.resolve(written, args));
            }
            if (effect.writesAny) {
                this.write(value, undefined);
            }
        });
        if (summary.returned === undefined) {
            return undefined;
        }
        const shape = this.project.shapeOf(target.returnType);
        return shape === 'record' || shape === 'collection'
            ? copied({ origin: summary.returned, shape })
            : undefined;
    }

    /** A callee's field reference seen from here: a name, a parameter of this method, or unknown. */
    private resolve(field: FieldRef, args: ApexNode[]): FieldRef | undefined {
        return 'field' in field ? field : this.fieldNamed(args[field.parameter]);
    }

    /**
     * A callee's conditions seen from here: undefined when the argument passed makes the effect
     * impossible; conditions on this method's own parameters when it passes one of them on.
     */
    private conditionsFor(conditions: Condition[], args: ApexNode[]): Condition[] | undefined {
        const mine: Condition[] = [];
        for (const condition of conditions) {
            const arg = args[condition.parameter];
            const names = identifiers(arg).map((name) => lower(name.value));
            if (kindOf(arg) !== 'VariableExpr' || names.length === 0) {
                continue;
            }
            if (names.length === 1) {
                const index = this.method.parameters.findIndex((p) => lower(p.name) === names[0]);
                if (index >= 0) {
                    mine.push({ ...condition, parameter: index });
                }
                continue;
            }
            // An enum constant (System.TriggerOperation.BEFORE_UPDATE); anything else may be any value.
            const written = identifiers(arg).at(-1)?.value ?? '';
            if (written !== written.toUpperCase()) {
                continue;
            }
            if (condition.values.includes(lower(written)) === condition.negated) {
                return undefined;
            }
        }
        return mine;
    }
}

/**
 * Rows of their own with what the original carries now: a clone keeps the query's check (and the
 * fields written so far); each call of a method returns fresh rows.
 */
function copied(value: Value): Value {
    const origin = value.origin;
    if (origin.parameter !== undefined) {
        return value; // a parameter's clone: what the caller passed, as far as reads go
    }
    return {
        shape: value.shape,
        origin: { ...origin, selected: new Set(origin.selected), written: new Set(origin.written) },
    };
}

function isOptional(value: unknown): boolean {
    return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !('@class' in value) &&
        'value' in value
    );
}
