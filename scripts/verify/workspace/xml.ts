import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element of a parsed XML document, with the 1-based line where its start tag begins. */
export interface XmlElement {
    readonly name: string;
    readonly attributes: Readonly<Record<string, string>>;
    readonly children: readonly XmlElement[];
    /** Concatenated text content directly inside this element (entities decoded). */
    readonly text: string;
    readonly line: number;
}

export interface XmlSyntaxError {
    readonly message: string;
    readonly line: number;
}

type OrderedNode = Record<string, unknown>;

const ATTRIBUTE_PREFIX = '@_';
const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    captureMetaData: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    commentPropName: '#comment',
});
const metaDataSymbol = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Strict well-formedness check; fast-xml-parser's parser alone silently repairs some broken documents. */
export function checkWellFormed(source: string): XmlSyntaxError | undefined {
    const result = XMLValidator.validate(source, { allowBooleanAttributes: false });
    if (result === true) return undefined;
    return { message: result.err.msg, line: result.err.line };
}

/** Parses a well-formed document into its root element. Call `checkWellFormed` first. */
export function parseXml(source: string): XmlElement | undefined {
    const lineStarts = computeLineStarts(source);
    const nodes = parser.parse(source) as OrderedNode[];
    for (const node of nodes) {
        const element = toElement(node, lineStarts);
        if (element && !element.name.startsWith('?')) return element;
    }
    return undefined;
}

function toElement(node: OrderedNode, lineStarts: readonly number[]): XmlElement | undefined {
    const name = Object.keys(node).find(
        (key) => key !== ':@' && key !== '#text' && key !== '#comment',
    );
    if (name === undefined) return undefined;
    const rawChildren = node[name] as OrderedNode[];
    const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(rawAttributes))
        attributes[key.slice(ATTRIBUTE_PREFIX.length)] = value;
    const children: XmlElement[] = [];
    let text = '';
    for (const child of rawChildren) {
        if ('#text' in child) text += String(child['#text']);
        else {
            const element = toElement(child, lineStarts);
            if (element) children.push(element);
        }
    }
    const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[metaDataSymbol];
    return { name, attributes, children, text, line: lineAt(lineStarts, meta?.startIndex ?? 0) };
}

function computeLineStarts(source: string): number[] {
    const starts = [0];
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
}

function lineAt(lineStarts: readonly number[], index: number): number {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= index) low = mid;
        else high = mid - 1;
    }
    return low + 1;
}

/** Direct children called `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
    return element.children.filter((child) => child.name === name);
}

/** Trimmed text of the first direct child called `name`, or undefined when absent. */
export function childText(element: XmlElement, name: string): string | undefined {
    const child = element.children.find((candidate) => candidate.name === name);
    return child?.text.trim();
}

/** Every descendant (depth first, document order) called `name`. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
    const found: XmlElement[] = [];
    const visit = (current: XmlElement): void => {
        for (const child of current.children) {
            if (child.name === name) found.push(child);
            visit(child);
        }
    };
    visit(element);
    return found;
}
