import { error, type Finding } from '../../finding';
import { validateComplexElement } from '../../wsdl/validateElement';
import { expectedRootType } from '../../workspace/metadataTypes';
import type { Rule, RuleContext } from '../rule';
import { validateTargetConfigs } from './targetConfigs';

const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';
const OVERRIDES = { 'LightningComponentBundle.targetConfigs': validateTargetConfigs };

/** Every metadata XML file matches its type in the Metadata API WSDL. */
export const schemaRule: Rule = {
    id: 'schema',
    description: 'metadata XML is valid against the Metadata API WSDL',
    run({ workspace, schema }: RuleContext): Finding[] {
        const findings: Finding[] = [];
        for (const file of workspace.filesEndingWith('-meta.xml')) {
            const expected = expectedRootType(file);
            const { root } = workspace.xml(file);
            // Unknown types belong to the registry rule, broken XML to the xml rule.
            if (expected === undefined || root === undefined) continue;
            if (root.name !== expected) {
                findings.push(
                    error(
                        'schema',
                        file,
                        `root element is <${root.name}>, but a ${fileKind(file)} file holds a ${expected}`,
                        root.line,
                    ),
                );
                continue;
            }
            if (root.attributes['xmlns'] !== METADATA_NAMESPACE) {
                findings.push(
                    error(
                        'schema',
                        file,
                        `<${root.name}> must declare xmlns="${METADATA_NAMESPACE}"`,
                        root.line,
                    ),
                );
            }
            const compiled = schema();
            if (!compiled.complexTypes[expected]) {
                findings.push(
                    error(
                        'schema',
                        file,
                        `the Metadata API ${compiled.apiVersion} schema has no type ${expected}`,
                        root.line,
                    ),
                );
                continue;
            }
            for (const issue of validateComplexElement(root, expected, compiled, OVERRIDES)) {
                findings.push(error('schema', file, issue.message, issue.line));
            }
        }
        return findings;
    },
};

function fileKind(file: string): string {
    return /(\.[A-Za-z0-9]+-meta\.xml)$/.exec(file)?.[1] ?? file;
}
