/**
 * `npm run check:convert`: the Salesforce CLI converts each package directory on its own to Metadata
 * API format, offline, as `sf project deploy` and `sf package version create` would: the core
 * (force-app) and every extension package (frameworks-app), each without the others' files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageDirectories } from '../lib/packageDirectories';

const root = join(__dirname, '..', '..');
const quietCli = {
    ...process.env,
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
};
const sf = join(root, 'node_modules', '.bin', 'sf');

/** The metadata types the directory converts to; throws with the CLI's message when it cannot. */
function convert(directory: string): string[] {
    const outputDir = join(mkdtempSync(join(tmpdir(), 'bb-convert-')), 'mdapi');
    try {
        const result = spawnSync(
            sf,
            [
                'project',
                'convert',
                'source',
                '--root-dir',
                directory,
                '--output-dir',
                outputDir,
                '--json',
            ],
            { cwd: root, env: quietCli, encoding: 'utf8' },
        );
        const parsed = JSON.parse(result.stdout || '{}') as { status?: number; message?: string };
        if (result.status !== 0 || parsed.status !== 0)
            throw new Error(parsed.message ?? result.stderr);
        return readdirSync(outputDir).filter((entry) => entry !== 'package.xml');
    } finally {
        rmSync(join(outputDir, '..'), { recursive: true, force: true });
    }
}

let failed = false;
for (const { path, packageName } of packageDirectories(root)) {
    try {
        const types = convert(path);
        console.log(
            `check:convert: ${path} (${packageName}) converts to Metadata API format on its own (${types.join(', ')}).`,
        );
    } catch (cause) {
        failed = true;
        console.error(
            `check:convert: sf project convert source --root-dir ${path} failed: ${(cause as Error).message}`,
        );
    }
}
if (failed) process.exit(1);
