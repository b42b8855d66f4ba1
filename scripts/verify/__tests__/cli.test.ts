import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copyCleanProject, FIXTURES, removeCopies } from './support/fixtureProject';

afterAll(removeCopies);

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');
const TSX = join(REPOSITORY_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(REPOSITORY_ROOT, 'scripts', 'verify', 'cli.ts');

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(TSX, [CLI, ...args], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/verify/cli.ts', () => {
    it('exits 0 and says so on a clean project', () => {
        const result = runCli('--root', join(FIXTURES, 'clean'));
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(/^verify passed: 0 error\(s\)/);
        expect(result.status).toBe(0);
    });

    it('exits 1 and prints path:line rule message lines on errors', () => {
        const result = runCli('--root', copyCleanProject('xml'));
        expect(result.stdout).toContain(
            "force-app/i18n/labels/CustomLabels.labels-meta.xml:8 xml XML is not well formed: Expected closing tag 'value'",
        );
        expect(result.stdout).toMatch(/verify FAILED: \d+ error\(s\)/);
        expect(result.status).toBe(1);
    });

    it('prints findings and a summary as JSON with --json', () => {
        const result = runCli('--json', '--root', copyCleanProject('twins'));
        const report = JSON.parse(result.stdout) as {
            findings: Array<{ rule: string; file: string }>;
            summary: { errors: number; passed: boolean };
        };
        expect(report.summary.passed).toBe(false);
        expect(report.summary.errors).toBe(report.findings.length);
        expect(report.findings).toContainEqual(
            expect.objectContaining({
                rule: 'twins',
                file: 'force-app/model/objects/Lead/fields/BB_Lead_Only__c.field-meta.xml',
            }),
        );
        expect(result.status).toBe(1);
    });

    it('exits 2 with a message naming the problem when it cannot run', () => {
        const result = runCli('--root', join(FIXTURES, 'does-not-exist'));
        expect(result.stderr).toMatch(/^verify could not run: No sfdx-project\.json in /);
        expect(result.status).toBe(2);
    });

    it('rejects an unknown argument with the usage', () => {
        const result = runCli('--jsno');
        expect(result.stderr).toContain('unknown argument --jsno');
        expect(result.status).toBe(2);
    });
});
