import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/** A parsed metadata element: every child element is a list (leaf elements are their text), so repeated and single elements read alike. */
export interface XmlNode {
    readonly [child: string]: ReadonlyArray<XmlNode | string> | undefined;
}

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: () => true,
});

/** Reads a metadata XML file and returns its root element (e.g. `CustomField`); names the file when the root is another type. */
export function readMetadataXml(file: string, rootName: string): XmlNode {
    const parsed = parser.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const roots = parsed[rootName];
    const root: unknown = Array.isArray(roots) ? roots[0] : undefined;
    if (typeof root !== 'object' || root === null) {
        throw new Error(`${file}: expected a <${rootName}> root element`);
    }
    return root as XmlNode;
}

/** The child elements named `name` (not their text); empty when absent. */
export function elements(node: XmlNode, name: string): XmlNode[] {
    return (node[name] ?? []).filter((child): child is XmlNode => typeof child === 'object');
}

/** The text of the first child named `name`; undefined when absent or empty. */
export function text(node: XmlNode, name: string): string | undefined {
    const first = (node[name] ?? [])[0];
    return typeof first === 'string' && first !== '' ? first : undefined;
}
