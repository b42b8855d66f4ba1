/**
 * Every CSV the project reads or writes goes through this module, over one library (Papa Parse):
 * Bulk API 2.0 results and uploads, the ops tools' reports, the fake org's pages. RFC 4180: comma,
 * `"` quoting, LF written, LF or CRLF read (as the first lines end), a UTF-8 byte-order mark
 * ignored. Papa Parse over csv-parse: rescore reads millions of rows, and csv-parse copies every
 * byte into a field buffer, which took twice the time of the rest of a record's work.
 */
import Papa from 'papaparse';
import { Readable } from 'node:stream';

/** One CSV data row keyed by the header's column names. */
export type CsvRecord = Readonly<Record<string, string>>;

export type CsvValue = string | number | boolean | null | undefined;

type CsvSource = AsyncIterable<string | Uint8Array> | ReadableStream<Uint8Array>;

const READ_CONFIG = { delimiter: ',', quoteChar: '"', skipEmptyLines: true } as const;

/**
 * Streams records from CSV bytes or text chunks: the first row is the header. Memory stays flat
 * whatever the size: one chunk is parsed at a time, the next read only when its records are taken.
 * A row whose width differs from the header, or a quote left open, is an error naming the row.
 */
export async function* parseCsvRecords(source: CsvSource): AsyncGenerator<CsvRecord> {
    for await (const batch of parseCsvRecordBatches(source)) yield* batch;
}

/**
 * The records of `parseCsvRecords` in the batches the parser completes from each chunk (a few
 * hundred records of a 64 KB chunk), for callers that read millions: one await per batch, not per
 * record.
 */
export async function* parseCsvRecordBatches(source: CsvSource): AsyncGenerator<CsvRecord[]> {
    const text = textChunks(source);
    const { newline, peeked } = await lineEnding(text);
    const input = Readable.from(
        (async function* () {
            yield* peeked;
            yield* text;
        })(),
    );
    const batches: CsvRecord[][] = [];
    let header: readonly string[] | undefined;
    let dataRows = 0;
    let rowsSeen = 0;
    let done = false;
    let failure: unknown;
    let wake: (() => void) | undefined;
    const signal = () => {
        const resolve = wake;
        wake = undefined;
        resolve?.();
    };
    Papa.parse<string[]>(input as unknown as NodeJS.ReadableStream, {
        ...READ_CONFIG,
        newline,
        chunk(results, parser) {
            // One chunk at a time: the next is read when the consumer has taken these records.
            input.pause();
            try {
                const rows = results.data;
                // An error in the unfinished last row of a chunk is no error: the parser leaves that
                // row out and reads it again with the next chunk (a quote before a split CRLF).
                const problem = results.errors.find((error) => (error.row ?? 0) < rows.length);
                if (problem) {
                    throw new Error(
                        `CSV: ${problem.message} in row ${rowsSeen + (problem.row ?? 0) + 1} (the header is row 1)`,
                    );
                }
                rowsSeen += rows.length;
                let first = 0;
                if (!header && rows.length > 0) {
                    header = checkedHeader(rows[0] as string[]);
                    first = 1;
                }
                const records = new Array<CsvRecord>(rows.length - first);
                for (let index = first; index < rows.length; index++) {
                    dataRows++;
                    records[index - first] = toRecord(
                        header as readonly string[],
                        rows[index] as string[],
                        dataRows,
                    );
                }
                if (records.length > 0) batches.push(records);
            } catch (error) {
                failure = error;
                parser.abort();
            }
            signal();
        },
        complete() {
            done = true;
            signal();
        },
        error(error) {
            failure ??= error;
            signal();
        },
    });
    try {
        for (;;) {
            const batch = batches.shift();
            if (batch) {
                yield batch;
                continue;
            }
            if (failure !== undefined) throw failure;
            if (done) return;
            // Nothing runs between the checks above and this wait: no callback can be missed.
            const next = new Promise<void>((resolve) => (wake = resolve));
            input.resume();
            await next;
        }
    } finally {
        // A consumer that stops early must not leave the source (a socket) open.
        input.destroy();
    }
}

