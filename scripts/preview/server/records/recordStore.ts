import {
    existsSync,
    mkdirSync,
    readdirSync,
    readFileSync,
    renameSync,
    writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { SupportedObject } from '../metadata/fieldSchema';

export type StoredValue = string | number | boolean | null;

/** A record as the preview keeps it: the object, the id, the system timestamp and every field's value. */
export interface StoredRecord {
    readonly apiName: SupportedObject;
    readonly id: string;
    readonly lastModifiedDate: string;
    readonly fields: Readonly<Record<string, StoredValue>>;
}

/**
 * Keeps the preview's records in one JSON file, so a reload (or a restart) shows what was saved. A missing
 * file starts from the sample records in `data/`; each write replaces the file atomically.
 */
export class RecordStore {
    private readonly records = new Map<string, StoredRecord>();

    constructor(
        private readonly dataFile: string,
        seedRecords: () => StoredRecord[],
    ) {
        const initial = existsSync(dataFile) ? readDataFile(dataFile) : seedRecords();
        for (const record of initial) this.records.set(record.id, record);
        if (!existsSync(dataFile)) this.persist();
    }

    get(id: string): StoredRecord | undefined {
        return this.records.get(id);
    }

    all(): StoredRecord[] {
        return [...this.records.values()];
    }

    put(record: StoredRecord): void {
        this.records.set(record.id, record);
        this.persist();
    }

    private persist(): void {
        mkdirSync(path.dirname(this.dataFile), { recursive: true });
        const temporary = `${this.dataFile}.${process.pid}.tmp`;
        writeFileSync(
            temporary,
            `${JSON.stringify({ version: 1, records: this.all() }, null, 2)}\n`,
        );
        renameSync(temporary, this.dataFile);
    }
}

function readDataFile(file: string): StoredRecord[] {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
        version?: unknown;
        records?: unknown;
    };
    if (parsed.version !== 1 || !Array.isArray(parsed.records)) {
        throw new Error(
            `${file}: not a preview data file (expected {"version": 1, "records": [...]}); delete it to start from data/`,
        );
    }
    return parsed.records as StoredRecord[];
}

/** The sample records: every `data/*.json` file holds one `{ apiName, id, fields }`. */
export function readSampleRecords(dataDir: string): StoredRecord[] {
    return readdirSync(dataDir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => {
            const sample = JSON.parse(
                readFileSync(path.join(dataDir, file), 'utf8'),
            ) as Partial<StoredRecord>;
            if (
                (sample.apiName !== 'Lead' && sample.apiName !== 'Opportunity') ||
                typeof sample.id !== 'string' ||
                typeof sample.fields !== 'object'
            ) {
                throw new Error(
                    `${path.join(dataDir, file)}: a sample record needs apiName (Lead or Opportunity), id and fields`,
                );
            }
            return {
                apiName: sample.apiName,
                id: sample.id,
                lastModifiedDate: sample.lastModifiedDate ?? new Date().toISOString(),
                fields: sample.fields ?? {},
            };
        });
}
