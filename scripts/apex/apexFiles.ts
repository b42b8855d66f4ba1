import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Apex source extensions; each file needs `<file>-meta.xml` beside it. */
export const APEX_SOURCE_SUFFIXES = ['.cls', '.trigger'] as const;
/** Metadata files that belong to an Apex source. */
export const APEX_META_SUFFIXES = ['.cls-meta.xml', '.trigger-meta.xml'] as const;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.sfdx', '.sf']);

/** Every file under the roots (files or folders) whose name ends with one of the suffixes, sorted. */
export function findFiles(roots: readonly string[], suffixes: readonly string[]): string[] {
    const found: string[] = [];
    const visit = (path: string): void => {
        if (statSync(path).isFile()) {
            if (suffixes.some((suffix) => path.endsWith(suffix))) {
                found.push(path);
            }
            return;
        }
        for (const entry of readdirSync(path)) {
            if (!SKIPPED_DIRECTORIES.has(entry)) {
                visit(join(path, entry));
            }
        }
    };
    roots.forEach(visit);
    return found.sort();
}

/** Every `.cls` and `.trigger` file under the roots. */
export function findApexSources(roots: readonly string[]): string[] {
    return findFiles(roots, APEX_SOURCE_SUFFIXES);
}
