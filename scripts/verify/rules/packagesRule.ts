import { error, type Finding } from '../finding';
import type { PackageDirectory } from '../workspace/sfdxProject';
import type { Rule, RuleContext } from './rule';

/**
 * What two package directories of one project must agree on: a component belongs to one package only
 * (an org holds one custom label, field or Custom Metadata record of a name, owned by the package that
 * installed it first), and a package is declared after the packages it depends on, the order in which
 * `npm run org:package-version` builds and an org installs them.
 */
export const packagesRule: Rule = {
    id: 'packages',
    description:
        'no component in two package directories; dependencies declared before their dependents',
    run({ workspace }: RuleContext): Finding[] {
        const packages = workspace.project.packages;
        if (packages.length < 2) return [];
        const owner = (file: string) =>
            packages.find((pkg) => file.startsWith(`${pkg.path}/`))?.path ?? '';
        const components: Array<{ kind: string; name: string; file: string }> = [];
        // The project index keeps one label per name, so the labels files are read for duplicates.
        for (const { file, root } of workspace.documentsEndingWith('.labels-meta.xml')) {
            for (const entry of root.children.filter((child) => child.name === 'labels')) {
                const name = entry.children.find((child) => child.name === 'fullName')?.text.trim();
                if (name) components.push({ kind: 'custom label', name, file });
            }
        }
        for (const file of workspace.deployableFiles) {
            const field = /objects\/([^/]+)\/fields\/([^/]+)\.field-meta\.xml$/.exec(file);
            if (field) components.push({ kind: 'field', name: `${field[1]}.${field[2]}`, file });
            const record = /customMetadata\/([^/]+)\.md-meta\.xml$/.exec(file);
            if (record)
                components.push({ kind: 'Custom Metadata record', name: record[1] ?? '', file });
            const other =
                /\/([^/]+)\.(permissionset|reportType|staticresource|resource|cls)-meta\.xml$/.exec(
                    file,
                );
            if (other) components.push({ kind: other[2] ?? '', name: other[1] ?? '', file });
        }
        const findings: Finding[] = [];
        const firstByKey = new Map<string, { file: string; directory: string }>();
        for (const component of components) {
            const key = `${component.kind}:${component.name}`;
            const directory = owner(component.file);
            const first = firstByKey.get(key);
            if (!first) firstByKey.set(key, { file: component.file, directory });
            else if (first.directory !== directory)
                findings.push(
                    error(
                        'packages',
                        component.file,
                        `the ${component.kind} ${component.name} is also defined in ${first.file}: a component belongs to one package`,
                    ),
                );
        }
        return [...findings, ...checkOrder(packages)];
    },
};

function checkOrder(packages: readonly PackageDirectory[]): Finding[] {
    return packages.flatMap((pkg, position) =>
        pkg.dependencyPaths
            .filter((path) => packages.findIndex((other) => other.path === path) > position)
            .map((path) =>
                error(
                    'packages',
                    'sfdx-project.json',
                    `${pkg.path} (${pkg.name}) depends on ${path}, which sfdx-project.json declares after it: declare dependencies first`,
                ),
            ),
    );
}
