import { transformSync } from '@lwc/compiler';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { LwcBundle } from './lwcSources';

export interface CompileProblem {
    file: string;
    message: string;
}

/**
 * Compiles every platform file of a bundle with the LWC compiler, as the platform does on deploy.
 * Decorators that TypeScript turned into helper calls, unknown template directives and invalid
 * CSS all surface here.
 */
export function compileBundle(bundle: LwcBundle): CompileProblem[] {
    const problems: CompileProblem[] = [];
    const sources = bundle.files.filter((f) => ['.js', '.html', '.css'].includes(extname(f)));
    for (const ts of bundle.typeScript) {
        if (!bundle.files.includes(ts.replace(/\.ts$/, '.js'))) {
            problems.push({
                file: ts,
                message: 'no emitted JavaScript: run `npm run build` first',
            });
        }
    }
    for (const file of sources) {
        try {
            const result = transformSync(readFileSync(file, 'utf8'), basename(file), {
                name: bundle.name,
                namespace: 'c',
            });
            for (const warning of result.warnings ?? []) {
                if (warning.level !== undefined && warning.level <= 1) {
                    problems.push({ file, message: warning.message });
                }
            }
        } catch (error) {
            problems.push({
                file,
                message: error instanceof Error ? error.message : String(error),
            });
        }
    }
    return problems;
}
