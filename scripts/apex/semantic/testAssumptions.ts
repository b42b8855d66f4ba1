/**
 * Rule: an Apex test that depends on what the org happens to have instead of arranging it. The
 * package is built in a fresh org (`sf package version create --code-coverage` runs every test
 * there) whose languages, users' time zones and records nobody chose. In `@IsTest` classes it flags:
 *
 * - Language: an assertion (`Assert.*`, `System.assert*`) whose compared values (not its message)
 *   hold a string literal with a letter outside ASCII ('Nicht erfüllt'), `System.Label.get(...)`
 *   with a language, or `System.Label.translationExists(...)`: what a user sees in another language
 *   depends on the Translation Workbench. Allowed inside an `if`/`else` whose condition calls a class
 *   named `...TestLanguage` (the probe that tells which language the platform gives).
 * - Day: `Date.today()`, `System.today()`, `Datetime.now().date()` or `UserInfo.getTimeZone()`
 *   outside `System.runAs` in a test method (or a helper of the class it calls there) that runs code
 *   as another user inside `System.runAs`: the running user's day and the persona's day differ
 *   whenever their time zones straddle midnight.
 * - Data: `SeeAllData=true`, and a SOQL query on an object of the package's metadata (Lead,
 *   Opportunity, custom objects; not Custom Metadata) that neither the test class nor a test helper
 *   class it calls creates (`new Lead(...)`, or `Database.convertLead` for the objects it creates).
 */
import { type ApexClass, type ApexMethod, type ApexProject } from './apexProject';
import {
    child,
    children,
    descendants,
    identifiers,
    kindOf,
    lineOf,
    stringLiteral,
    typeName,
    type ApexNode,
} from './apexSyntax';
import { type RuleProblem } from './queryFieldReads';

const ASSERTIONS: Record<string, number> = {
    // assertion -> how many leading arguments are compared (the rest is the message)
    'assert.areequal': 2,
    'assert.arenotequal': 2,
    'assert.istrue': 1,
    'assert.isfalse': 1,
    'assert.isnull': 1,
    'assert.isnotnull': 1,
    'assert.isinstanceoftype': 2,
    'assert.isnotinstanceoftype': 2,
    'system.assertequals': 2,
    'system.assertnotequals': 2,
    'system.assert': 1,
};

const CONVERSION_CREATES = new Set(['account', 'contact', 'opportunity']);

export function findTestAssumptions(project: ApexProject): RuleProblem[] {
    const problems: RuleProblem[] = [];
    for (const owner of project.classes.values()) {
        if (!isTestClass(owner)) {
            continue;
        }
        const report = (node: unknown, message: string): void => {
            problems.push({ file: owner.file, line: lineOf(node), column: 0, message });
        };
        const classWide = seeAllData(owner.decl);
        if (classWide !== undefined) {
            report(classWide, DATA_SEE_ALL);
        }
        for (const method of owner.methods) {
            checkLanguage(method, report);
            checkDay(method, report);
            const methodWide = seeAllData(method.decl);
            if (methodWide !== undefined) {
                report(methodWide, DATA_SEE_ALL);
            }
        }
        checkData(project, owner, report);
    }
    return problems;
}

const DATA_SEE_ALL =
    'Org data: SeeAllData=true makes the test depend on records the build org does not have; insert what the test needs';

function isTestClass(owner: ApexClass): boolean {
    for (let scope: ApexClass | undefined = owner; scope; scope = scope.outer) {
        if (scope.annotations.includes('istest')) {
            return true;
        }
    }
    return false;
}

/** The `@IsTest(SeeAllData=true)` annotation of a class or method, if it has one. */
function seeAllData(decl: ApexNode | undefined): ApexNode | undefined {
    return children(decl, 'modifiers').find(
        (modifier) =>
            kindOf(modifier) === 'Annotation' &&
            children(modifier, 'parameters').some(
                (parameter) =>
                    (identifiers(parameter, 'key')[0]?.value ?? '').toLowerCase() ===
                        'seealldata' && kindOf(child(parameter, 'value')) === 'TrueAnnotationValue',
            ),
    );
}

/** `Class.method` of a call, lower-case, as written (`assert.areequal`, `system.label.get`). */
function callName(call: ApexNode): string {
    return identifiers(call)
        .map((name) => name.value.toLowerCase())
        .join('.');
}

// ---- language --------------------------------------------------------------------------------

