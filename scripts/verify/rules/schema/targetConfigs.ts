import type { SchemaIssue } from '../../wsdl/validateElement';
import type { XmlElement } from '../../workspace/xml';

/**
 * `targetConfigs` of a `.js-meta.xml` is real XML in source format although the WSDL types it base64.
 * This checks the structure the LWC configuration file documents for the targets we use.
 */
interface ElementRule {
    readonly attributes: readonly string[];
    readonly requiredAttributes?: readonly string[];
    readonly children: Readonly<Record<string, ElementRule>>;
    readonly text?: boolean;
}

const TEXT_ONLY: ElementRule = { attributes: [], children: {}, text: true };
const PROPERTY: ElementRule = {
    attributes: [
        'name',
        'type',
        'label',
        'description',
        'default',
        'required',
        'min',
        'max',
        'datasource',
        'placeholder',
        'role',
        'exposedTo',
        'editable',
    ],
    requiredAttributes: ['name', 'type'],
    children: {},
};
const TARGET_CONFIG: ElementRule = {
    attributes: ['targets', 'configurationEditor'],
    requiredAttributes: ['targets'],
    children: {
        property: PROPERTY,
        objects: { attributes: [], children: { object: TEXT_ONLY } },
        supportedFormFactors: {
            attributes: [],
            children: {
                supportedFormFactor: {
                    attributes: ['type'],
                    requiredAttributes: ['type'],
                    children: {},
                },
            },
        },
        actionType: TEXT_ONLY,
        event: {
            attributes: ['name', 'label', 'description'],
            requiredAttributes: ['name'],
            children: { schema: TEXT_ONLY },
        },
    },
};
const TARGET_CONFIGS: ElementRule = { attributes: [], children: { targetConfig: TARGET_CONFIG } };

const PROPERTY_TYPES = new Set(['Boolean', 'Integer', 'String', 'Color', 'Date', 'DateTime']);
const FORM_FACTORS = new Set(['Small', 'Large']);

export function validateTargetConfigs(element: XmlElement): SchemaIssue[] {
    const issues: SchemaIssue[] = [];
    checkStructure(element, TARGET_CONFIGS, 'targetConfigs', issues);
    for (const config of element.children.filter((child) => child.name === 'targetConfig')) {
        for (const property of config.children.filter((child) => child.name === 'property'))
            checkProperty(property, issues);
        for (const factors of config.children.filter(
            (child) => child.name === 'supportedFormFactors',
        )) {
            for (const factor of factors.children) {
                const type = factor.attributes['type'];
                if (type !== undefined && !FORM_FACTORS.has(type)) {
                    issues.push({
                        line: factor.line,
                        message: `supportedFormFactor type="${type}" is not Small or Large`,
                    });
                }
            }
        }
    }
    return issues;
}

function checkStructure(
    element: XmlElement,
    rule: ElementRule,
    path: string,
    issues: SchemaIssue[],
): void {
    for (const attribute of Object.keys(element.attributes)) {
        if (!rule.attributes.includes(attribute) && !attribute.startsWith('xmlns')) {
            issues.push({
                line: element.line,
                message: `<${path}> has unknown attribute ${attribute}`,
            });
        }
    }
    for (const required of rule.requiredAttributes ?? []) {
        if (!element.attributes[required]?.trim())
            issues.push({
                line: element.line,
                message: `<${path}> needs the attribute ${required}`,
            });
    }
    if (!rule.text && element.text.trim() !== '')
        issues.push({ line: element.line, message: `<${path}> takes elements, not text` });
    if (rule.text && element.text.trim() === '')
        issues.push({ line: element.line, message: `<${path}> is empty` });
    for (const child of element.children) {
        const childRule = rule.children[child.name];
        if (childRule) checkStructure(child, childRule, `${path}/${child.name}`, issues);
        else
            issues.push({
                line: child.line,
                message: `unknown element <${child.name}> in <${path}>`,
            });
    }
}

function checkProperty(property: XmlElement, issues: SchemaIssue[]): void {
    const { type, required, min, max } = property.attributes;
    const name = property.attributes['name'] ?? '?';
    if (
        type !== undefined &&
        !PROPERTY_TYPES.has(type) &&
        !type.startsWith('apex://') &&
        !type.includes('__')
    ) {
        issues.push({
            line: property.line,
            message: `property ${name} has type="${type}", not one of ${[...PROPERTY_TYPES].join(', ')}`,
        });
    }
    if (required !== undefined && required !== 'true' && required !== 'false') {
        issues.push({
            line: property.line,
            message: `property ${name} has required="${required}", not true or false`,
        });
    }
    for (const [attribute, value] of [
        ['min', min],
        ['max', max],
    ] as const) {
        if (value !== undefined && !/^-?\d+$/.test(value)) {
            issues.push({
                line: property.line,
                message: `property ${name} has ${attribute}="${value}", not an integer`,
            });
        }
    }
}
