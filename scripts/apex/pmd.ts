/**
 * `npm run apex:pmd`: PMD 7's Apex rules (the engine inside Salesforce Code Analyzer) over
 * force-app with the ruleset `scripts/apex/pmd-ruleset.xml`. Fails on any violation of priority
 * 1 or 2, on any file PMD cannot process, and on a suppression that does not say why; prints
 * lower priorities as advice. One JVM per run.
 *
 * PMD comes from the jars of @salesforce/code-analyzer-pmd-engine. They hold pmd-core and
 * pmd-apex but not pmd-cli, so `PmdCli check` does not exist there; `PmdJsonRunner.java` drives
 * PMD's Java API instead (Java 17 runs a single source file directly).
 *
 * Usage: tsx scripts/apex/pmd.ts [path ...]   (default: every package directory)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { findApexSources } from './apexFiles';
import { packageDirectories } from '../lib/packageDirectories';

export interface PmdViolation {
    file: string;
    line: number;
    rule: string;
    priority: number;
    message: string;
}

export interface PmdProcessingError {
    file: string | null;
    message: string;
}

export interface PmdReport {
    violations: PmdViolation[];
    errors: PmdProcessingError[];
}

/** A suppression that breaks the house rule: NOPMD, or @SuppressWarnings without a comment. */
export interface SuppressionProblem {
    file: string;
    line: number;
    message: string;
}

/** Priorities 1 (high) and 2 (medium high) fail the gate. */
export const FAILING_PRIORITY = 2;

export const DEFAULT_RULESET = join(__dirname, 'pmd-ruleset.xml');
const RUNNER = join(__dirname, 'PmdJsonRunner.java');

/** The folder with the PMD jars shipped by @salesforce/code-analyzer-pmd-engine. */
export function pmdJavaLibDirectory(): string {
    const packageJson = createRequire(__filename).resolve(
        '@salesforce/code-analyzer-pmd-engine/package.json',
    );
    return join(dirname(packageJson), 'dist', 'java-lib');
}

/** Runs PMD once over the paths (files or folders) and returns its findings. */
export function runPmd(paths: readonly string[], ruleset: string = DEFAULT_RULESET): PmdReport {
    const classpath = `${pmdJavaLibDirectory()}/*`;
    const run = spawnSync(
        'java',
        ['-cp', classpath, RUNNER, ruleset, ...paths.map((path) => resolve(path))],
        {
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
        },
    );
    if (run.error) {
        throw new Error(`cannot start java (Java 17 is required): ${run.error.message}`);
    }
    if (run.status !== 0) {
        throw new Error(`PMD failed (exit ${run.status}): ${run.stderr.trim()}`);
    }
    return JSON.parse(run.stdout) as PmdReport;
}

/** Violations that fail the gate. */
export function failingViolations(report: PmdReport): PmdViolation[] {
    return report.violations.filter((violation) => violation.priority <= FAILING_PRIORITY);
}

/**
 * Suppressions must be visible and justified: `// NOPMD` is not allowed, and every
 * `@SuppressWarnings('PMD.Rule')` needs a comment on the same line or directly above it (the
 * annotation block may sit between) that says why.
 */
export function findSuppressionProblems(file: string, source: string): SuppressionProblem[] {
    const lines = source.split('\n');
    const problems: SuppressionProblem[] = [];
    lines.forEach((text, index) => {
        if (/NOPMD/.test(text)) {
            problems.push({
                file,
                line: index + 1,
                message:
                    "NOPMD is not allowed; use @SuppressWarnings('PMD.RuleName') with a comment saying why",
            });
        }
        const suppression = /@SuppressWarnings\s*\(\s*'([^']*)'/i.exec(text);
        if (suppression === null || !/PMD/.test(suppression[1] ?? '')) {
            return;
        }
        if (!/^\s*PMD\.\w+(\s*,\s*PMD\.\w+)*\s*$/.test(suppression[1] ?? '')) {
            problems.push({
                file,
                line: index + 1,
                message: `suppress named rules only (PMD.RuleName), not '${suppression[1]}'`,
            });
        }
        if (!hasJustification(lines, index)) {
            problems.push({
                file,
                line: index + 1,
                message: `${suppression[1]} is suppressed without a comment saying why`,
            });
        }
    });
    return problems;
}

function hasJustification(lines: readonly string[], index: number): boolean {
    if (/(\/\/|\/\*)/.test(lines[index] ?? '')) {
        return true;
    }
    for (let above = index - 1; above >= 0; above--) {
        const text = (lines[above] ?? '').trim();
        if (text.startsWith('@')) {
            continue;
        }
        return text.startsWith('//') || text.endsWith('*/') || text.startsWith('*');
    }
    return false;
}

function where(file: string | null, line?: number): string {
    if (file === null) {
        return '(configuration)';
    }
    const path = relative(process.cwd(), file);
    return line === undefined ? path : `${path}:${line}`;
}

/** `file:line Rule (priority n) message` */
export function formatViolation(violation: PmdViolation): string {
    return `${where(violation.file, violation.line)} ${violation.rule} (priority ${violation.priority}) ${violation.message}`;
}

function main(): number {
    const args = process.argv.slice(2);
    // Every package directory: the core and the extension (frameworks-app) ship Apex.
    const targets = args.length > 0 ? args : packageDirectories(process.cwd()).map((d) => d.path);
    const report = runPmd(targets);
    const failing = failingViolations(report);
    const advice = report.violations.filter((violation) => violation.priority > FAILING_PRIORITY);
    const suppressionProblems = findApexSources(targets).flatMap((file) =>
        findSuppressionProblems(file, readFileSync(file, 'utf8')),
    );
    for (const violation of advice) {
        console.log(`advice: ${formatViolation(violation)}`);
    }
    for (const violation of failing) {
        console.error(formatViolation(violation));
    }
    for (const error of report.errors) {
        console.error(`${where(error.file)} PMD could not process the file: ${error.message}`);
    }
    for (const problem of suppressionProblems) {
        console.error(`${where(problem.file, problem.line)} ${problem.message}`);
    }
    const failures = failing.length + report.errors.length + suppressionProblems.length;
    if (failures > 0) {
        console.error(
            `apex:pmd: ${failures} problem(s) (priority 1-2 violations, processing errors, unjustified suppressions)`,
        );
        return 1;
    }
    console.log(`apex:pmd: no priority 1-2 violations (${advice.length} lower-priority advice)`);
    return 0;
}

if (require.main === module) {
    try {
        process.exitCode = main();
    } catch (cause) {
        console.error(`apex:pmd could not run: ${(cause as Error).message}`);
        process.exitCode = 2;
    }
}
