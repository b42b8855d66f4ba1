/**
 * Runs the gate as the CLI it is (prettier 3 loads its plugins with dynamic imports, which Jest's
 * CommonJS runtime cannot execute in-process).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ApexProblem } from '../check-apex';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(__dirname, 'fixtures', 'format');

function runCheck(...paths: string[]): {
    status: number | null;
    problems: ApexProblem[];
    stderr: string;
} {
    const run = spawnSync(
        join(ROOT, 'node_modules', '.bin', 'tsx'),
        [join(__dirname, '..', 'check-apex.ts'), ...paths],
        { cwd: ROOT, encoding: 'utf8' },
    );
    const problems = paths.includes('--json') ? (JSON.parse(run.stdout) as ApexProblem[]) : [];
    return { status: run.status, problems, stderr: run.stderr };
}

function problemsOf(problems: ApexProblem[], fileName: string): ApexProblem[] {
    return problems.filter((problem) => problem.file.endsWith(`/${fileName}`));
}

describe('apex:check', () => {
    let problems: ApexProblem[];
    let status: number | null;

    beforeAll(() => {
        ({ problems, status } = runCheck('--json', FIXTURES));
    }, 60_000);

    it('exits 1 when any file has a problem', () => {
        expect(status).toBe(1);
    });

    it('accepts a formatted class and a formatted trigger that have their meta files', () => {
        expect(problemsOf(problems, 'Good.cls')).toEqual([]);
        expect(problemsOf(problems, 'GoodTrigger.trigger')).toEqual([]);
    });

    it('fails a badly formatted class and names the first line that differs', () => {
        expect(problemsOf(problems, 'BadlyFormatted.cls')).toEqual([
            expect.objectContaining({ kind: 'not-formatted', line: 3 }),
        ]);
    });

    it('fails a class that does not parse and names the file and line of the syntax error', () => {
        expect(problemsOf(problems, 'Broken.cls')).toEqual([
            expect.objectContaining({
                kind: 'parse-error',
                line: 2,
                message: expect.stringMatching(/^does not parse: Missing '\)'/),
            }),
        ]);
    });

    it('prints each problem as file:line: message', () => {
        const { stderr } = runCheck(join(FIXTURES, 'Broken.cls'));
        expect(stderr).toMatch(
            /fixtures\/format\/Broken\.cls:2: does not parse: Missing '\)' at '\{'/,
        );
    }, 60_000);

    it('fails a class without its -meta.xml', () => {
        expect(problemsOf(problems, 'MissingMeta.cls')).toEqual([
            expect.objectContaining({
                kind: 'missing-meta',
                message: expect.stringContaining('MissingMeta.cls-meta.xml'),
            }),
        ]);
    });

    it('fails a meta file whose class is missing', () => {
        expect(problemsOf(problems, 'Orphan.cls-meta.xml')).toEqual([
            expect.objectContaining({ kind: 'orphan-meta' }),
        ]);
    });

    it('reports nothing else', () => {
        expect(problems).toHaveLength(4);
    });

    it('passes on the Apex shipped in force-app', () => {
        const shipped = runCheck('--json', join(ROOT, 'force-app'));
        expect(shipped.problems).toEqual([]);
        expect(shipped.status).toBe(0);
    }, 60_000);
});
