import type { Workspace } from '../workspace';
import { childrenNamed, childText } from '../xml';

export interface LabelInfo {
    readonly name: string;
    readonly file: string;
    readonly line: number;
    /** The English text, in which placeholders such as `{dimension}` are defined. */
    readonly value: string;
}

/** Custom labels by name, from every `.labels-meta.xml`. */
export function indexLabels(workspace: Workspace): Map<string, LabelInfo> {
    const labels = new Map<string, LabelInfo>();
    for (const { file, root } of workspace.documentsEndingWith('.labels-meta.xml')) {
        for (const label of childrenNamed(root, 'labels')) {
            const name = childText(label, 'fullName');
            if (name)
                labels.set(name, {
                    name,
                    file,
                    line: label.line,
                    value: childText(label, 'value') ?? '',
                });
        }
    }
    return labels;
}
