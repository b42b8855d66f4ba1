import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FIXTURE = join(__dirname, 'fixtures', 'valid');
export const MODEL = 'force-app/model';
export const METADATA = `${MODEL}/customMetadata`;

/** A throw-away copy of the valid fixture tree that a test may break on purpose. */
export class FixtureTree {
    readonly root = mkdtempSync(join(tmpdir(), 'bb-catalog-'));

    constructor() {
        cpSync(VALID_FIXTURE, this.root, { recursive: true });
    }

    /** Replaces text in a file and fails loudly if the text is not there, so a test cannot go stale silently. */
    replace(path: string, search: string, replacement: string): this {
        const file = join(this.root, path);
        const text = readFileSync(file, 'utf8');
        if (!text.includes(search)) {
            throw new Error(`fixture ${path} does not contain ${search}`);
        }
        writeFileSync(file, text.replace(search, replacement));
        return this;
    }

    write(path: string, text: string): this {
        writeFileSync(join(this.root, path), text);
        return this;
    }

    remove(path: string): this {
        rmSync(join(this.root, path), { recursive: true });
        return this;
    }

    dispose(): void {
        rmSync(this.root, { recursive: true, force: true });
    }
}

/** The XML of one `<values>` entry in a Custom Metadata record. */
export function valueEntry(field: string, value: string, type = 'string'): string {
    return `<values>\n        <field>${field}</field>\n        <value xsi:type="xsd:${type}">${value}</value>\n    </values>`;
}
