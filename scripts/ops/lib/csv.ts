/**
 * CSV as Bulk API 2.0 speaks it (RFC 4180, comma, LF or CRLF line endings, `"` quoting).
 * The parser is incremental so a result page of any size streams through in constant memory.
 */

/** Splits CSV text that arrives in chunks into rows; call `push` per chunk and `end` once. */
export class CsvRowParser {
    private field = '';
    private row: string[] = [];
    private inQuotes = false;
    /** A `"` seen inside a quoted field: either an escaped quote or the closing quote. */
    private quotePending = false;
    private pendingCarriageReturn = false;
    private line = 1;

    /** Consumes one chunk and returns the rows it completed. */
    push(chunk: string): string[][] {
        const rows: string[][] = [];
        for (let index = 0; index < chunk.length; index++) {
            const char = chunk[index] as string;
            if (this.pendingCarriageReturn) {
                this.pendingCarriageReturn = false;
                if (char === '\n') continue;
            }
            if (this.quotePending) {
                this.quotePending = false;
                if (char === '"') {
                    this.field += '"';
                    continue;
                }
                this.inQuotes = false;
            } else if (this.inQuotes) {
                if (char === '"') this.quotePending = true;
                else {
                    if (char === '\n') this.line++;
                    this.field += char;
                }
                continue;
            }
            if (char === ',') {
                this.row.push(this.field);
                this.field = '';
            } else if (char === '\n' || char === '\r') {
                this.pendingCarriageReturn = char === '\r';
                this.row.push(this.field);
                rows.push(this.row);
                this.row = [];
                this.field = '';
                this.line++;
            } else if (char === '"' && this.field === '') {
                this.inQuotes = true;
            } else if (char === '"') {
                throw new Error(`CSV line ${this.line}: a quote inside an unquoted field`);
            } else {
                this.field += char;
            }
        }
        return rows;
    }

    /** Flushes the last row when the text does not end with a line break. */
    end(): string[][] {
        if (this.inQuotes && !this.quotePending) {
            throw new Error(
                `CSV line ${this.line}: a quoted field is not closed before the end of the data`,
            );
        }
        const last = this.row.length > 0 || this.field !== '' ? [[...this.row, this.field]] : [];
        this.row = [];
        this.field = '';
        this.inQuotes = false;
        this.quotePending = false;
        return last;
    }
}

/** One CSV data row keyed by the header's column names. */
export type CsvRecord = Readonly<Record<string, string>>;

/**
 * Streams records from CSV text chunks: the first row is the header. Yields one record per data row;
 * a row whose width differs from the header is an error naming the line.
 */
export async function* parseCsvRecords(
    source: AsyncIterable<string | Uint8Array> | ReadableStream<Uint8Array>,
): AsyncGenerator<CsvRecord> {
    const chunks = 'getReader' in source ? readerChunks(source) : source;
    const parser = new CsvRowParser();
    const decoder = new TextDecoder('utf-8');
    let header: string[] | undefined;
    let dataRow = 0;
    const toRecords = function* (rows: string[][]): Generator<CsvRecord> {
        for (const row of rows) {
            if (!header) {
                header = row;
                continue;
            }
            dataRow++;
            if (row.length === 1 && row[0] === '') continue;
            if (row.length !== header.length) {
                throw new Error(
                    `CSV data row ${dataRow} has ${row.length} fields, the header has ${header.length}`,
                );
            }
            const record: Record<string, string> = {};
            header.forEach((name, index) => {
                record[name] = row[index] as string;
            });
            yield record;
        }
    };
    for await (const chunk of chunks) {
        const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
        yield* toRecords(parser.push(text));
    }
    yield* toRecords(parser.push(decoder.decode()));
    yield* toRecords(parser.end());
}

/** Quotes a value when it holds a comma, quote or line break. `null`/`undefined` become empty. */
export function csvField(value: string | number | boolean | null | undefined): string {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line with a trailing LF (the line ending our ingest jobs declare). */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
    return `${values.map(csvField).join(',')}\n`;
}

/** A web ReadableStream (a fetch body) as an async iterable, releasing the reader when the consumer stops early. */
async function* readerChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
    const reader = stream.getReader();
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            yield value;
        }
    } finally {
        await reader.cancel().catch(() => undefined);
        reader.releaseLock();
    }
}
