import { error, type Finding } from '../../finding';
import type { ProjectIndex } from '../../workspace/projectIndex';
import type { Workspace } from '../../workspace/workspace';
import { childText, descendantsNamed } from '../../workspace/xml';

/** Custom components (`c:bundle`, or a bare bundle name) and record fields on FlexiPages exist. */
export function checkFlexiPages(workspace: Workspace, index: ProjectIndex): Finding[] {
    const findings: Finding[] = [];
    for (const { file, root } of workspace.documentsEndingWith('.flexipage-meta.xml')) {
        const object = childText(root, 'sobjectType');
        for (const component of descendantsNamed(root, 'componentName')) {
            const name = component.text.trim();
            const bundle = name.startsWith('c:')
                ? name.slice(2)
                : name.includes(':')
                  ? undefined
                  : name;
            if (bundle !== undefined && !index.lwcBundles.has(bundle)) {
                findings.push(
                    error(
                        'references',
                        file,
                        `component ${name} is no LWC bundle of the package`,
                        component.line,
                    ),
                );
            }
        }
        for (const item of descendantsNamed(root, 'fieldItem')) {
            const field = item.text.trim().replace(/^Record\./, '');
            if (object === undefined)
                findings.push(
                    error(
                        'references',
                        file,
                        `fieldItem ${item.text.trim()} on a page without sobjectType`,
                        item.line,
                    ),
                );
            else if (!index.fieldExists(object, field))
                findings.push(
                    error(
                        'references',
                        file,
                        `fieldItem names ${object}.${field}, which does not exist`,
                        item.line,
                    ),
                );
        }
    }
    return findings;
}
