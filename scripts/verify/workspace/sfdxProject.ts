import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One package directory of the project and the directories of the packages it depends on. */
export interface PackageDirectory {
    /** The directory, e.g. `force-app`, without a trailing slash. */
    readonly path: string;
    /** The package name, e.g. `Beyond BANT`. */
    readonly name: string;
    /** Package names from `dependencies` (packages outside this project included). */
    readonly dependencyNames: readonly string[];
    /** Directories of this project whose package is a dependency, direct or indirect. */
    readonly dependencyPaths: readonly string[];
}

export interface SfdxProject {
    readonly sourceApiVersion: string;
    /** Package directories that belong to a package (have a `package` name), e.g. `force-app`. */
    readonly packagedDirectories: readonly string[];
    /** The same directories with their packages and dependencies, in sfdx-project.json order. */
    readonly packages: readonly PackageDirectory[];
}

interface RawProject {
    sourceApiVersion?: unknown;
    packageDirectories?: Array<{ path?: unknown; package?: unknown; dependencies?: unknown }>;
}

export function readSfdxProject(root: string): SfdxProject {
    const file = join(root, 'sfdx-project.json');
    if (!existsSync(file))
        throw new Error(`No sfdx-project.json in ${root}: pass --root <project directory>.`);
    let raw: RawProject;
    try {
        raw = JSON.parse(readFileSync(file, 'utf8')) as RawProject;
    } catch (cause) {
        throw new Error(`sfdx-project.json is not valid JSON: ${(cause as Error).message}`);
    }
    if (typeof raw.sourceApiVersion !== 'string')
        throw new Error('sfdx-project.json has no sourceApiVersion string.');
    const declared = (raw.packageDirectories ?? [])
        .filter((entry) => typeof entry.package === 'string' && typeof entry.path === 'string')
        .map((entry) => ({
            path: String(entry.path).replace(/\/+$/, ''),
            name: String(entry.package),
            dependencyNames: dependencyNamesOf(entry.dependencies),
        }));
    if (declared.length === 0)
        throw new Error('sfdx-project.json names no packaged directory (an entry with "package").');
    const packages = declared.map((entry) => ({
        ...entry,
        dependencyPaths: dependencyPaths(entry.name, declared),
    }));
    return {
        sourceApiVersion: raw.sourceApiVersion,
        packagedDirectories: packages.map((entry) => entry.path),
        packages,
    };
}

/** `{ "package": "Beyond BANT", "versionNumber": "…" }` entries; an alias like `Name@1.0.0-1` names the package before the `@`. */
function dependencyNamesOf(dependencies: unknown): string[] {
    if (!Array.isArray(dependencies)) return [];
    return dependencies
        .map((entry) => (entry as { package?: unknown }).package)
        .filter((name): name is string => typeof name === 'string')
        .map((name) => name.replace(/@[^@]*$/, ''));
}

/** Transitive: a package may use what its dependencies' dependencies define. */
function dependencyPaths(
    name: string,
    declared: ReadonlyArray<{ path: string; name: string; dependencyNames: readonly string[] }>,
): string[] {
    const byName = new Map(declared.map((entry) => [entry.name, entry]));
    const seen = new Set<string>();
    const visit = (current: string): void => {
        for (const dependency of byName.get(current)?.dependencyNames ?? []) {
            const target = byName.get(dependency);
            if (!target || target.name === name || seen.has(target.path)) continue;
            seen.add(target.path);
            visit(target.name);
        }
    };
    visit(name);
    return declared.map((entry) => entry.path).filter((path) => seen.has(path));
}
