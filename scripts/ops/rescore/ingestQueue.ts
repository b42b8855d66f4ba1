import type { Bulk2 } from '../lib/bulk2';
import { MAX_UPLOAD_BYTES } from '../lib/bulk2';
import { csvRowMaxBytes, csvText } from '../lib/csv';
import type { CsvReportFile } from '../lib/csvFile';
import { UPLOAD_COLUMNS } from './changes';

export interface PendingJob {
    readonly id: string;
    readonly rows: number;
}

/**
 * Collects changed rows into update jobs of at most `batchSize` rows (and well under the upload
 * size limit), submits them, and reads each job's outcome: rejected rows go to the failures file
 * with the platform's error, rows the platform never processed too, so no row is silently lost.
 */
export class IngestQueue {
    /** Buffered rows, written as CSV once per job: the CSV library sets itself up per call. */
    private rows: (readonly string[])[] = [];
    /** An upper bound of the buffered rows' upload size. */
    private bytes = csvRowMaxBytes(UPLOAD_COLUMNS);
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
        return this.rows.length;
    }

    /** Adds a row; returns true when that filled the batch (the caller then calls `submit`). */
    add(values: readonly string[]): boolean {
        this.rows.push(values);
        this.bytes += csvRowMaxBytes(values);
        return this.rows.length >= this.batchSize || this.bytes >= MAX_UPLOAD_BYTES / 2;
    }

    /** Uploads the buffered rows as one job (no-op when empty); waits for the oldest job first when too many are open. */
    async submit(): Promise<void> {
        if (this.rows.length === 0) return;
        while (this.pending.length >= this.maxPendingJobs) await this.harvestOldest();
        const id = await this.bulk.submitIngest(
            this.objectApiName,
            'update',
            csvText([UPLOAD_COLUMNS, ...this.rows]),
        );
        this.pending.push({ id, rows: this.rows.length });
        this.discardBuffer();
    }

    /** Forgets buffered rows (an interrupted run redoes them from the checkpoint). */
    discardBuffer(): void {
        this.rows = [];
        this.bytes = csvRowMaxBytes(UPLOAD_COLUMNS);
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
