import { error, type Finding } from '../finding';
import type { LwcBundle } from '../workspace/index/lwcBundles';
import type { ProjectIndex } from '../workspace/projectIndex';
import type { Workspace } from '../workspace/workspace';
import { childrenNamed, type XmlElement } from '../workspace/xml';
import type { Rule, RuleContext } from './rule';

/** Where the package's components may be placed; anything else is exposure nobody designed (a tab: the pipeline view's BB_Pipeline). */
const ALLOWED_TARGETS = [
    'lightning__RecordPage',
    'lightning__AppPage',
    'lightning__HomePage',
    'lightning__Tab',
];
const RECORD_PAGE_OBJECTS = ['Lead', 'Opportunity'];
const API_PROPERTY = /@api\s+(?:(?:get|set)\s+)?([A-Za-z_$][\w$]*)/g;

export const lwcRule: Rule = {
    id: 'lwc',
    description:
        'components expose only intended targets, design attributes are @api properties, datasources exist',
    run({ workspace, index }: RuleContext): Finding[] {
        const findings: Finding[] = [];
        for (const bundle of index.lwcBundles.values()) {
            if (!bundle.metaFile) {
                findings.push(
                    error(
                        'lwc',
                        bundle.directory,
                        `bundle ${bundle.name} has no ${bundle.name}.js-meta.xml`,
                    ),
                );
                continue;
            }
            if (!bundle.entrySource)
                findings.push(
                    error(
                        'lwc',
                        bundle.directory,
                        `bundle ${bundle.name} has no ${bundle.name}.ts or ${bundle.name}.js`,
                    ),
                );
            const root = workspace.xml(bundle.metaFile).root;
            if (root) findings.push(...checkMeta(bundle, bundle.metaFile, root, workspace, index));
        }
        return findings;
    },
};

function checkMeta(
    bundle: LwcBundle,
    file: string,
    root: XmlElement,
    workspace: Workspace,
    index: ProjectIndex,
): Finding[] {
    const findings: Finding[] = [];
    const targetsElement = root.children.find((child) => child.name === 'targets');
    const targets = targetsElement ? childrenNamed(targetsElement, 'target') : [];
    for (const target of targets) {
        if (!ALLOWED_TARGETS.includes(target.text.trim()))
            findings.push(
                error(
                    'lwc',
                    file,
                    `exposes target ${target.text.trim()}, which is not one of ${ALLOWED_TARGETS.join(', ')}`,
                    target.line,
                ),
            );
    }
    const declared = new Set(targets.map((target) => target.text.trim()));
    const apiProperties = bundle.entrySource
        ? readApiProperties(workspace.text(bundle.entrySource))
        : new Set<string>();
    const configs = root.children.find((child) => child.name === 'targetConfigs');
    for (const config of configs ? childrenNamed(configs, 'targetConfig') : []) {
        const configTargets = (config.attributes['targets'] ?? '')
            .split(',')
            .map((target) => target.trim())
            .filter(Boolean);
        for (const target of configTargets) {
            if (!declared.has(target))
                findings.push(
                    error(
                        'lwc',
                        file,
                        `targetConfig for ${target}, which <targets> does not list`,
                        config.line,
                    ),
                );
        }
        if (configTargets.includes('lightning__RecordPage'))
            findings.push(...checkRecordPageObjects(file, config));
        for (const property of childrenNamed(config, 'property')) {
            const name = property.attributes['name'] ?? '';
            if (!apiProperties.has(name))
                findings.push(
                    error(
                        'lwc',
                        file,
                        `design attribute ${name} is no @api property of ${bundle.entrySource ?? bundle.name}`,
                        property.line,
                    ),
                );
            const datasource = property.attributes['datasource'] ?? '';
            const apexClass = datasource.startsWith('apex://')
                ? datasource.slice('apex://'.length)
                : undefined;
            if (apexClass !== undefined && !index.apexClass(apexClass))
                findings.push(
                    error(
                        'lwc',
                        file,
                        `datasource ${datasource} names no Apex class of the package`,
                        property.line,
                    ),
                );
        }
    }
    return findings;
}

function checkRecordPageObjects(file: string, config: XmlElement): Finding[] {
    const objects = childrenNamed(config, 'objects').flatMap((element) =>
        childrenNamed(element, 'object'),
    );
    if (objects.length === 0)
        return [
            error(
                'lwc',
                file,
                `the record page targetConfig must be restricted to ${RECORD_PAGE_OBJECTS.join(' and ')} with <objects>`,
                config.line,
            ),
        ];
    return objects
        .filter((object) => !RECORD_PAGE_OBJECTS.includes(object.text.trim()))
        .map((object) =>
            error(
                'lwc',
                file,
                `record page object ${object.text.trim()} is not one of ${RECORD_PAGE_OBJECTS.join(', ')}`,
                object.line,
            ),
        );
}

function readApiProperties(source: string): Set<string> {
    return new Set([...source.matchAll(API_PROPERTY)].map((match) => match[1] ?? ''));
}
