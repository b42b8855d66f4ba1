import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
    moveDependents,
    releaseDependencies,
    versionFamily,
    type SfdxProject,
} from '../packaging/dependencyVersions';

const SCRIPT = resolve(__dirname, '../package-version.sh');
const PROJECT = resolve(__dirname, '../../../sfdx-project.json');

function project(): SfdxProject {
    return {
        packageDirectories: [
            { path: 'force-app', package: 'Beyond BANT' },
            {
                path: 'frameworks-app',
                package: 'Beyond BANT Frameworks',
                dependencies: [{ package: 'Beyond BANT', versionNumber: '0.1.0.LATEST' }],
            },
            { path: 'unpackaged' },
        ],
    };
}

function dependencyOf(value: SfdxProject): string | undefined {
    return value.packageDirectories[1]?.dependencies?.[0]?.versionNumber;
}

describe('dependency versions', () => {
    it('reads the major.minor.patch of a version and refuses anything else', () => {
        expect(versionFamily('0.2.0.3')).toBe('0.2.0');
        expect(versionFamily('1.10.2.LATEST')).toBe('1.10.2');
        expect(() => versionFamily('0.2.0')).toThrow('"0.2.0" is not a package version');
        expect(() => versionFamily('latest')).toThrow('not a package version');
    });

    it('moves the dependents of a new core build to that version, not the old x.y.z.LATEST', () => {
        const value = project();

        const changes = moveDependents(value, 'Beyond BANT', '0.2.0.1');

        expect(dependencyOf(value)).toBe('0.2.0.LATEST');
        expect(changes).toEqual([
            {
                dependent: 'Beyond BANT Frameworks',
                dependency: 'Beyond BANT',
                from: '0.1.0.LATEST',
                to: '0.2.0.LATEST',
            },
        ]);
        expect(moveDependents(value, 'Beyond BANT', '0.2.0.2')).toEqual([]);
        expect(moveDependents(value, 'Someone else', '9.0.0.1')).toEqual([]);
    });

    it('points a release build at promoted versions of what it does not build', () => {
        const value = project();

        expect(releaseDependencies(value, new Set(['Beyond BANT']))).toEqual([]);
        releaseDependencies(value, new Set());

        expect(dependencyOf(value)).toBe('0.1.0.RELEASED');
    });

    it('refuses a project without package directories', () => {
        expect(() => moveDependents({} as SfdxProject, 'Beyond BANT', '0.2.0.1')).toThrow(
            'no packageDirectories',
        );
    });
});

describe('package-version.sh moves the frameworks dependency with the core build', () => {
    let dir: string;
    let calls: string;
    let projectFile: string;

    /** A stand-in `sf` that records each call with the dependency the project names at that moment. */
    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'bb-dependency-'));
        calls = join(dir, 'calls.txt');
        projectFile = join(dir, 'sfdx-project.json');
        copyFileSync(PROJECT, projectFile);
        const sf = join(dir, 'sf');
        writeFileSync(
            sf,
            `#!/usr/bin/env bash
dependency="$(node -e 'const p = require(process.argv[1]); console.log(p.packageDirectories[1].dependencies[0].versionNumber)' "${projectFile}")"
printf '%s | dependency %s\\n' "$*" "$dependency" >>"${calls}"
if [[ "$1 $2 $3" == "package version create" ]]; then
    printf '{"status":0,"result":{"SubscriberPackageVersionId":"04t000000000001AAA"}}'
fi
if [[ "$1 $2 $3" == "package version report" ]]; then
    printf '{"status":0,"result":{"Version":"0.2.0.1"}}'
fi
`,
        );
        const npm = join(dir, 'npm');
        writeFileSync(npm, '#!/usr/bin/env bash\nexit 0\n');
        chmodSync(sf, 0o755);
        chmodSync(npm, 0o755);
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    function run(args: string[]) {
        const result = spawnSync('bash', [SCRIPT, '--dev-hub', 'hub', ...args], {
            encoding: 'utf8',
            env: {
                ...process.env,
                PATH: `${dir}:${process.env.PATH ?? ''}`,
                SF_BIN: join(dir, 'sf'),
                BB_PROJECT_FILE: projectFile,
                BB_INSTALLATION_KEY: '',
            },
        });
        const creates = readFileSync(calls, 'utf8')
            .split('\n')
            .filter((line) => line.startsWith('package version create'));
        const stored = JSON.parse(readFileSync(projectFile, 'utf8')) as SfdxProject;
        return { ...result, creates, dependency: dependencyOf(stored) };
    }

    it('builds the frameworks package against the core version built just before it', () => {
        const { status, stderr, creates, dependency } = run([]);

        expect(status).toBe(0);
        expect(creates).toHaveLength(2);
        expect(creates[0]).toContain('--package Beyond BANT --code-coverage');
        expect(creates[1]).toContain('--package Beyond BANT Frameworks');
        expect(creates[1]).toContain('| dependency 0.2.0.LATEST');
        expect(dependency).toBe('0.2.0.LATEST');
        expect(stderr).toContain('commit sfdx-project.json');
    });

    it('a release build of the frameworks alone depends on the promoted core', () => {
        const { status, creates, dependency } = run([
            '--package',
            'Beyond BANT Frameworks',
            '--release',
        ]);

        expect(status).toBe(0);
        expect(creates).toHaveLength(1);
        expect(creates[0]).toContain('| dependency 0.1.0.RELEASED');
        expect(dependency).toBe('0.1.0.RELEASED');
    });
});
