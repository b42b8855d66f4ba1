import { appendFileSync, chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { csvText, csvRowMaxBytes, type CsvValue, type CsvWriteOptions } from './csv';

/** Reports hold record ids and the platform's error text: only their owner may read them. */
export const REPORT_FILE_MODE = 0o600;

/** People open reports in spreadsheets: a cell must never run as a formula there. */
const REPORT_CSV: CsvWriteOptions = { neutraliseFormulas: true };

/**
 * An append-only CSV report file (rescore's changes and failures) with a write buffer. `flush()`
 * runs before each checkpoint so that the file never lags behind what the checkpoint says is done.
 * The file is readable and writable by its owner only (mode 0600, also when a resumed run appends
 * to a file an older version created with the default umask), and cells starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return are written with a leading `'` (OWASP CSV injection).
 */
export class CsvReportFile {
    /** Rows not yet written, as CSV once per flush: the CSV library sets itself up per call. */
    private buffer: (readonly CsvValue[])[] = [];
    private bufferedBytes = 0;
    private rows = 0;

    constructor(
        readonly path: string,
        header: readonly string[],
        append: boolean,
    ) {
        if (!append || !existsSync(path) || statSync(path).size === 0)
            writeFileSync(path, csvText([header], REPORT_CSV), { mode: REPORT_FILE_MODE });
        // The mode above applies only to a file this call creates.
        chmodSync(path, REPORT_FILE_MODE);
    }

    get rowCount(): number {
        return this.rows;
    }

    add(values: readonly CsvValue[]): void {
        this.buffer.push(values);
        this.bufferedBytes += csvRowMaxBytes(values);
        this.rows++;
        if (this.bufferedBytes >= 64 * 1024) this.flush();
    }

    flush(): void {
        if (this.buffer.length === 0) return;
        appendFileSync(this.path, csvText(this.buffer, REPORT_CSV), { mode: REPORT_FILE_MODE });
        this.buffer = [];
        this.bufferedBytes = 0;
    }
}
