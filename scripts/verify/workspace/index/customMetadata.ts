import type { Workspace } from '../workspace';
import { childrenNamed, childText } from '../xml';

export interface CustomMetadataValue {
    readonly value: string | undefined;
    readonly line: number;
}

export interface CustomMetadataRecord {
    /** Type API name, e.g. `BB_Qualification_Dimension__mdt`. */
    readonly type: string;
    readonly name: string;
    readonly file: string;
    readonly values: ReadonlyMap<string, CustomMetadataValue>;
}

const RECORD_FILE = /(?:^|\/)([^/.]+)\.([^/.]+)\.md-meta\.xml$/;

/** Custom Metadata records, named `<Type>.<Record>.md-meta.xml` in source format. */
export function indexCustomMetadata(workspace: Workspace): CustomMetadataRecord[] {
    return workspace.documentsEndingWith('.md-meta.xml').flatMap(({ file, root }) => {
        const match = RECORD_FILE.exec(file);
        if (!match?.[1] || !match[2]) return [];
        const values = new Map<string, CustomMetadataValue>();
        for (const entry of childrenNamed(root, 'values')) {
            const field = childText(entry, 'field');
            const valueElement = entry.children.find((child) => child.name === 'value');
            const nil = valueElement?.attributes['xsi:nil'] === 'true';
            if (field)
                values.set(field, {
                    value: nil ? undefined : valueElement?.text.trim(),
                    line: valueElement?.line ?? entry.line,
                });
        }
        return [{ type: `${match[1]}__mdt`, name: match[2], file, values }];
    });
}
