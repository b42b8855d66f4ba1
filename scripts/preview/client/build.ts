import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import type { PreviewWorkspace } from '../server/metadata/workspace';
import { componentSources, findComponentBundles, stripTypes } from './componentSources';
import { platformModules, type PlatformUsage } from './platformModules';

export interface ClientBuild {
    /** The page script: LWC engine, synthetic shadow, the components and the platform fakes. */
    readonly code: string;
    readonly usage: PlatformUsage;
    /** Per force-app LWC bundle: bytes of its compiled JavaScript in the page script, raw and gzipped. */
    readonly bundleSizes: ReadonlyArray<{ bundle: string; bytes: number; gzipBytes: number }>;
    /** Per force-app LWC bundle: its compiled JavaScript in the page script (what bundleSizes measures). */
    readonly bundleCode: Readonly<Record<string, string>>;
    readonly warnings: readonly string[];
    readonly builtAt: Date;
}

/**
 * Compiles the record page script with rollup and @lwc/rollup-plugin (the LWC version Jest uses) from
 * the TypeScript sources in force-app, the platform fakes and the page entry.
 */
export async function buildClient(
    projectRoot: string,
    workspace: PreviewWorkspace,
): Promise<ClientBuild> {
    const forceAppDir = path.join(projectRoot, 'force-app');
    const usage: PlatformUsage = { labels: new Set(), apexMethods: new Set() };
    const warnings: string[] = [];
    const bundle = await rollup({
        input: path.join(projectRoot, 'scripts/preview/client/app/main.ts'),
        plugins: [
            platformModules(projectRoot, workspace, usage),
            componentSources(forceAppDir),
            stripTypes(),
            replace({
                preventAssignment: true,
                values: { 'process.env.NODE_ENV': JSON.stringify('production') },
            }),
            lwc({ rootDir: projectRoot, enableDynamicComponents: false }),
        ],
        onwarn(warning: RollupLog) {
            warnings.push(warning.message);
        },
    });
    try {
        const { output } = await bundle.generate({ format: 'iife', name: 'BeyondBantPreview' });
        const chunk = output.find((item) => item.type === 'chunk');
        if (chunk === undefined || chunk.type !== 'chunk')
            throw new Error('rollup produced no page script');
        return {
            code: chunk.code,
            usage,
            ...measureBundles(forceAppDir, chunk.modules),
            warnings,
            builtAt: new Date(),
        };
    } finally {
        await bundle.close();
    }
}

function measureBundles(
    forceAppDir: string,
    modules: Readonly<Record<string, { code: string | null }>>,
) {
    const sizes: Array<{ bundle: string; bytes: number; gzipBytes: number }> = [];
    const bundleCode: Record<string, string> = {};
    for (const [name, folder] of findComponentBundles(forceAppDir)) {
        const code = Object.entries(modules)
            .filter(([id]) => (id.split('?')[0] ?? '').startsWith(folder + path.sep))
            .map(([, module]) => module.code ?? '')
            .join('\n');
        if (code === '') continue;
        bundleCode[name] = code;
        sizes.push({
            bundle: name,
            bytes: Buffer.byteLength(code),
            gzipBytes: gzipSync(code).length,
        });
    }
    return { bundleSizes: sizes.sort((a, b) => a.bundle.localeCompare(b.bundle)), bundleCode };
}
