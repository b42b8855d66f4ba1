import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Elements that repeat in the metadata files the catalog reads; always parsed as arrays. */
const REPEATED = new Set(['values', 'labels', 'customLabels']);

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Keep every value as written: the loader converts by field type and reports what it cannot.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => REPEATED.has(name),
});

export type XmlNode = Readonly<Record<string, unknown>>;

/** Parses a metadata file; malformed XML throws an error naming the file and line. */
export function readXml(file: string, displayPath: string): XmlNode {
    const text = readFileSync(file, 'utf8');
    const verdict = XMLValidator.validate(text);
    if (verdict !== true) {
        throw new Error(
            `${displayPath}: malformed XML at line ${verdict.err.line}: ${verdict.err.msg}`,
        );
    }
    return parser.parse(text) as XmlNode;
}

/** The root element's content, or an error naming the element the file should have. */
export function rootElement(document: XmlNode, name: string, displayPath: string): XmlNode {
    const root = document[name];
    if (typeof root !== 'object' || root === null) {
        throw new Error(`${displayPath}: expected a <${name}> root element`);
    }
    return root as XmlNode;
}

/** An element's text: plain text, text beside attributes, or undefined when empty or xsi:nil. */
export function textOf(node: unknown): string | undefined {
    if (typeof node === 'string') {
        return node === '' ? undefined : node;
    }
    if (typeof node === 'object' && node !== null) {
        const element = node as XmlNode;
        if (element['@_xsi:nil'] === 'true') {
            return undefined;
        }
        const text = element['#text'];
        return typeof text === 'string' && text !== '' ? text : undefined;
    }
    return undefined;
}

export function listOf(node: unknown): readonly XmlNode[] {
    return Array.isArray(node) ? (node as XmlNode[]) : [];
}
