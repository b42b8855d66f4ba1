import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a directory, sorted so that the catalog loads in the same order everywhere. */
export function listFiles(directory: string): string[] {
    const files: string[] = [];
    const walk = (current: string): void => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const path = join(current, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
                    walk(path);
                }
            } else {
                files.push(path);
            }
        }
    };
    walk(directory);
    return files.sort();
}

/** A path relative to the project root with forward slashes: what messages show. */
export function displayPath(root: string, file: string): string {
    return relative(root, file).split(sep).join('/');
}

/** The parent folder names of a file, nearest last: `a/b/c.xml` → ['a', 'b']. */
export function folders(root: string, file: string): string[] {
    const parts = displayPath(root, file).split('/');
    return parts.slice(0, -1);
}
