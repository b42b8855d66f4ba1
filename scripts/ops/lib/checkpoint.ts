import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** Where one object's rescore stands. Holds job ids and positions only: never a credential. */
export interface ObjectProgress {
    /** Hash of the SOQL the query job ran: a checkpoint for another query is not reused. */
    readonly queryHash: string;
    readonly queryJobId: string;
    readonly totalRecords: number;
    /** The locator of the result page to resume at ('' = first page) and how many of its records are done. */
    readonly pageLocator: string;
    readonly pageOffset: number;
    readonly processed: number;
    readonly changed: number;
    readonly failed: number;
    /** Ingest jobs uploaded and closed whose results were not read yet. */
    readonly pendingIngestJobs: readonly { readonly id: string; readonly rows: number }[];
    readonly completed: boolean;
}

export interface CheckpointState {
    readonly version: 1;
    readonly instanceHost: string;
    readonly dryRun: boolean;
    readonly objects: Readonly<Record<string, ObjectProgress>>;
}

export function queryHash(soql: string): string {
    return createHash('sha256').update(soql).digest('hex').slice(0, 16);
}

/** A JSON checkpoint file written atomically (temp file + rename), so a crash never leaves half a file. */
export class CheckpointFile {
    constructor(readonly path: string) {}

    read(): CheckpointState | undefined {
        if (!existsSync(this.path)) return undefined;
        let parsed: Partial<CheckpointState>;
        try {
            parsed = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<CheckpointState>;
        } catch (error) {
            throw new Error(
                `Checkpoint ${this.path} is not valid JSON (${(error as Error).message}); delete it or pass --restart`,
            );
        }
        if (parsed.version !== 1 || typeof parsed.objects !== 'object' || parsed.objects === null) {
            throw new Error(
                `Checkpoint ${this.path} is not a rescore checkpoint of version 1; delete it or pass --restart`,
            );
        }
        return parsed as CheckpointState;
    }

    write(state: CheckpointState): void {
        const temporary = `${this.path}.tmp`;
        writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
        renameSync(temporary, this.path);
    }

    remove(): void {
        rmSync(this.path, { force: true });
    }
}
