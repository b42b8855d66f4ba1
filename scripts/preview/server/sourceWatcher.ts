import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A cheap fingerprint of a source tree (paths, sizes, modification times), to notice edits by polling. */
export function fingerprint(roots: readonly string[]): string {
    const parts: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir).sort()) {
            if (entry === 'node_modules' || entry.startsWith('.')) continue;
            const full = path.join(dir, entry);
            const stats = statSync(full, { throwIfNoEntry: false });
            if (stats === undefined) continue;
            if (stats.isDirectory()) walk(full);
            else if (!entry.endsWith('.js') || !full.includes(`${path.sep}lwc${path.sep}`))
                parts.push(`${full}:${stats.size}:${stats.mtimeMs}`);
        }
    };
    for (const root of roots) if (existsSync(root)) walk(root);
    return parts.join('\n');
}

/** Calls `onChange` when the fingerprint of the roots changes; checks every `intervalMs`. */
export function watchSources(
    roots: readonly string[],
    intervalMs: number,
    onChange: () => void,
): () => void {
    let last = fingerprint(roots);
    const timer = setInterval(() => {
        const next = fingerprint(roots);
        if (next !== last) {
            last = next;
            onChange();
        }
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
}
