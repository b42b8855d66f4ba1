/**
 * Every CSV the project reads or writes goes through this module, over one library (the `csv`
 * project's csv-parse and csv-stringify): Bulk API 2.0 results and uploads, the ops tools' reports,
 * the fake org's pages. RFC 4180: comma, `"` quoting, LF written, LF or CRLF read, a UTF-8
 * byte-order mark ignored.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { parse, type Options as ParseOptions } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** One CSV data row keyed by the header's column names. */
export type CsvRecord = Readonly<Record<string, string>>;

export type CsvValue = string | number | boolean | null | undefined;

const READ_OPTIONS: ParseOptions = {
    bom: true,
    // Either line ending, even mixed within one text: the first one seen does not decide the rest.
    record_delimiter: ['\r\n', '\n', '\r'],
    // A blank line (a trailing one included) is no record, as Bulk API results end with one.
    skip_empty_lines: true,
};

/**
 * Streams records from CSV bytes or text chunks: the first row is the header. Memory stays flat
 * whatever the size: the parser holds one chunk and the record it is in. A row whose width differs
 * from the header, or a quote left open, is an error naming the line.
 */
export async function* parseCsvRecords(
    source: AsyncIterable<string | Uint8Array> | ReadableStream<Uint8Array>,
): AsyncGenerator<CsvRecord> {
    for await (const batch of parseCsvRecordBatches(source)) yield* batch;
}

/**
 * The records of `parseCsvRecords` in the batches the parser completes from each chunk (a few
 * hundred records of a 64 KB chunk), for callers that read millions: one await per batch, not per
 * record.
 */
export async function* parseCsvRecordBatches(
    source: AsyncIterable<string | Uint8Array> | ReadableStream<Uint8Array>,
): AsyncGenerator<CsvRecord[]> {
    const input =
        'getReader' in source
            ? Readable.fromWeb(source as NodeReadableStream<Uint8Array>)
            : Readable.from(source, { objectMode: false });
    // Rows as arrays: the library's own records (`columns`) are built with defineProperty per
    // field, which V8 keeps as slow dictionaries; records built here share one fast shape.
    const parser = parse(READ_OPTIONS);
    input.on('error', (error) => parser.destroy(error));
    input.pipe(parser);
    let header: readonly string[] | undefined;
    try {
        for await (const rows of rowBatches(parser)) {
            let first = 0;
            if (!header) {
                header = checkedHeader(rows[0] as string[]);
                first = 1;
            }
            const records: CsvRecord[] = new Array<CsvRecord>(rows.length - first);
            for (let index = first; index < rows.length; index++)
                records[index - first] = toRecord(header, rows[index] as string[]);
            if (records.length > 0) yield records;
        }
    } catch (error) {
        throw csvError(error);
    } finally {
        // A consumer that stops early must not leave the source (a socket) open.
        input.destroy();
        parser.destroy();
    }
}

function toRecord(header: readonly string[], row: readonly string[]): CsvRecord {
    const record: Record<string, string> = {};
    // The library has checked that every row is as wide as the header.
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
 * What a parser stream completes, in batches: everything it holds each time it is read, then a
 * wait for more. Its async iterator would await once per row.
 */
async function* rowBatches(stream: Readable): AsyncGenerator<string[][]> {
    let wake: (() => void) | undefined;
    let ended = false;
    let failure: unknown;
    const signal = () => {
        const resolve = wake;
        wake = undefined;
        resolve?.();
    };
    stream.on('readable', signal);
    stream.on('end', () => {
        ended = true;
        signal();
    });
    stream.on('error', (error) => {
        failure = error;
        signal();
    });
    for (;;) {
        if (failure !== undefined) throw failure;
        const rows: string[][] = [];
        let row: string[] | null;
        while ((row = stream.read() as string[] | null) !== null) rows.push(row);
        if (rows.length > 0) {
            yield rows;
            continue;
        }
        if (ended) return;
        // Nothing runs between the empty read above and this wait: no event can be missed.
        await new Promise<void>((resolve) => (wake = resolve));
    }
}

/** Every row of a whole CSV text, the header row included, as arrays of fields. */
export function parseCsvRows(text: string): string[][] {
    try {
        return parseSync(text, READ_OPTIONS) as string[][];
    } catch (error) {
        throw csvError(error);
    }
}

export interface CsvWriteOptions {
    /**
     * Prefix cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return with `'`, so that a
     * spreadsheet opening a report shows them as text instead of running them as formulas (OWASP CSV
     * injection). Only for files people open: data uploaded to the org must arrive as it is.
     */
    readonly neutraliseFormulas?: boolean;
}

/**
 * Rows as CSV text, each line ending in LF (the line ending our ingest jobs declare); `null` and
 * `undefined` become empty fields. One call per batch of rows: the library sets itself up per call.
 */
export function csvText(
    rows: readonly (readonly CsvValue[])[],
    options: CsvWriteOptions = {},
): string {
    if (rows.length === 0) return '';
    return stringify(rows as CsvValue[][], {
        eof: true,
        record_delimiter: 'unix',
        escape_formulas: options.neutraliseFormulas === true,
        // A lone carriage return ends a record for readers that accept CR line endings (ours does).
        quoted_match: '\r',
        cast: { boolean: (value) => String(value) },
    });
}

/** One CSV line with a trailing LF. */
export function csvLine(values: readonly CsvValue[], options: CsvWriteOptions = {}): string {
    return csvText([values], options);
}

/**
 * An upper bound of the UTF-8 bytes a row takes as CSV: every UTF-16 unit at most three bytes (or
 * a doubled quote), two quotes and a delimiter per field. Lets a writer cap a batch without
 * encoding it.
 */
export function csvRowMaxBytes(values: readonly CsvValue[]): number {
    let bytes = 1;
    for (const value of values) bytes += 3 * String(value ?? '').length + 3;
    return bytes;
}

/** The library's errors say what is wrong and on which line; this names them as CSV errors. */
function csvError(error: unknown): Error {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('CSV_'))
        return new Error(`CSV: ${error.message}`, { cause: error });
    return error instanceof Error ? error : new Error(String(error));
}
