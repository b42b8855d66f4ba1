import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SfdxProject {
    readonly sourceApiVersion: string;
    /** Package directories that belong to a package (have a `package` name), e.g. `force-app`. */
    readonly packagedDirectories: readonly string[];
}

interface RawProject {
    sourceApiVersion?: unknown;
    packageDirectories?: Array<{ path?: unknown; package?: unknown }>;
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
    const packagedDirectories = (raw.packageDirectories ?? [])
        .filter((entry) => typeof entry.package === 'string' && typeof entry.path === 'string')
        .map((entry) => String(entry.path).replace(/\/+$/, ''));
    if (packagedDirectories.length === 0)
        throw new Error('sfdx-project.json names no packaged directory (an entry with "package").');
    return { sourceApiVersion: raw.sourceApiVersion, packagedDirectories };
}
