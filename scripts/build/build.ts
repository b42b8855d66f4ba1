/**
 * `npm run build`: compiles every LWC TypeScript source to the JavaScript the platform runs,
 * next to its source. Old output is removed first, so a deleted source cannot leave a stale
 * `.js` behind that would still be deployed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { findLwcBundles } from './lwcSources';

const root = join(__dirname, '..', '..');

function removeEmittedJavaScript(): number {
    let removed = 0;
    for (const bundle of findLwcBundles(join(root, 'force-app'))) {
        for (const file of bundle.files.filter((f) => f.endsWith('.js'))) {
            rmSync(file);
            removed += 1;
        }
    }
    return removed;
}

const removed = removeEmittedJavaScript();
const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
    { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) {
    console.error(
        'build: TypeScript reported errors; no JavaScript is trustworthy until they are fixed.',
    );
    process.exit(tsc.status ?? 1);
}
const emitted = findLwcBundles(join(root, 'force-app')).flatMap((b) =>
    b.files.filter((f) => f.endsWith('.js')),
);
console.log(`build: removed ${removed} old file(s), emitted ${emitted.length} JavaScript file(s).`);
