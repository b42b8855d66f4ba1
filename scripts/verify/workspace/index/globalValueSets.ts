import type { Workspace } from '../workspace';
import { childrenNamed, childText } from '../xml';

export interface GlobalValueSetInfo {
    readonly name: string;
    readonly file: string;
    readonly values: readonly string[];
}

const GVS_FILE = /([^/]+)\.globalValueSet-meta\.xml$/;

export function indexGlobalValueSets(workspace: Workspace): Map<string, GlobalValueSetInfo> {
    const sets = new Map<string, GlobalValueSetInfo>();
    for (const { file, root } of workspace.documentsEndingWith('.globalValueSet-meta.xml')) {
        const name = GVS_FILE.exec(file)?.[1];
        if (!name) continue;
        const values = childrenNamed(root, 'customValue').map(
            (value) => childText(value, 'fullName') ?? '',
        );
        sets.set(name, { name, file, values });
    }
    return sets;
}
