import { error, type Finding } from '../finding';
import { childrenNamed, type XmlElement } from '../workspace/xml';
import type { Rule, RuleContext } from './rule';

/**
 * Text lengths the platform enforces on deploy although the WSDL types them as plain strings.
 * Each entry: the file suffix, the path of elements below the root, and the documented maximum.
 */
const LIMITS: ReadonlyArray<{ suffix: string; path: readonly string[]; max: number }> = [
    { suffix: '.labels-meta.xml', path: ['labels', 'shortDescription'], max: 80 },
    { suffix: '.labels-meta.xml', path: ['labels', 'value'], max: 1000 },
    { suffix: '.translation-meta.xml', path: ['customLabels', 'label'], max: 1000 },
    { suffix: '.field-meta.xml', path: ['label'], max: 40 },
    { suffix: '.field-meta.xml', path: ['inlineHelpText'], max: 510 },
    { suffix: '.field-meta.xml', path: ['description'], max: 1000 },
    { suffix: '.fieldTranslation-meta.xml', path: ['label'], max: 40 },
    { suffix: '.fieldTranslation-meta.xml', path: ['help'], max: 510 },
    { suffix: '.validationRule-meta.xml', path: ['errorMessage'], max: 255 },
    { suffix: '.report-meta.xml', path: ['name'], max: 40 },
    { suffix: '.report-meta.xml', path: ['description'], max: 255 },
    { suffix: '.customPermission-meta.xml', path: ['description'], max: 255 },
    { suffix: '.permissionset-meta.xml', path: ['description'], max: 255 },
    { suffix: '.permissionset-meta.xml', path: ['label'], max: 80 },
];

function elementsAt(root: XmlElement, path: readonly string[]): XmlElement[] {
    return path.reduce<XmlElement[]>(
        (current, name) => current.flatMap((element) => childrenNamed(element, name)),
        [root],
    );
}

export const limitsRule: Rule = {
    id: 'limits',
    description: 'texts stay within the lengths the platform enforces on deploy',
    run({ workspace }: RuleContext): Finding[] {
        const findings: Finding[] = [];
        for (const file of workspace.deployableFiles) {
            const limits = LIMITS.filter((limit) => file.endsWith(limit.suffix));
            const root = limits.length > 0 ? workspace.xml(file).root : undefined;
            if (!root) continue;
            for (const limit of limits) {
                for (const element of elementsAt(root, limit.path)) {
                    const length = [...element.text.trim()].length;
                    if (length > limit.max) {
                        findings.push(
                            error(
                                'limits',
                                file,
                                `<${limit.path.join('/')}> has ${length} characters; the platform accepts at most ${limit.max}`,
                                element.line,
                            ),
                        );
                    }
                }
            }
        }
        return findings;
    },
};
