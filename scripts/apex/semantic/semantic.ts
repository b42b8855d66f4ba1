/**
 * `npm run apex:semantic`: compiles the Apex offline with jorje, Salesforce's Apex compiler
 * front-end (the jar prettier-plugin-apex ships), up to its last validation stage, and fails on
 * every compile error: reserved identifiers, unknown types, methods and variables, illegal
 * assignments, unknown fields on SObjects (field access and tokens like Lead.Company), and unknown
 * fields in SOQL (select list, where, order by, group by, relationship paths).
 *
 * `ApexSemanticCheck.java` drives jorje. It answers the compiler's look-ups from the jar's
 * standard-library stubs (with the corrections in `stubs/`), from the SObjects and fields of the
 * package's metadata (read at run time, so a new field file resolves at once), from
 * `standard-objects.txt` for standard objects, and from the package's custom labels.
 *
 * Beside the compile, the static rules of `staticRules.ts` run over the same units: a field read
 * of query rows the query did not select, and tests that assume the org's language, day or data.
 *
 * Each package directory of sfdx-project.json that holds Apex is compiled as the org would see it:
 * with its own metadata and that of the packages it depends on. One JVM for the whole run.
 *
 * Usage: tsx scripts/apex/semantic/semantic.ts [--metadata <dir>]... [path ...]
 *   no paths: every package directory with Apex; paths: those files or folders as one unit,
 *   with the SObjects of the --metadata folders (default force-app).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findApexSources } from '../apexFiles';
import { serializerDirectory } from './apexSyntax';
import { runStaticRules } from './staticRules';

export interface SemanticProblem {
    file: string;
    line: number;
    column: number;
    message: string;
}

/** Sources compiled together, and the metadata folders that define the SObjects they may use. */
export interface CompileUnit {
    sources: string[];
    metadata: string[];
}

export interface UnitResult {
    problems: SemanticProblem[];
    /** SObjects and custom labels the compiler knew, to show what the check was run against. */
    objects: number;
    labels: number;
}

const HARNESS = join(__dirname, 'ApexSemanticCheck.java');
const STANDARD_OBJECTS = join(__dirname, 'standard-objects.txt');
const STUB_CORRECTIONS = join(__dirname, 'stubs');

/** The jorje jar inside the pinned prettier-plugin-apex. */
export function jorjeJar(): string {
    return join(serializerDirectory(), 'lib', 'apex-jorje-lsp.jar');
}

/** Compiles each unit on its own, all in one JVM; returns one result per unit, in order. */
export function runSemanticCheck(units: readonly CompileUnit[]): UnitResult[] {
    // A short batch run: the quick JIT tier and the serial collector halve the CPU time.
    const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
    const args = [...jvm, '-cp', jorjeJar(), HARNESS, '--standard', STANDARD_OBJECTS];
    args.push('--stubs', STUB_CORRECTIONS);
    for (const unit of units) {
        args.push('--unit', ...unit.sources.map((source) => resolve(source)));
        args.push('--metadata', ...unit.metadata.map((folder) => resolve(folder)));
    }
    const run = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) {
        throw new Error(`cannot start java (Java 17 is required): ${run.error.message}`);
    }
    if (run.status !== 0) {
        throw new Error(
            `the Apex compiler harness failed (exit ${run.status}): ${run.stderr.trim()}`,
        );
    }
    const report = JSON.parse(run.stdout) as { units: UnitResult[] };
    return report.units;
}

interface PackageDirectory {
    path: string;
    package?: string;
    dependencies?: Array<{ package: string }>;
}

/**
 * One unit per package directory that holds Apex: its sources with those of the packages it
 * depends on (their classes exist in the org), and its own metadata with theirs (a dependency's
 * fields exist in the org; a dependent's do not).
 */
export function packageUnits(projectFile: string): CompileUnit[] {
    const root = dirname(projectFile);
    const project = JSON.parse(readFileSync(projectFile, 'utf8')) as {
        packageDirectories: PackageDirectory[];
    };
    const pathOfPackage = new Map(
        project.packageDirectories
            .filter((directory) => directory.package !== undefined)
            .map((directory) => [directory.package as string, directory.path]),
    );
    const units: CompileUnit[] = [];
    for (const directory of project.packageDirectories) {
        const sources = findApexSources([join(root, directory.path)]);
        if (sources.length === 0) {
            continue;
        }
        const dependencies = (directory.dependencies ?? [])
            .map((dependency) => pathOfPackage.get(dependency.package))
            .filter((path): path is string => path !== undefined);
        units.push({
            sources: [...sources, ...findApexSources(dependencies.map((path) => join(root, path)))],
            metadata: [directory.path, ...dependencies].map((path) => join(root, path)),
        });
    }
    return units;
}

/** `file:line:column message`, the file relative to the working directory. */
export function formatProblem(problem: SemanticProblem): string {
    return `${relative(process.cwd(), problem.file)}:${problem.line}:${problem.column} ${problem.message}`;
}

function parseArguments(args: readonly string[]): CompileUnit[] {
    const metadata: string[] = [];
    const paths: string[] = [];
    for (let index = 0; index < args.length; index++) {
        const arg = args[index] as string;
        if (arg === '--metadata') {
            metadata.push(args[++index] ?? '');
        } else {
            paths.push(arg);
        }
    }
    if (paths.length === 0) {
        return packageUnits(join(process.cwd(), 'sfdx-project.json'));
    }
    return [
        {
            sources: findApexSources(paths),
            metadata: metadata.length > 0 ? metadata : ['force-app'],
        },
    ];
}

function main(): number {
    const units = parseArguments(process.argv.slice(2));
    const results = runSemanticCheck(units);
    // The static rules beside the compile (staticRules.ts): unselected field reads, org assumptions.
    const ruleProblems = units.flatMap((unit) => runStaticRules(unit));
    // A dependency's classes are compiled again with each dependent: report each problem once.
    const problems = [
        ...new Map(
            [...results.flatMap((result) => result.problems), ...ruleProblems].map((problem) => [
                formatProblem(problem),
                problem,
            ]),
        ).values(),
    ];
    for (const problem of problems) {
        console.error(formatProblem(problem));
    }
    const sources = new Set(units.flatMap((unit) => unit.sources)).size;
    if (problems.length > 0) {
        console.error(`apex:semantic: ${problems.length} problem(s) in ${sources} file(s)`);
        console.error(
            'A standard object or field the check does not know yet is listed in scripts/apex/semantic/standard-objects.txt; custom fields come from the field files.',
        );
        return 1;
    }
    const known = results.map((result) => `${result.objects} SObjects, ${result.labels} labels`);
    console.log(
        `apex:semantic: ${sources} Apex file(s) compile with jorje at API 66.0 (${known.join('; ')}); no unselected field read, no test that assumes the org's language, day or data`,
    );
    return 0;
}

if (require.main === module) {
    try {
        process.exitCode = main();
    } catch (cause) {
        console.error(`apex:semantic could not run: ${(cause as Error).message}`);
        process.exitCode = 2;
    }
}
