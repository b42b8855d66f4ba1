import { appendFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { csvLine } from './csv';

/**
 * An append-only CSV report file with a write buffer. `flush()` runs before each checkpoint so that
 * the file never lags behind what the checkpoint says is done.
 */
export class CsvReportFile {
    private buffer = '';
    private rows = 0;

    constructor(
        readonly path: string,
        header: readonly string[],
        append: boolean,
    ) {
        if (!append || !existsSync(path) || statSync(path).size === 0)
            writeFileSync(path, csvLine(header));
    }

    get rowCount(): number {
        return this.rows;
    }

    add(values: readonly (string | number | null | undefined)[]): void {
        this.buffer += csvLine(values);
        this.rows++;
        if (this.buffer.length >= 64 * 1024) this.flush();
    }

    flush(): void {
        if (this.buffer === '') return;
        appendFileSync(this.path, this.buffer);
        this.buffer = '';
    }
}
