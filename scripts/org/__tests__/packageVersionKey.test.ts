import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../package-version.sh');
const KEY = 'Key-that-must-not-be-printed-42';

let dir: string;
let calls: string;

/**
 * A stand-in `sf` (via SF_BIN) that records its arguments and answers `package version create` as
 * the CLI does; a stand-in `npm` skips the LWC build. Nothing reaches a Dev Hub.
 */
beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bb-package-version-'));
    calls = join(dir, 'calls.txt');
    const sf = join(dir, 'sf');
    writeFileSync(
        sf,
        `#!/usr/bin/env bash
printf '%s\\n' "$*" >>"${calls}"
if [[ "$1 $2 $3" == "package version create" ]]; then
    printf '{"status":0,"result":{"SubscriberPackageVersionId":"04t000000000001AAA"}}'
fi
if [[ "$1 $2 $3" == "package version report" ]]; then
    printf '{"status":0,"result":{"Version":"0.1.0.1"}}'
fi
`,
    );
    const npm = join(dir, 'npm');
    writeFileSync(npm, '#!/usr/bin/env bash\nexit 0\n');
    chmodSync(sf, 0o755);
    chmodSync(npm, 0o755);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function projectCopy(): string {
    const copy = join(dir, 'sfdx-project.json');
    copyFileSync(resolve(__dirname, '../../../sfdx-project.json'), copy);
    return copy;
}

function run(args: string[], env: Record<string, string> = {}) {
    const result = spawnSync(
        'bash',
        [SCRIPT, '--dev-hub', 'hub', '--package', 'Beyond BANT', ...args],
        {
            encoding: 'utf8',
            env: {
                ...process.env,
                PATH: `${dir}:${process.env.PATH ?? ''}`,
                SF_BIN: join(dir, 'sf'),
                // The build moves dependency versions: in a copy, never the repository's file.
                BB_PROJECT_FILE: projectCopy(),
                ...env,
            },
        },
    );
    const created = readFileSync(calls, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('package version create'));
    return { ...result, created };
}

describe('package-version.sh and the installation key', () => {
    it('protects the version with the key from --installation-key-file and never prints it', () => {
        const keyFile = join(dir, 'key.txt');
        writeFileSync(keyFile, `${KEY}\n`);

        const { status, stdout, stderr, created } = run(['--installation-key-file', keyFile]);

        expect(status).toBe(0);
        expect(created).toHaveLength(1);
        expect(created[0]).toContain(`--installation-key ${KEY}`);
        expect(created[0]).not.toContain('--installation-key-bypass');
        expect(stdout + stderr).not.toContain(KEY);
        expect(stdout).toContain('--installation-key <key>');
    });

    it('takes the key from BB_INSTALLATION_KEY as well', () => {
        const { status, created } = run([], { BB_INSTALLATION_KEY: KEY });

        expect(status).toBe(0);
        expect(created[0]).toContain(`--installation-key ${KEY}`);
    });

    it('builds without a key only when none is given', () => {
        const { status, stdout, created } = run([], { BB_INSTALLATION_KEY: '' });

        expect(status).toBe(0);
        expect(created[0]).toContain('--installation-key-bypass');
        expect(stdout).not.toContain('--installation-key');
    });

    it('refuses an empty key file instead of building an unprotected version', () => {
        const keyFile = join(dir, 'empty.txt');
        writeFileSync(keyFile, '');

        const result = spawnSync(
            'bash',
            [SCRIPT, '--dev-hub', 'hub', '--installation-key-file', keyFile],
            {
                encoding: 'utf8',
                env: {
                    ...process.env,
                    PATH: `${dir}:${process.env.PATH ?? ''}`,
                    SF_BIN: join(dir, 'sf'),
                },
            },
        );

        expect(result.status).toBe(1);
        expect(result.stderr).toContain('is empty');
    });
});
