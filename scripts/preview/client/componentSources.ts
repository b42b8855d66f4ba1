import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'rollup';
import ts from 'typescript';

/** Every LWC bundle in force-app by name (`qualificationBoard` → its folder), wherever its feature folder is. */
export function findComponentBundles(forceAppDir: string): Map<string, string> {
    const bundles = new Map<string, string>();
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir)) {
            const full = path.join(dir, entry);
            if (!statSync(full).isDirectory() || entry === '__tests__') continue;
            if (path.basename(dir) === 'lwc') {
                if (bundles.has(entry))
                    throw new Error(
                        `Two LWC bundles are named ${entry}: ${bundles.get(entry)} and ${full}`,
                    );
                bundles.set(entry, full);
            } else {
                walk(full);
            }
        }
    };
    if (existsSync(forceAppDir)) walk(forceAppDir);
    return bundles;
}

/**
 * Resolves `c/<name>` to the bundle's TypeScript source (never the tsc-emitted .js, which may be stale),
 * tagged with its specifier so the LWC compiler names it `c-<name>` whatever folder it sits in.
 */
export function componentSources(forceAppDir: string): Plugin {
    return {
        name: 'bb-preview-component-sources',
        resolveId(source) {
            const [namespace, name, ...rest] = source.split('/');
            if (namespace !== 'c' || name === undefined || rest.length > 0) return null;
            const folder = findComponentBundles(forceAppDir).get(name);
            if (folder === undefined)
                throw new Error(`${source}: no LWC bundle ${name} under force-app/**/lwc/`);
            const entry = [`${name}.ts`, `${name}.js`, `${name}.html`]
                .map((file) => path.join(folder, file))
                .find(existsSync);
            if (entry === undefined)
                throw new Error(`${source}: ${folder} has no ${name}.ts, .js or .html`);
            return `${entry}?specifier=${encodeURIComponent(source)}`;
        },
    };
}

/**
 * Strips TypeScript types with the same compiler options as `npm run build` (ESNext, standard class
 * fields, no decorator helpers), so the LWC compiler receives what tsc would emit.
 */
export function stripTypes(): Plugin {
    return {
        name: 'bb-preview-strip-types',
        transform(code, id) {
            const file = id.split('?')[0] ?? id;
            if (!file.endsWith('.ts')) return null;
            const output = ts.transpileModule(code, {
                fileName: file,
                compilerOptions: {
                    target: ts.ScriptTarget.ESNext,
                    module: ts.ModuleKind.ESNext,
                    useDefineForClassFields: true,
                    experimentalDecorators: false,
                    isolatedModules: true,
                    verbatimModuleSyntax: false,
                    sourceMap: false,
                },
                reportDiagnostics: true,
            });
            const problems = (output.diagnostics ?? []).filter(
                (d) => d.category === ts.DiagnosticCategory.Error,
            );
            if (problems.length > 0) {
                throw new Error(
                    `${file}: ${problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`,
                );
            }
            return { code: output.outputText, map: null };
        },
    };
}
