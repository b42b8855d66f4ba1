import type { Workspace } from '../workspace';
import { childrenNamed, childText } from '../xml';

export interface GlobalValueSetInfo {
    readonly name: string;
    readonly file: string;
    /** API names (fullName) in order. */
    readonly values: readonly string[];
    readonly labels: readonly string[];
}

const GVS_FILE = /([^/]+)\.globalValueSet-meta\.xml$/;

export function indexGlobalValueSets(workspace: Workspace): Map<string, GlobalValueSetInfo> {
    const sets = new Map<string, GlobalValueSetInfo>();
    for (const { file, root } of workspace.documentsEndingWith('.globalValueSet-meta.xml')) {
        const name = GVS_FILE.exec(file)?.[1];
        if (!name) continue;
        const entries = childrenNamed(root, 'customValue');
        const values = entries.map((value) => childText(value, 'fullName') ?? '');
        const labels = entries.map((value) => childText(value, 'label') ?? '');
        sets.set(name, { name, file, values, labels });
    }
    return sets;
}
