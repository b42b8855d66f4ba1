import { appendFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { csvText, csvRowMaxBytes, type CsvValue } from './csv';

/**
 * An append-only CSV report file with a write buffer. `flush()` runs before each checkpoint so that
 * the file never lags behind what the checkpoint says is done.
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
            writeFileSync(path, csvText([header]));
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
        appendFileSync(this.path, csvText(this.buffer));
        this.buffer = [];
        this.bufferedBytes = 0;
    }
}
