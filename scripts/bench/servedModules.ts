/**
 * The components' JavaScript as Lightning serves it to a rep: each LWC bundle compiled on its own into
 * one module definition (its files bundled, every export of its entry kept, other `c/` modules, labels
 * and platform modules left as dependencies by name), minified. The preview's page script is no such
 * measure: rollup shares one variable per label between all components, drops exports nobody in the page
 * imports, and a component's slice of it cut out of the page cannot have its top-level names shortened.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
// esbuild comes with tsx (a devDependency that runs every script here); no dependency of its own.
import { transform } from 'esbuild';
import { findComponentBundles, stripTypes } from '../preview/client/componentSources';

export interface ServedModule {
    readonly name: string;
    /** The minified module definition, `define("c/<name>", [dependencies], function (…) {…})`. */
    readonly code: string;
    readonly gzipBytes: number;
    /** The `c/` modules it names as dependencies: the platform loads them with it. */
    readonly components: readonly string[];
}

/** Platform modules a component imports by name: they are served by Lightning, not with the component. */
const PLATFORM_MODULE = /^(lwc|@salesforce\/|lightning\/|c\/)/;

/** One bundle compiled alone, as the platform compiles it on deploy, in AMD form like Lightning's module definitions. */
export async function serveModule(forceAppDir: string, name: string): Promise<ServedModule> {
    const folder = findComponentBundles(forceAppDir).get(name);
    if (folder === undefined)
        throw new Error(`c/${name}: no LWC bundle ${name} under ${forceAppDir}`);
    const problems: string[] = [];
    const bundle = await rollup({
        input: path.join(folder, `${name}.ts`),
        external: (id) => PLATFORM_MODULE.test(id),
        plugins: [
            stripTypes(),
            replace({
                preventAssignment: true,
                values: { 'process.env.NODE_ENV': JSON.stringify('production') },
            }),
            lwc({ rootDir: folder, enableDynamicComponents: false }),
        ],
        onwarn(warning: RollupLog) {
            if (warning.code !== 'UNUSED_EXTERNAL_IMPORT') problems.push(warning.message);
        },
    });
    try {
        if (problems.length > 0) throw new Error(`c/${name}: ${problems.join('; ')}`);
        const { output } = await bundle.generate({ format: 'amd', amd: { id: `c/${name}` } });
        const chunk = output[0];
        const { code } = await transform(chunk.code, { minify: true, target: 'es2022' });
        return {
            name,
            code,
            gzipBytes: gzipSync(code).length,
            components: chunk.imports
                .filter((id) => id.startsWith('c/'))
                .map((id) => id.slice('c/'.length)),
        };
    } finally {
        await bundle.close();
    }
}

/** A component and every `c/` module it loads, followed through their dependencies, in the order reached. */
export async function modulesLoadedBy(forceAppDir: string, root: string): Promise<ServedModule[]> {
    const served = new Map<string, ServedModule>();
    const pending = [root];
    for (let name = pending.shift(); name !== undefined; name = pending.shift()) {
        if (served.has(name)) continue;
        const module = await serveModule(forceAppDir, name);
        served.set(name, module);
        pending.push(...module.components);
    }
    return [...served.values()];
}

/** What the modules weigh when one response carries them all, gzipped together. */
export function gzipTogether(modules: readonly ServedModule[]): number {
    return gzipSync(modules.map((module) => module.code).join('\n')).length;
}
