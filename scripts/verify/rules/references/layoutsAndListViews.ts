import { error, type Finding } from '../../finding';
import type { ProjectIndex } from '../../workspace/projectIndex';
import type { Workspace } from '../../workspace/workspace';
import { descendantsNamed } from '../../workspace/xml';

const LAYOUT_FILE = /\/layouts\/([^/-]+)-[^/]*\.layout-meta\.xml$/;
const LIST_VIEW_FILE = /\/objects\/([^/]+)\/listViews\/[^/]+\.listView-meta\.xml$/;

/**
 * Layout fields and list view columns exist. List views name standard columns by platform tokens
 * (`LEAD.COMPANY`, `FULL_NAME`) that have no source, so only custom (`__c`) columns are checked there.
 */
export function checkLayoutsAndListViews(workspace: Workspace, index: ProjectIndex): Finding[] {
    const findings: Finding[] = [];
    for (const { file, root } of workspace.documentsEndingWith('.layout-meta.xml')) {
        const object = LAYOUT_FILE.exec(file)?.[1];
        if (!object) continue;
        for (const item of descendantsNamed(root, 'layoutItems')) {
            for (const field of item.children.filter((child) => child.name === 'field')) {
                if (!index.fieldExists(object, field.text.trim()))
                    findings.push(
                        error(
                            'references',
                            file,
                            `layout field ${object}.${field.text.trim()} does not exist`,
                            field.line,
                        ),
                    );
            }
        }
    }
    for (const { file, root } of workspace.documentsEndingWith('.listView-meta.xml')) {
        const object = LIST_VIEW_FILE.exec(file)?.[1];
        if (!object) continue;
        const columns = [...descendantsNamed(root, 'columns'), ...descendantsNamed(root, 'field')];
        for (const column of columns) {
            const name = column.text.trim().replace(/^[A-Za-z0-9_]+\./, '');
            if (name.endsWith('__c') && !index.fieldExists(object, name))
                findings.push(
                    error(
                        'references',
                        file,
                        `list view column ${object}.${name} does not exist`,
                        column.line,
                    ),
                );
        }
    }
    return findings;
}
