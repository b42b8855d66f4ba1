import { error, type Finding } from '../../finding';
import type { ProjectIndex } from '../../workspace/projectIndex';
import type { Workspace } from '../../workspace/workspace';

const PLATFORM_IMPORT = /from\s+['"]@salesforce\/(schema|label|apex)\/([^'"]+)['"]/g;

/** `@salesforce/schema|label|apex` imports in LWC sources name things the package (or platform) has. */
export function checkLwcImports(workspace: Workspace, index: ProjectIndex): Finding[] {
    const findings: Finding[] = [];
    for (const bundle of index.lwcBundles.values()) {
        for (const file of bundle.sources) {
            const source = workspace.text(file);
            for (const match of source.matchAll(PLATFORM_IMPORT)) {
                const [, kind, target] = match;
                if (!kind || !target) continue;
                const problem = checkImport(kind, target, index);
                if (problem)
                    findings.push(
                        error(
                            'references',
                            file,
                            `import @salesforce/${kind}/${target}: ${problem}`,
                            lineOf(source, match.index),
                        ),
                    );
            }
        }
    }
    return findings;
}

function checkImport(kind: string, target: string, index: ProjectIndex): string | undefined {
    if (kind === 'schema') {
        const [object, field, ...rest] = target.split('.');
        if (!object) return 'names no object';
        if (rest.length > 0) return undefined; // relationship paths (Obj.Lookup__r.Field) are not followed
        if (field === undefined)
            return index.objectExists(object)
                ? undefined
                : `object ${object} is neither packaged nor allow-listed`;
        return index.fieldExists(object, field)
            ? undefined
            : `field ${field} does not exist on ${object}`;
    }
    if (kind === 'label') {
        const name = target.startsWith('c.') ? target.slice(2) : undefined;
        if (!name) return 'label imports must be c.<Name>';
        return index.labels.has(name) ? undefined : `custom label ${name} does not exist`;
    }
    const [className, method] = target.split('.');
    if (!className || !method) return 'apex imports must be <Class>.<method>';
    if (!index.apexClass(className)) return `Apex class ${className} does not exist`;
    return index.apexMethodExists(className, method)
        ? undefined
        : `${className} has no @AuraEnabled static method ${method}`;
}

export function lineOf(source: string, index: number | undefined): number {
    let line = 1;
    for (let i = 0; i < (index ?? 0); i++) if (source.charCodeAt(i) === 10) line++;
    return line;
}
