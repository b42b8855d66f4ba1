import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
    historySettingsDeploy,
    trackedFieldsDeploy,
    type MetadataDirectory,
} from './history/historyBundle';

const USAGE = `Usage: npm run org:enable-history -- --target-org <alias> [--dry-run]

Switches field history on after Beyond BANT is installed or deployed: Lead history and Opportunity
field history first, then history tracking of Qualification Status and Qualification Score on both
objects. Safe to run again (after each package upgrade, for example).

  --target-org <alias>   the org the Salesforce CLI is logged in to
  --dry-run              validate both deploys in the org (check-only), change nothing
`;

const REPO_ROOT = resolve(__dirname, '../..');

function main(argv: string[]): number {
    const { values } = parseArgs({
        args: argv,
        options: {
            'target-org': { type: 'string', short: 'o' },
            'dry-run': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    });
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    const targetOrg = values['target-org'];
    if (!targetOrg) {
        process.stderr.write(`Error: --target-org is required\n\n${USAGE}`);
        return 1;
    }
    const workDir = mkdtempSync(join(tmpdir(), 'bb-history-'));
    try {
        const steps: Array<[string, MetadataDirectory]> = [
            ['Switching on Lead history and Opportunity field history', historySettingsDeploy()],
            [
                'Tracking Qualification Status and Score on Lead and Opportunity',
                trackedFieldsDeploy(join(REPO_ROOT, 'force-app')),
            ],
        ];
        for (const [index, [title, files]] of steps.entries()) {
            process.stderr.write(`\n==> ${title}\n`);
            const dir = join(workDir, `step${index + 1}`);
            writeDirectory(dir, files);
            const code = deploy(dir, targetOrg, values['dry-run'] === true);
            if (code !== 0) {
                process.stderr.write(
                    `Error: the deploy "${title}" failed (exit ${code}); see docs/partners.md, section 7, for the manual steps\n`,
                );
                return 1;
            }
        }
        return 0;
    } finally {
        rmSync(workDir, { recursive: true, force: true });
    }
}

function writeDirectory(dir: string, files: MetadataDirectory): void {
    for (const [path, content] of files) {
        const file = join(dir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
    }
}

function deploy(dir: string, targetOrg: string, dryRun: boolean): number {
    const args = ['project', 'deploy', 'start', '--metadata-dir', dir, '--target-org', targetOrg];
    args.push('--wait', '20');
    if (dryRun) args.push('--dry-run');
    const sfBin = process.env.SF_BIN;
    const result = sfBin
        ? spawnSync(sfBin, args, { stdio: 'inherit' })
        : spawnSync('npx', ['--no-install', 'sf', ...args], { stdio: 'inherit', cwd: REPO_ROOT });
    return result.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
