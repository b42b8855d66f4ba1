import { error, type Finding } from '../../finding';
import type { ProjectIndex } from '../../workspace/projectIndex';
import type { Workspace } from '../../workspace/workspace';
import { childText, childrenNamed, descendantsNamed } from '../../workspace/xml';

/** Custom components (`c:bundle`, or a bare bundle name), their design attributes and record fields on FlexiPages exist. */
export function checkFlexiPages(workspace: Workspace, index: ProjectIndex): Finding[] {
    const findings: Finding[] = [];
    for (const { file, root } of workspace.documentsEndingWith('.flexipage-meta.xml')) {
        const object = childText(root, 'sobjectType');
        for (const instance of descendantsNamed(root, 'componentInstance')) {
            const component = instance.children.find((child) => child.name === 'componentName');
            const name = component?.text.trim() ?? '';
            const bundleName = name.startsWith('c:')
                ? name.slice(2)
                : name.includes(':')
                  ? undefined
                  : name;
            if (!component || bundleName === undefined) continue;
            const bundle = index.lwcBundles.get(bundleName);
            if (!bundle) {
                findings.push(
                    error(
                        'references',
                        file,
                        `component ${name} is no LWC bundle of the package`,
                        component.line,
                    ),
                );
                continue;
            }
            const attributes = designAttributes(workspace, bundle.metaFile);
            for (const property of childrenNamed(instance, 'componentInstanceProperties')) {
                const propertyName = childText(property, 'name') ?? '';
                if (!attributes.has(propertyName)) {
                    findings.push(
                        error(
                            'references',
                            file,
                            `${name} has no design attribute ${propertyName}`,
                            property.line,
                        ),
                    );
                }
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

/** `property` names of every targetConfig in the bundle's `.js-meta.xml`. */
function designAttributes(workspace: Workspace, metaFile: string | undefined): Set<string> {
    const root = metaFile ? workspace.xml(metaFile).root : undefined;
    const properties = root ? descendantsNamed(root, 'property') : [];
    return new Set(properties.map((property) => property.attributes['name'] ?? ''));
}
