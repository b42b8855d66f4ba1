import type { Bulk2 } from '../lib/bulk2';
import { MAX_UPLOAD_BYTES } from '../lib/bulk2';
import { csvRowMaxBytes } from '../lib/csv';
import type { CsvReportFile } from '../lib/csvFile';
import { UPLOAD_COLUMNS } from './changes';
import { UploadBody } from './uploadBody';

export interface PendingJob {
    readonly id: string;
    readonly rows: number;
}

/** Rows are encoded to bytes at the latest when this many wait, whether or not the caller calls `encodeRows`. */
export const MAX_UNENCODED_ROWS = 512;

/**
 * Collects changed rows into update jobs of at most `batchSize` rows (and well under the upload
 * size limit), submits them, and reads each job's outcome: rejected rows go to the failures file
 * with the platform's error, rows the platform never processed too, so no row is silently lost.
 * Rows wait as bytes, not as strings: the caller calls `encodeRows` after each batch of records,
 * so memory stays flat however long a job takes to fill (see UploadBody).
 */
export class IngestQueue {
    /** Rows added since the last `encodeRows`. */
    private unencoded: (readonly string[])[] = [];
    /** An upper bound of the unencoded rows' upload size. */
    private unencodedBytes = 0;
    private readonly body = new UploadBody(UPLOAD_COLUMNS);
    private rows = 0;
    readonly pending: PendingJob[];
    failed = 0;

    constructor(
        private readonly bulk: Bulk2,
        private readonly objectApiName: string,
        private readonly failures: CsvReportFile,
        private readonly batchSize: number,
        private readonly maxPendingJobs: number,
        pending: readonly PendingJob[],
    ) {
        this.pending = [...pending];
    }

    get bufferedRows(): number {
        return this.rows;
    }

    /** Adds a row; returns true when that filled the batch (the caller then calls `submit`). */
    add(values: readonly string[]): boolean {
        this.unencoded.push(values);
        this.unencodedBytes += csvRowMaxBytes(values);
        this.rows++;
        if (this.unencoded.length >= MAX_UNENCODED_ROWS) this.encodeRows();
        return (
            this.rows >= this.batchSize ||
            this.body.byteLength + this.unencodedBytes >= MAX_UPLOAD_BYTES / 2
        );
    }

    /** Encodes the rows added since the last call into the job's body and lets go of them. */
    encodeRows(): void {
        this.body.append(this.unencoded);
        this.unencoded = [];
        this.unencodedBytes = 0;
    }

    /** Uploads the buffered rows as one job (no-op when empty); waits for the oldest job first when too many are open. */
    async submit(): Promise<void> {
        if (this.rows === 0) return;
        this.encodeRows();
        while (this.pending.length >= this.maxPendingJobs) await this.harvestOldest();
        const id = await this.bulk.submitIngest(this.objectApiName, 'update', this.body.view());
        this.pending.push({ id, rows: this.rows });
        this.discardBuffer();
    }

    /** Forgets buffered rows (an interrupted run redoes them from the checkpoint). */
    discardBuffer(): void {
        this.unencoded = [];
        this.unencodedBytes = 0;
        this.body.clear();
        this.rows = 0;
    }

    async harvestAll(): Promise<void> {
        while (this.pending.length > 0) await this.harvestOldest();
    }

    private async harvestOldest(): Promise<void> {
        const job = this.pending[0];
        if (!job) return;
        const outcome = await this.bulk.waitForIngest(job.id);
        let reported = 0;
        for await (const row of this.bulk.failedResults(job.id)) {
            this.failures.add([
                this.objectApiName,
                row.sf__Id || row.Id || '',
                row.sf__Error ?? 'no error given',
                job.id,
            ]);
            reported++;
        }
        let unprocessed = 0;
        if (outcome.state !== 'JobComplete') {
            const reason = `not processed: job ${outcome.state}${outcome.errorMessage ? `: ${outcome.errorMessage}` : ''}`;
            for await (const row of this.bulk.unprocessedRecords(job.id)) {
                this.failures.add([this.objectApiName, row.Id ?? '', reason, job.id]);
                unprocessed++;
            }
        }
        const succeeded = outcome.numberRecordsProcessed - outcome.numberRecordsFailed;
        const unaccounted = job.rows - succeeded - reported - unprocessed;
        if (unaccounted > 0) {
            this.failures.add([
                this.objectApiName,
                '',
                `${unaccounted} of ${job.rows} uploaded rows are not in the job's results (state ${outcome.state})`,
                job.id,
            ]);
        }
        this.failed += reported + unprocessed + Math.max(unaccounted, 0);
        this.pending.shift();
    }
}