function checkLanguage(method: ApexMethod, report: (node: unknown, message: string) => void): void {
    const ownText = passesOwnText(method);
    const visit = (node: unknown, guarded: boolean): void => {
        if (Array.isArray(node)) {
            node.forEach((item) => visit(item, guarded));
            return;
        }
        if (typeof node !== 'object' || node === null) {
            return;
        }
        const ast = node as ApexNode;
        if (kindOf(ast) === 'IfElseBlock') {
            const probes = children(ast, 'ifBlocks').some((block) =>
                callsLanguageProbe(child(block, 'expr')),
            );
            for (const block of children(ast, 'ifBlocks')) {
                visit(child(block, 'expr'), guarded);
                visit(child(block, 'stmnt'), guarded || probes);
            }
            visit(child(ast, 'elseBlock'), guarded || probes);
            return;
        }
        if (kindOf(ast) === 'MethodCallExpr' && !guarded) {
            const compared = ASSERTIONS[callName(ast)];
            if (compared !== undefined && child(ast, 'dottedExpr') === undefined) {
                children(ast, 'inputParameters')
                    .slice(0, compared)
                    .forEach((argument) => checkCompared(argument, ownText, report));
            }
        }
        for (const [key, value] of Object.entries(ast)) {
            if (key !== 'loc' && key !== '@class') {
                visit(value, guarded);
            }
        }
    };
    visit(method.body, false);
}

function callsLanguageProbe(condition: ApexNode | undefined): boolean {
    return [...descendants(condition)].some(
        (node) =>
            kindOf(node) === 'MethodCallExpr' &&
            identifiers(node).some((name) => name.value.toLowerCase().endsWith('testlanguage')),
    );
}

/** Text with a letter outside ASCII: written in another language than English. */
function isForeign(text: string | undefined): boolean {
    return text !== undefined && /[^\x00-\x7F]/.test(text) && /\p{L}/u.test(text);
}

/**
 * Whether the method passes in foreign text of its own (a literal outside any assertion): then
 * the foreign text it asserts is its own input worked on, not what the org's languages give.
 */
function passesOwnText(method: ApexMethod): boolean {
    const asserted = new Set<unknown>();
    for (const node of descendants(method.body)) {
        if (kindOf(node) === 'MethodCallExpr' && ASSERTIONS[callName(node)] !== undefined) {
            for (const inner of descendants(node.inputParameters)) {
                asserted.add(inner);
            }
        }
    }
    return [...descendants(method.body)].some(
        (node) => !asserted.has(node) && isForeign(stringLiteral(node)),
    );
}

function checkCompared(
    argument: ApexNode,
    ownText: boolean,
    report: (node: unknown, message: string) => void,
): void {
    for (const node of descendants(argument)) {
        const text = stringLiteral(node);
        if (!ownText && text !== undefined && isForeign(text)) {
            report(
                node,
                `Org language: asserts '${text.length > 40 ? `${text.slice(0, 40)}…` : text}', text another language shows only where the Translation Workbench has that language active; assert it inside if (…TestLanguage…) and the English fallback in the else`,
            );
        }
        if (kindOf(node) !== 'MethodCallExpr') {
            continue;
        }
        const name = callName(node);
        const labels = name === 'label.get' || name === 'system.label.get';
        if (labels && children(node, 'inputParameters').length === 3) {
            report(
                node,
                'Org language: asserts System.Label.get(…, language), which gives that language only where the Translation Workbench has it active; assert it inside if (…TestLanguage…) and the English fallback in the else',
            );
        }
        if (name === 'label.translationexists' || name === 'system.label.translationexists') {
            report(
                node,
                "Org language: asserts System.Label.translationExists, the org's Translation Workbench, which a test cannot arrange; probe the language with …TestLanguage and assert each branch",
            );
        }
    }
}

// ---- day -------------------------------------------------------------------------------------

/** Calls that read the running user's day or time zone. */
const USERS_CLOCK = new Set(['date.today', 'system.today', 'userinfo.gettimezone']);

/**
 * `Date.today()`, `System.today()`, `UserInfo.getTimeZone()`, or the local date of now
 * (`Datetime.now().date()`, `System.now().date()`): what the running user's time zone decides.
 */
function isToday(node: ApexNode): boolean {
    if (kindOf(node) !== 'MethodCallExpr') {
        return false;
    }
    const dotted = child(node, 'dottedExpr');
    if (dotted === undefined) {
        return USERS_CLOCK.has(callName(node));
    }
    return (
        callName(node) === 'date' &&
        kindOf(dotted) === 'MethodCallExpr' &&
        child(dotted, 'dottedExpr') === undefined &&
        ['datetime.now', 'system.now'].includes(callName(dotted))
    );
}

