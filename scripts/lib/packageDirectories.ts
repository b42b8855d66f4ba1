import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A directory of sfdx-project.json that belongs to a package, with the packages it depends on. */
export interface PackageDirectory {
    readonly path: string;
    readonly packageName: string;
    /** Names from its `dependencies` (an alias `Name@1.2.0-1` counts as `Name`). */
    readonly dependencies: readonly string[];
}

interface RawEntry {
    path?: unknown;
    package?: unknown;
    dependencies?: Array<{ package?: unknown }>;
}

/**
 * The packaged directories of the project at `root`, dependencies before their dependents (the order
 * sfdx-project.json must declare them in; `npm run verify` checks it). Without an sfdx-project.json
 * (a test fixture) the project is the one directory `force-app`.
 */
export function packageDirectories(root: string): PackageDirectory[] {
    const file = join(root, 'sfdx-project.json');
    if (!existsSync(file)) return [{ path: 'force-app', packageName: '', dependencies: [] }];
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { packageDirectories?: RawEntry[] };
    return (raw.packageDirectories ?? [])
        .filter((entry) => typeof entry.path === 'string' && typeof entry.package === 'string')
        .map((entry) => ({
            path: String(entry.path).replace(/\/+$/, ''),
            packageName: String(entry.package),
            dependencies: (entry.dependencies ?? [])
                .map((dependency) => dependency.package)
                .filter((name): name is string => typeof name === 'string')
                .map((name) => name.replace(/@[^@]*$/, '')),
        }));
}

/** The directories as absolute paths, for tools that read every package's metadata. */
export function packageDirectoryPaths(root: string): string[] {
    return packageDirectories(root)
        .map((directory) => join(root, directory.path))
        .filter((path) => existsSync(path));
}
