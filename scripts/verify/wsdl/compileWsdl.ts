import { XMLParser } from 'fast-xml-parser';
import type {
    CompiledSchema,
    ComplexTypeDecl,
    ElementDecl,
    SimpleTypeDecl,
} from './compiledSchema';

interface RawElement {
    '@_name': string;
    '@_type'?: string;
    '@_maxOccurs'?: string;
}
interface RawSequence {
    'xsd:element'?: RawElement[];
}
interface RawComplexType {
    '@_name'?: string;
    'xsd:sequence'?: RawSequence;
    'xsd:complexContent'?: { 'xsd:extension': { '@_base': string; 'xsd:sequence'?: RawSequence } };
}
interface RawSimpleType {
    '@_name': string;
    'xsd:restriction': { '@_base': string; 'xsd:enumeration'?: Array<{ '@_value': string }> };
}

const ALWAYS_ARRAY = new Set([
    'xsd:element',
    'xsd:complexType',
    'xsd:simpleType',
    'xsd:enumeration',
]);

/** Compiles the Metadata API WSDL text into a flattened schema (extension bases merged in). */
export function compileWsdl(wsdlText: string): CompiledSchema {
    const parser = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        parseTagValue: false,
        isArray: (name) => ALWAYS_ARRAY.has(name),
    });
    const document = parser.parse(wsdlText) as {
        definitions?: {
            types?: {
                'xsd:schema'?: {
                    'xsd:complexType'?: RawComplexType[];
                    'xsd:simpleType'?: RawSimpleType[];
                };
            };
        };
    };
    const schema = document.definitions?.types?.['xsd:schema'];
    if (!schema)
        throw new Error(
            'The WSDL has no definitions/types/xsd:schema: is this the Metadata API WSDL?',
        );
    const apiVersion = /Metadata API version (\d+\.\d+)/.exec(wsdlText)?.[1];
    if (!apiVersion) throw new Error('The WSDL header does not state "Metadata API version N.N".');

    const rawComplex = new Map<string, RawComplexType>();
    for (const type of schema['xsd:complexType'] ?? [])
        if (type['@_name']) rawComplex.set(type['@_name'], type);

    const complexTypes: Record<string, ComplexTypeDecl> = {};
    const flatten = (name: string, seen: ReadonlySet<string>): Record<string, ElementDecl> => {
        const raw = rawComplex.get(name);
        if (!raw) throw new Error(`The WSDL extends the unknown complex type ${name}.`);
        if (seen.has(name)) throw new Error(`The WSDL's complex type ${name} extends itself.`);
        const extension = raw['xsd:complexContent']?.['xsd:extension'];
        const inherited = extension
            ? flatten(stripPrefix(extension['@_base']), new Set([...seen, name]))
            : {};
        const own = ownElements(extension ? extension['xsd:sequence'] : raw['xsd:sequence']);
        return { ...inherited, ...own };
    };
    for (const name of rawComplex.keys())
        complexTypes[name] = { elements: flatten(name, new Set()) };

    const simpleTypes: Record<string, SimpleTypeDecl> = {};
    for (const type of schema['xsd:simpleType'] ?? []) {
        const restriction = type['xsd:restriction'];
        simpleTypes[type['@_name']] = {
            base: restriction['@_base'],
            enumeration: (restriction['xsd:enumeration'] ?? []).map((value) => value['@_value']),
        };
    }
    return { apiVersion, complexTypes, simpleTypes };
}

function ownElements(sequence: RawSequence | undefined): Record<string, ElementDecl> {
    const elements: Record<string, ElementDecl> = {};
    for (const element of sequence?.['xsd:element'] ?? []) {
        const type = element['@_type'] ?? 'xsd:anyType';
        elements[element['@_name']] = {
            type: type.startsWith('xsd:') ? type : stripPrefix(type),
            repeatable: element['@_maxOccurs'] !== undefined && element['@_maxOccurs'] !== '1',
        };
    }
    return elements;
}

function stripPrefix(qualifiedName: string): string {
    const colon = qualifiedName.indexOf(':');
    return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
}
