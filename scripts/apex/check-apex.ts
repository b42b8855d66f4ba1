/**
 * `npm run apex:check`: every Apex class and trigger under force-app has its `-meta.xml` (the
 * Salesforce CLI silently drops a class without one), every file parses with the real Apex parser
 * (prettier-plugin-apex) and is formatted exactly as prettier with the repository's settings
 * would write it. Prints `file:line: problem` and exits 1 on any problem.
 *
 * Usage: tsx scripts/apex/check-apex.ts [--json] [path ...]   (default: every package directory)
 * `--json` prints the problems as a JSON array on stdout instead of text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import * as prettier from 'prettier';
import { APEX_META_SUFFIXES, findApexSources, findFiles } from './apexFiles';
import { locateParseErrors } from './apexParseErrors';
import { packageDirectories } from '../lib/packageDirectories';

export type ApexProblemKind = 'missing-meta' | 'orphan-meta' | 'parse-error' | 'not-formatted';

export interface ApexProblem {
    kind: ApexProblemKind;
    file: string;
    line: number | null;
    message: string;
}

/** Checks every Apex source under the roots; returns the problems, empty when all is well. */
export async function checkApex(roots: readonly string[]): Promise<ApexProblem[]> {
    const problems: ApexProblem[] = [];
    const sources = findApexSources(roots);
    for (const file of sources) {
        if (!existsSync(`${file}-meta.xml`)) {
            problems.push({
                kind: 'missing-meta',
                file,
                line: null,
                message: `missing ${basename(file)}-meta.xml beside it; the Salesforce CLI would silently skip this file`,
            });
        }
        problems.push(...(await checkSource(file)));
    }
    problems.push(...findOrphanMeta(roots));
    return problems;
}

async function checkSource(file: string): Promise<ApexProblem[]> {
    const source = readFileSync(file, 'utf8');
    const config = (await prettier.resolveConfig(file)) ?? {};
    try {
        const formatted = await prettier.check(source, {
            ...config,
            filepath: file,
            parser: 'apex',
            plugins: ['prettier-plugin-apex'],
        });
        return formatted
            ? []
            : [
                  {
                      kind: 'not-formatted',
                      file,
                      line: firstDifferingLine(source, await formatWith(source, file, config)),
                      message: 'not formatted; run npx prettier --write on it',
                  },
              ];
    } catch (cause) {
        const located = locateParseErrors(source);
        if (located === null || located.length === 0) {
            return [
                {
                    kind: 'parse-error',
                    file,
                    line: null,
                    message: `does not parse: ${(cause as Error).message}`,
                },
            ];
        }
        return located.map((error) => ({
            kind: 'parse-error' as const,
            file,
            line: error.line,
            message: `does not parse: ${error.message}${error.column === null ? '' : ` (column ${error.column})`}`,
        }));
    }
}

async function formatWith(source: string, file: string, config: prettier.Options): Promise<string> {
    return prettier.format(source, {
        ...config,
        filepath: file,
        parser: 'apex',
        plugins: ['prettier-plugin-apex'],
    });
}

function firstDifferingLine(actual: string, expected: string): number {
    const actualLines = actual.split('\n');
    const expectedLines = expected.split('\n');
    const index = actualLines.findIndex((line, position) => line !== expectedLines[position]);
    return (index < 0 ? Math.min(actualLines.length, expectedLines.length) : index) + 1;
}

/** A `.cls-meta.xml` or `.trigger-meta.xml` whose source file is missing. */
function findOrphanMeta(roots: readonly string[]): ApexProblem[] {
    const problems: ApexProblem[] = [];
    for (const meta of findFiles(roots, APEX_META_SUFFIXES)) {
        const source = meta.slice(0, -'-meta.xml'.length);
        if (!existsSync(source)) {
            problems.push({
                kind: 'orphan-meta',
                file: meta,
                line: null,
                message: 'metadata file without its Apex source',
            });
        }
    }
    return problems;
}

/** `file:line: message`, relative to the working directory. */
export function formatProblem(problem: ApexProblem, cwd: string = process.cwd()): string {
    const where = relative(cwd, resolve(problem.file));
    return `${where}${problem.line === null ? '' : `:${problem.line}`}: ${problem.message}`;
}

async function main(): Promise<number> {
    const args = process.argv.slice(2);
    const json = args.includes('--json');
    const roots = args.filter((arg) => arg !== '--json');
    // Every package directory: the core and the extension (frameworks-app) ship Apex.
    const targets = roots.length > 0 ? roots : packageDirectories(process.cwd()).map((d) => d.path);
    const sources = findApexSources(targets);
    const problems = await checkApex(targets);
    if (json) {
        console.log(JSON.stringify(problems));
        return problems.length > 0 ? 1 : 0;
    }
    for (const problem of problems) {
        console.error(formatProblem(problem));
    }
    if (problems.length > 0) {
        console.error(
            `apex:check: ${problems.length} problem(s) in ${sources.length} Apex file(s)`,
        );
        return 1;
    }
    console.log(
        `apex:check: ${sources.length} Apex file(s) have their meta file, parse and are formatted`,
    );
    return 0;
}

if (require.main === module) {
    main().then(
        (code) => {
            process.exitCode = code;
        },
        (cause: unknown) => {
            console.error(`apex:check could not run: ${(cause as Error).message}`);
            process.exitCode = 2;
        },
    );
}
