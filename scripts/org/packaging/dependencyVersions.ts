/**
 * The dependency versions in sfdx-project.json, and how a package build moves them.
 *
 * What a dependency's `versionNumber` means (Salesforce CLI, "Package Dependencies"): the fourth
 * part picks a build of exactly that major.minor.patch. `0.1.0.LATEST` is the newest *build of
 * 0.1.0*, not the newest version in the Dev Hub: once the core package is at 0.2.0, a dependency on
 * `0.1.0.LATEST` still installs against 0.1.0. `0.1.0.RELEASED` is the promoted build of 0.1.0.
 * So a build of the core package moves every package that depends on it to
 * `<its new major.minor.patch>.LATEST` (the build just made), and a release build points the
 * dependencies it does not build at `.RELEASED`, which only a promoted version satisfies.
 */

export interface ProjectDependency {
    package: string;
    versionNumber?: string;
}

export interface PackageDirectory {
    path: string;
    package?: string;
    dependencies?: ProjectDependency[];
    [key: string]: unknown;
}

export interface SfdxProject {
    packageDirectories: PackageDirectory[];
    [key: string]: unknown;
}

export interface DependencyChange {
    /** The package whose dependency moved. */
    readonly dependent: string;
    readonly dependency: string;
    readonly from: string | undefined;
    readonly to: string;
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)\.(\d+|NEXT|LATEST|RELEASED)$/;

/** `0.2.0.3` → `0.2.0`; throws on anything that is not a four-part package version. */
export function versionFamily(version: string): string {
    const match = VERSION.exec(version.trim());
    if (!match) {
        throw new Error(
            `"${version}" is not a package version (major.minor.patch.build, e.g. 0.2.0.3)`,
        );
    }
    return `${match[1]}.${match[2]}.${match[3]}`;
}

/**
 * After a build of `dependency` as `builtVersion` (e.g. `0.2.0.3`): every package depending on it
 * depends on `0.2.0.LATEST` from now on, which resolves to that build until a newer build of 0.2.0.
 * Changes the project in place and returns what moved.
 */
export function moveDependents(
    project: SfdxProject,
    dependency: string,
    builtVersion: string,
): DependencyChange[] {
    const target = `${versionFamily(builtVersion)}.LATEST`;
    return setDependencies(project, (entry) => (entry.package === dependency ? target : null));
}

/**
 * For a release build: every dependency not in `builtNow` points at the promoted build of its
 * version (`x.y.z.RELEASED`); a dependency built in the same run is moved by `moveDependents`.
 */
export function releaseDependencies(
    project: SfdxProject,
    builtNow: ReadonlySet<string>,
): DependencyChange[] {
    return setDependencies(project, (entry) =>
        builtNow.has(entry.package) || entry.versionNumber === undefined
            ? null
            : `${versionFamily(entry.versionNumber)}.RELEASED`,
    );
}

function setDependencies(
    project: SfdxProject,
    next: (entry: ProjectDependency) => string | null,
): DependencyChange[] {
    if (!Array.isArray(project.packageDirectories)) {
        throw new Error('sfdx-project.json has no packageDirectories');
    }
    const changes: DependencyChange[] = [];
    for (const directory of project.packageDirectories) {
        for (const entry of directory.dependencies ?? []) {
            const to = next(entry);
            if (to === null || to === entry.versionNumber) continue;
            changes.push({
                dependent: directory.package ?? directory.path,
                dependency: entry.package,
                from: entry.versionNumber,
                to,
            });
            entry.versionNumber = to;
        }
    }
    return changes;
}
