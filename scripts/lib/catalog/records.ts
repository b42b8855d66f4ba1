import { listOf, readXml, rootElement, textOf } from './xml';

/** One Custom Metadata record file: `customMetadata/<Type>.<DeveloperName>.md-meta.xml`. */
export interface MetadataRecord {
    /** Type without `__mdt`, as in the file name, e.g. `BB_Qualification_Dimension`. */
    readonly type: string;
    readonly developerName: string;
    readonly label: string;
    /** Field API name → text as written; undefined for xsi:nil or an empty value. */
    readonly values: ReadonlyMap<string, string | undefined>;
    readonly path: string;
}

const RECORD_FILE = /^([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)\.md-meta\.xml$/;

/** The type and DeveloperName a record file name encodes, or undefined for any other file. */
export function parseRecordFileName(
    fileName: string,
): { type: string; developerName: string } | undefined {
    const match = RECORD_FILE.exec(fileName);
    return match ? { type: match[1], developerName: match[2] } : undefined;
}

export function readRecord(
    file: string,
    path: string,
    type: string,
    developerName: string,
): MetadataRecord {
    const root = rootElement(readXml(file, path), 'CustomMetadata', path);
    const values = new Map<string, string | undefined>();
    for (const entry of listOf(root.values)) {
        const field = textOf(entry.field);
        if (field === undefined) {
            throw new Error(`${path}: a <values> entry has no <field>`);
        }
        if (values.has(field)) {
            throw new Error(`${path}: ${field} is set twice`);
        }
        values.set(field, textOf(entry.value));
    }
    return { type, developerName, label: textOf(root.label) ?? developerName, values, path };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads typed values from a record and collects what does not convert as problems that name the
 * file and field, so one load reports every mistake at once.
 */
export class RecordReader {
    constructor(
        private readonly record: MetadataRecord,
        private readonly problems: string[],
    ) {}

    text(field: string): string | undefined {
        return this.record.values.get(field);
    }

    /** A number, or undefined when empty or not a number (the latter reported here). */
    number(field: string): number | undefined {
        const text = this.text(field);
        if (text === undefined) {
            return undefined;
        }
        if (!NUMBER.test(text)) {
            this.problems.push(
                `${this.record.path}: ${field} must be a number (was ${JSON.stringify(text)})`,
            );
            return undefined;
        }
        return Number(text);
    }

    /** A checkbox: an absent value is false, as on the platform. */
    boolean(field: string): boolean {
        const text = this.text(field);
        if (text === undefined || text === 'false') {
            return false;
        }
        if (text !== 'true') {
            this.problems.push(
                `${this.record.path}: ${field} must be true or false (was ${JSON.stringify(text)})`,
            );
        }
        return text === 'true';
    }

    /** A separated list, blanks dropped: `Lead; Opportunity` → ['Lead', 'Opportunity']. */
    list(field: string, separator: string): string[] {
        const text = this.text(field);
        return text === undefined
            ? []
            : text
                  .split(separator)
                  .map((item) => item.trim())
                  .filter((item) => item !== '');
    }
}
