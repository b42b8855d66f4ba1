import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';

export interface PackageFiles {
    /** Files that deploy, relative to the project root with forward slashes. */
    readonly deployable: readonly string[];
    /** Files `.forceignore` excludes (LWC TypeScript sources, tests…), same form. */
    readonly ignored: readonly string[];
}

/** Lists every file below the package directories and splits them by `.forceignore`. */
export function listPackageFiles(
    root: string,
    packageDirectories: readonly string[],
): PackageFiles {
    const forceIgnore = ForceIgnore.findAndCreate(root);
    const deployable: string[] = [];
    const ignored: string[] = [];
    for (const directory of packageDirectories) {
        for (const absolute of walk(join(root, directory))) {
            const relativePath = toPosix(relative(root, absolute));
            (forceIgnore.denies(absolute) ? ignored : deployable).push(relativePath);
        }
    }
    return { deployable: deployable.sort(), ignored: ignored.sort() };
}

function walk(directory: string): string[] {
    let entries;
    try {
        entries = readdirSync(directory, { withFileTypes: true });
    } catch {
        return [];
    }
    return entries.flatMap((entry) => {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) return walk(path);
        return entry.isFile() ? [path] : [];
    });
}

export function toPosix(path: string): string {
    return sep === '/' ? path : path.split(sep).join('/');
}