function toRecord(header: readonly string[], row: readonly string[], dataRow: number): CsvRecord {
    if (row.length !== header.length) {
        throw new Error(
            `CSV: data row ${dataRow} has ${row.length} fields, the header has ${header.length}`,
        );
    }
    const record: Record<string, string> = {};
    for (let index = 0; index < header.length; index++)
        record[header[index] as string] = row[index] as string;
    return record;
}

function checkedHeader(header: string[]): string[] {
    const seen = new Set<string>();
    for (const name of header) {
        if (name === '__proto__' || seen.has(name))
            throw new Error(
                `CSV: the header names column ${JSON.stringify(name)} twice or unusably`,
            );
        seen.add(name);
    }
    return header;
}

/**
 * How the first line ends, '\r\n' or '\n', read from the text's first chunks (kept in `peeked`).
 * Told rather than guessed per chunk by the library: a first chunk that ends before the first line
 * break must not decide that a CRLF text is LF.
 */
async function lineEnding(
    text: AsyncIterator<string>,
): Promise<{ newline: '\n' | '\r\n'; peeked: string[] }> {
    const peeked: string[] = [];
    let previous = '';
    for (;;) {
        const next = await text.next();
        if (next.done) return { newline: '\n', peeked };
        const chunk = next.value;
        peeked.push(chunk);
        const at = chunk.indexOf('\n');
        if (at >= 0) {
            const before = at > 0 ? chunk.charAt(at - 1) : previous.charAt(previous.length - 1);
            return { newline: before === '\r' ? '\r\n' : '\n', peeked };
        }
        previous = chunk;
    }
}

/**
 * The source as text: bytes decoded as UTF-8 across chunk boundaries (a character may be split
 * between two chunks), a leading byte-order mark dropped.
 */
async function* textChunks(source: CsvSource): AsyncGenerator<string> {
    const chunks = 'getReader' in source ? readerChunks(source) : source;
    // TextDecoder drops a byte-order mark at the start of the bytes; text chunks are checked below.
    const decoder = new TextDecoder('utf-8');
    let started = false;
    for await (const chunk of chunks) {
        let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
        if (!started && text !== '') {
            started = true;
            if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        }
        if (text !== '') yield text;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
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

/** Every row of a whole CSV text, the header row included, as arrays of fields. */
export function parseCsvRows(text: string): string[][] {
    const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const firstBreak = input.indexOf('\n');
    const newline = firstBreak > 0 && input.charAt(firstBreak - 1) === '\r' ? '\r\n' : '\n';
    const results = Papa.parse<string[]>(input, { ...READ_CONFIG, newline });
    const problem = results.errors[0];
    if (problem)
        throw new Error(
            `CSV: ${problem.message} in row ${(problem.row ?? 0) + 1} (the header is row 1)`,
        );
    return results.data;
}

export interface CsvWriteOptions {
    /**
     * Prefix cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return with `'`, so that a
     * spreadsheet opening a report shows them as text instead of running them as formulas (OWASP CSV
     * injection). Only for files people open: data uploaded to the org must arrive as it is.
     */
    readonly neutraliseFormulas?: boolean;
}

// Papa Parse's own pattern (/^[=+\-@\t\r].*$/) misses a formula cell that goes on after a line break.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as CSV text, each line ending in LF (the line ending our ingest jobs declare); `null` and
 * `undefined` become empty fields. Fields with a comma, quote, line break or a leading or trailing
 * space are quoted.
 */
export function csvText(
    rows: readonly (readonly CsvValue[])[],
    options: CsvWriteOptions = {},
): string {
    if (rows.length === 0) return '';
    const text = Papa.unparse(rows as CsvValue[][], {
        newline: '\n',
        escapeFormulae: options.neutraliseFormulas === true ? FORMULA_START : false,
    });
    return `${text}\n`;
}

/** One CSV line with a trailing LF. */
export function csvLine(values: readonly CsvValue[], options: CsvWriteOptions = {}): string {
    return csvText([values], options);
}

/**
 * An upper bound of the UTF-8 bytes a row takes as CSV: every UTF-16 unit at most three bytes (or
 * a doubled quote), two quotes, a formula prefix and a delimiter per field. Lets a writer cap a
 * batch without encoding it.
 */
export function csvRowMaxBytes(values: readonly CsvValue[]): number {
    let bytes = 1;
    for (const value of values) bytes += 3 * String(value ?? '').length + 4;
    return bytes;
}