/** Methods of the class that take the day (directly or through another helper of the class). */
function helpersTakingTheDay(owner: ApexClass): Set<string> {
    const taking = new Set<string>();
    let grew = true;
    while (grew) {
        grew = false;
        for (const method of owner.methods) {
            const name = method.name.toLowerCase();
            if (taking.has(name)) {
                continue;
            }
            const nodes = [...descendants(method.body)];
            if (nodes.some((node) => isToday(node) || callsOwnMethod(node, taking))) {
                taking.add(name);
                grew = true;
            }
        }
    }
    return taking;
}

function callsOwnMethod(node: ApexNode, names: Set<string>): boolean {
    const parts = identifiers(node);
    return (
        kindOf(node) === 'MethodCallExpr' &&
        parts.length === 1 &&
        child(node, 'dottedExpr') === undefined &&
        names.has((parts[0]?.value ?? '').toLowerCase())
    );
}

function checkDay(method: ApexMethod, report: (node: unknown, message: string) => void): void {
    const isTest = method.annotations.includes('istest');
    const nodes = [...descendants(method.body)];
    if (!isTest || !nodes.some((node) => kindOf(node) === 'RunAsBlock')) {
        return;
    }
    const helpers = helpersTakingTheDay(method.owner);
    const visit = (node: unknown): void => {
        if (Array.isArray(node)) {
            node.forEach(visit);
            return;
        }
        if (typeof node !== 'object' || node === null) {
            return;
        }
        const ast = node as ApexNode;
        if (kindOf(ast) === 'RunAsBlock') {
            return; // inside: the persona's own day
        }
        if (isToday(ast)) {
            report(ast, DAY_MESSAGE(`${written(ast)}()`));
        } else if (callsOwnMethod(ast, helpers)) {
            report(ast, DAY_MESSAGE(`${identifiers(ast)[0]?.value}(), which takes today's date,`));
        }
        for (const [key, value] of Object.entries(ast)) {
            if (key !== 'loc' && key !== '@class') {
                visit(value);
            }
        }
    };
    visit(method.body);
}

/** A call as written: `Date.today`, `Datetime.now().date`. */
function written(call: ApexNode): string {
    const dotted = child(call, 'dottedExpr');
    const own = identifiers(call)
        .map((name) => name.value)
        .join('.');
    return dotted === undefined ? own : `${written(dotted)}().${own}`;
}

const DAY_MESSAGE = (what: string): string =>
    `Day: ${what} outside System.runAs in a test that runs code as another user: the two users' days differ when their time zones straddle midnight; take the day inside runAs or use a fixed date`;

// ---- data ------------------------------------------------------------------------------------

function checkData(
    project: ApexProject,
    owner: ApexClass,
    report: (node: unknown, message: string) => void,
): void {
    const arranged = createdObjects(project, owner, new Set());
    for (const node of descendants(owner.decl.members)) {
        if (kindOf(node) !== 'SoqlExpr') {
            continue;
        }
        const from = children(child(child(node, 'query'), 'from'), 'exprs')[0];
        const object = identifiers(child(from, 'table'), 'field')[0]?.value ?? '';
        const lower = object.toLowerCase();
        if (!project.isPackageData(lower) || arranged.has(lower)) {
            continue;
        }
        report(
            node,
            `Org data: queries ${object}, which this test class never creates (no new ${object}(...) here or in a test helper it calls); the build org has no ${object} records`,
        );
    }
}

/** Objects the class creates, with those of the @IsTest helper classes it calls. */
function createdObjects(project: ApexProject, owner: ApexClass, seen: Set<ApexClass>): Set<string> {
    const created = new Set<string>();
    seen.add(owner);
    for (const node of descendants(owner.decl.members)) {
        const kind = kindOf(node);
        if (kind === 'NewStandard' || kind === 'NewKeyValue') {
            created.add((typeName(child(node, 'type'))?.name ?? '').toLowerCase());
        } else if (kind === 'MethodCallExpr') {
            const name = callName(node);
            if (name === 'database.convertlead') {
                CONVERSION_CREATES.forEach((object) => created.add(object));
            }
            const callee = project.findClass(identifiers(node)[0]?.value ?? '', owner);
            if (callee !== undefined && !seen.has(callee) && isTestClass(callee)) {
                createdObjects(project, callee, seen).forEach((object) => created.add(object));
            }
        }
    }
    return created;
}
