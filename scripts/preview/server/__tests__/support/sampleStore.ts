/**
 * A record store over the sample records of data/, each evaluated once as the trigger would, in a
 * temporary folder of its own: the stand-in tests' fresh org. The caller removes `dataDir`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PreviewWorkspace } from '../../metadata/workspace';
import { evaluateOnSave } from '../../records/evaluateOnSave';
import { readSampleRecords, RecordStore, type StoredRecord } from '../../records/recordStore';

export const PROJECT_ROOT = path.resolve(__dirname, '../../../../..');

export function sampleStore(
    workspace: PreviewWorkspace,
    prefix: string,
): { dataDir: string; store: RecordStore } {
    const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
    const store = new RecordStore(path.join(dataDir, 'records.json'), (): StoredRecord[] =>
        readSampleRecords(path.join(PROJECT_ROOT, 'data')).map((record) => ({
            ...record,
            fields: evaluateOnSave(
                record.apiName,
                record.fields,
                workspace.catalog,
                'en',
                new Date(record.lastModifiedDate),
            ),
        })),
    );
    return { dataDir, store };
}
