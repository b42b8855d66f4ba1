import type { XmlElement } from '../workspace/xml';
import { isBuiltinType, isValidBuiltinValue } from './builtinValues';
import type { CompiledSchema } from './compiledSchema';

export interface SchemaIssue {
    readonly line: number;
    readonly message: string;
}

/**
 * Validates one element's children that the WSDL cannot describe (e.g. LWC targetConfigs, real XML in
 * source format although typed base64Binary). Keyed by `<ComplexType>.<element>`.
 */
export type ElementOverride = (element: XmlElement) => SchemaIssue[];

const XSI_TYPE = 'xsi:type';
const XSI_NIL = 'xsi:nil';

/**
 * Checks `element` against the complex type `typeName`: every child is declared (inherited elements
 * included), non-repeatable elements occur once, and every value matches its type. Source format does
 * not keep the WSDL's element order, so order is not checked.
 */
export function validateComplexElement(
    element: XmlElement,
    typeName: string,
    schema: CompiledSchema,
    overrides: Readonly<Record<string, ElementOverride>> = {},
): SchemaIssue[] {
    const issues: SchemaIssue[] = [];
    const visit = (current: XmlElement, currentType: string, path: string): void => {
        const type = schema.complexTypes[currentType];
        if (!type) {
            issues.push({
                line: current.line,
                message: `the schema has no type ${currentType} for <${path}>`,
            });
            return;
        }
        if (current.children.length === 0 && current.text.trim() !== '') {
            issues.push({
                line: current.line,
                message: `<${path}> is a ${currentType} and takes child elements, not text`,
            });
        }
        const seen = new Set<string>();
        for (const child of current.children) {
            const childPath = `${path}/${child.name}`;
            const declaration = type.elements[child.name];
            if (!declaration) {
                issues.push({
                    line: child.line,
                    message: `unknown element <${child.name}> in ${currentType} (at ${childPath})`,
                });
                continue;
            }
            if (seen.has(child.name) && !declaration.repeatable) {
                issues.push({
                    line: child.line,
                    message: `<${childPath}> occurs more than once; ${currentType}.${child.name} allows one`,
                });
            }
            seen.add(child.name);
            const override = overrides[`${currentType}.${child.name}`];
            if (override) issues.push(...override(child));
            else visitValue(child, declaration.type, childPath);
        }
    };

    const visitValue = (current: XmlElement, type: string, path: string): void => {
        if (type === 'xsd:anyType') {
            issues.push(...checkTypedAnyValue(current, path));
            return;
        }
        if (isBuiltinType(type) || schema.simpleTypes[type]) {
            if (current.children.length > 0) {
                issues.push({
                    line: current.line,
                    message: `<${path}> takes a ${describeType(type)} value, not child elements`,
                });
                return;
            }
            const problem = checkSimpleValue(current.text.trim(), type, schema);
            if (problem) issues.push({ line: current.line, message: `<${path}> ${problem}` });
            return;
        }
        visit(current, type, path);
    };

    visit(element, typeName, element.name);
    return issues;
}

/** Checks a text value against a built-in or a WSDL simple type; returns the problem or undefined. */
export function checkSimpleValue(
    value: string,
    type: string,
    schema: CompiledSchema,
): string | undefined {
    const simpleType = schema.simpleTypes[type];
    if (simpleType) {
        if (simpleType.enumeration.length > 0 && !simpleType.enumeration.includes(value)) {
            return `has "${value}", which is not a ${type} value (allowed: ${summarise(simpleType.enumeration)})`;
        }
        return isBuiltinType(simpleType.base) && !isValidBuiltinValue(simpleType.base, value)
            ? `has "${value}", which is not a valid ${describeType(simpleType.base)}`
            : undefined;
    }
    return isValidBuiltinValue(type, value)
        ? undefined
        : `has "${value}", which is not a valid ${describeType(type)}`;
}

/** `xsd:anyType` values (Custom Metadata record values) declare their type with xsi:type or are xsi:nil. */
function checkTypedAnyValue(element: XmlElement, path: string): SchemaIssue[] {
    if (element.attributes[XSI_NIL] === 'true') {
        return element.text.trim() === '' && element.children.length === 0
            ? []
            : [{ line: element.line, message: `<${path}> is xsi:nil="true" but has content` }];
    }
    const declared = element.attributes[XSI_TYPE];
    if (declared === undefined) return [];
    if (!isBuiltinType(declared) || declared === 'xsd:anyType') {
        return [
            {
                line: element.line,
                message: `<${path}> has xsi:type="${declared}", which is not a supported XML Schema type`,
            },
        ];
    }
    if (element.children.length > 0)
        return [{ line: element.line, message: `<${path}> takes a value, not child elements` }];
    const value = element.text.trim();
    return isValidBuiltinValue(declared, value)
        ? []
        : [
              {
                  line: element.line,
                  message: `<${path}> has "${value}", which does not match its xsi:type ${declared}`,
              },
          ];
}

function describeType(type: string): string {
    return type.startsWith('xsd:') ? type.slice(4) : type;
}

function summarise(values: readonly string[]): string {
    return values.length <= 12
        ? values.join(', ')
        : `${values.slice(0, 12).join(', ')}, … ${values.length - 12} more`;
}
