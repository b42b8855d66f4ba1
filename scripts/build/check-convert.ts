/**
 * `npm run check:convert`: the Salesforce CLI converts the package directory to Metadata API
 * format, offline, as `sf project deploy` and `sf package version create` would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const outputDir = join(mkdtempSync(join(tmpdir(), 'bb-convert-')), 'mdapi');
const quietCli = {
    ...process.env,
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
};
const sf = join(root, 'node_modules', '.bin', 'sf');
const result = spawnSync(
    sf,
    [
        'project',
        'convert',
        'source',
        '--root-dir',
        'force-app',
        '--output-dir',
        outputDir,
        '--json',
    ],
    { cwd: root, env: quietCli, encoding: 'utf8' },
);
try {
    const parsed = JSON.parse(result.stdout || '{}') as { status?: number; message?: string };
    if (result.status !== 0 || parsed.status !== 0) {
        console.error(
            `check:convert: sf project convert source failed: ${parsed.message ?? result.stderr}`,
        );
        process.exit(1);
    }
    const types = readdirSync(outputDir).filter((entry) => entry !== 'package.xml');
    console.log(`check:convert: force-app converts to Metadata API format (${types.join(', ')}).`);
} finally {
    rmSync(join(outputDir, '..'), { recursive: true, force: true });
}
