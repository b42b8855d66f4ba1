import type { Workspace } from '../workspace';

export interface LwcBundle {
    readonly name: string;
    readonly directory: string;
    /** `<bundle>.js-meta.xml`, absent when missing. */
    readonly metaFile: string | undefined;
    /** The bundle's own TypeScript (preferred) or JavaScript entry, absent when neither exists. */
    readonly entrySource: string | undefined;
    /** Every `.ts`/`.js` module of the bundle outside `__tests__`; emitted `.js` twins of `.ts` files are skipped. */
    readonly sources: readonly string[];
}

const LWC_FILE = /^(.*\/lwc\/([^/]+))\/(.+)$/;

export function indexLwcBundles(workspace: Workspace): Map<string, LwcBundle> {
    const grouped = new Map<string, { directory: string; files: string[] }>();
    for (const file of workspace.allFiles) {
        const match = LWC_FILE.exec(file);
        if (!match?.[1] || !match[2] || !match[3]) continue;
        const entry = grouped.get(match[2]) ?? { directory: match[1], files: [] };
        entry.files.push(match[3]);
        grouped.set(match[2], entry);
    }
    const bundles = new Map<string, LwcBundle>();
    for (const [name, { directory, files }] of grouped) {
        const present = new Set(files);
        const modules = files.filter(
            (file) =>
                /\.(ts|js)$/.test(file) &&
                !file.endsWith('.d.ts') &&
                !file.includes('__tests__/') &&
                !(file.endsWith('.js') && present.has(file.replace(/\.js$/, '.ts'))),
        );
        const entry = [`${name}.ts`, `${name}.js`].find((candidate) => present.has(candidate));
        bundles.set(name, {
            name,
            directory,
            metaFile: present.has(`${name}.js-meta.xml`)
                ? `${directory}/${name}.js-meta.xml`
                : undefined,
            entrySource: entry ? `${directory}/${entry}` : undefined,
            sources: modules.map((file) => `${directory}/${file}`),
        });
    }
    return bundles;
}
