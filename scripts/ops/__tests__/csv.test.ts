import {
    csvLine,
    csvRowMaxBytes,
    csvText,
    parseCsvRecords,
    parseCsvRows,
    type CsvRecord,
} from '../lib/csv';

async function collect(chunks: readonly (string | Uint8Array)[]): Promise<CsvRecord[]> {
    const records: CsvRecord[] = [];
    for await (const record of parseCsvRecords(
        (async function* () {
            yield* chunks;
        })(),
    ))
        records.push({ ...record });
    return records;
}

/** Every way of cutting `bytes` into two chunks. */
function splits(bytes: Uint8Array): Uint8Array[][] {
    const cuts: Uint8Array[][] = [];
    for (let at = 1; at < bytes.length; at++)
        cuts.push([bytes.subarray(0, at), bytes.subarray(at)]);
    return cuts;
}

describe('reading CSV', () => {
    it('parses quoted fields with commas, doubled quotes and line breaks, split across chunks anywhere', async () => {
        const bytes = Buffer.from('Id,Note\r\n1,"a, ""b""\r\nc"\r\n2,\r\n');
        const expected = [
            { Id: '1', Note: 'a, "b"\r\nc' },
            { Id: '2', Note: '' },
        ];
        expect(await collect([bytes])).toEqual(expected);
        for (const chunks of splits(bytes)) expect(await collect(chunks)).toEqual(expected);
        for (let size = 1; size <= 8; size++) {
            const pieces: Uint8Array[] = [];
            for (let at = 0; at < bytes.length; at += size)
                pieces.push(bytes.subarray(at, at + size));
            expect(await collect(pieces)).toEqual(expected);
        }
    });

    it('keeps a line break inside a quoted field as written, LF or CRLF', async () => {
        expect(await collect(['Id,Note\n7,"first line\nsecond line"\n'])).toEqual([
            { Id: '7', Note: 'first line\nsecond line' },
        ]);
        expect(await collect(['Id,Note\n8,"one\r\ntwo"\n'])).toEqual([
            { Id: '8', Note: 'one\r\ntwo' },
        ]);
    });

    it('reads LF and CRLF line endings, whichever the first line has, and skips blank lines', async () => {
        const expected = [
            { a: '1', b: '2' },
            { a: '3', b: '4' },
        ];
        expect(await collect(['a,b\n1,2\n3,4\n\n'])).toEqual(expected);
        expect(await collect(['a,b\r\n1,2\r\n3,4\r\n\r\n'])).toEqual(expected);
        expect(await collect(['a,', 'b\r', '\n1,2\r\n3,4\r\n'])).toEqual(expected);
        expect(parseCsvRows('a,b\r\n1,2\r\n')).toEqual([
            ['a', 'b'],
            ['1', '2'],
        ]);
    });

    it('ignores a UTF-8 byte-order mark, also when a chunk ends inside it or inside a character', async () => {
        const bytes = Buffer.from('\uFEFFId,Name\n1,Müller\n');
        const expected = [{ Id: '1', Name: 'Müller' }];
        expect(await collect([bytes])).toEqual(expected);
        for (const chunks of splits(bytes)) expect(await collect(chunks)).toEqual(expected);
        expect(await collect(['\uFEFFId,Name\n2,Ada\n'])).toEqual([{ Id: '2', Name: 'Ada' }]);
        expect(parseCsvRows('\uFEFFId\n3\n')).toEqual([['Id'], ['3']]);
    });

    it('reads a web ReadableStream, as a fetch body arrives', async () => {
        const body = new Blob(['Id,Note\n1,"x,y"\n']).stream();
        const records: CsvRecord[] = [];
        for await (const record of parseCsvRecords(body)) records.push(record);
        expect(records).toEqual([{ Id: '1', Note: 'x,y' }]);
    });

    it('names the row whose width does not match the header', async () => {
        await expect(collect(['a,b\n1,2\n3\n'])).rejects.toThrow(
            'CSV: data row 2 has 1 fields, the header has 2',
        );
        await expect(collect(['a,b\n1,2\n', '3,4,5\n'])).rejects.toThrow(
            'CSV: data row 2 has 3 fields, the header has 2',
        );
    });

    it('refuses a header that names a column twice', async () => {
        await expect(collect(['Id,Id\n1,2\n'])).rejects.toThrow(
            'CSV: the header names column "Id" twice or unusably',
        );
    });

    it('names a quoted field that is not closed', async () => {
        await expect(collect(['a\n1\n"open'])).rejects.toThrow(
            'CSV: Quoted field unterminated in row 3 (the header is row 1)',
        );
        expect(() => parseCsvRows('a\n"open')).toThrow(
            'CSV: Quoted field unterminated in row 2 (the header is row 1)',
        );
    });
});

describe('writing CSV', () => {
    it('quotes only what needs it and ends every line with LF', () => {
        expect(
            csvText([
                ['plain', 'with,comma', 'with "quote"', 'two\nlines', 'cr\rhere'],
                [null, undefined, 3, true, ''],
            ]),
        ).toBe('plain,"with,comma","with ""quote""","two\nlines","cr\rhere"\n,,3,true,\n');
        expect(csvText([])).toBe('');
    });

    it('round-trips through the reader', async () => {
        const values = ['x', 'with,comma', 'with "quote"', 'two\nlines', '', ' spaced ', '=1+2'];
        const header = values.map((_, index) => `c${index}`);
        const [record] = await collect([csvLine(header), csvLine(values)]);
        expect(Object.values(record ?? {})).toEqual(values);
        expect(parseCsvRows(csvText([header, values]))).toEqual([header, values]);
    });

    it('leaves formula-like cells alone unless asked to neutralise them', () => {
        expect(csvLine(['=SUM(A1)', '-1', '+1', '@x'])).toBe('=SUM(A1),-1,+1,@x\n');
    });

    it('bounds the bytes a row takes from above, quotes and multi-byte characters included', () => {
        const rows = [['plain'], ['"""'], ['€€€', 'a,b'], ['line\nbreak', '']];
        for (const row of rows)
            expect(Buffer.byteLength(csvLine(row))).toBeLessThanOrEqual(csvRowMaxBytes(row));
    });
});
