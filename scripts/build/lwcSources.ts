import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface LwcBundle {
    /** Folder of the bundle, e.g. force-app/board/lwc/qualificationBoard */
    dir: string;
    /** Bundle name, which is also the module name `c/<name>`. */
    name: string;
    /** Every file of the bundle that the platform receives (tests and TypeScript excluded). */
    files: string[];
    /** The TypeScript sources of the bundle (declaration files excluded). */
    typeScript: string[];
}

const SKIPPED_DIRS = new Set(['__tests__', 'node_modules']);

function walk(dir: string, visit: (path: string) => void): void {
    for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
            if (!SKIPPED_DIRS.has(entry)) walk(path, visit);
        } else {
            visit(path);
        }
    }
}

/** Every LWC bundle under the given package directory (any `lwc/` folder at any depth). */
export function findLwcBundles(packageDir: string): LwcBundle[] {
    const bundles: LwcBundle[] = [];
    if (!existsSync(packageDir)) return bundles;
    const visitDir = (dir: string): void => {
        for (const entry of readdirSync(dir)) {
            const path = join(dir, entry);
            if (!statSync(path).isDirectory() || SKIPPED_DIRS.has(entry)) continue;
            if (entry === 'lwc') {
                for (const name of readdirSync(path)) {
                    const bundleDir = join(path, name);
                    if (!statSync(bundleDir).isDirectory()) continue;
                    const files: string[] = [];
                    const typeScript: string[] = [];
                    walk(bundleDir, (file) => {
                        if (!file.endsWith('.ts')) files.push(file);
                        else if (!file.endsWith('.d.ts')) typeScript.push(file);
                    });
                    bundles.push({
                        dir: bundleDir,
                        name,
                        files: files.sort(),
                        typeScript: typeScript.sort(),
                    });
                }
            } else {
                visitDir(path);
            }
        }
    };
    visitDir(packageDir);
    return bundles.sort((a, b) => a.dir.localeCompare(b.dir));
}

export function display(path: string): string {
    return relative(process.cwd(), path);
}
