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
    });

    it('keeps a line break inside a quoted field as written, LF or CRLF', async () => {
        expect(await collect(['Id,Note\n7,"first line\nsecond line"\n'])).toEqual([
            { Id: '7', Note: 'first line\nsecond line' },
        ]);
        expect(await collect(['Id,Note\n8,"one\r\ntwo"\n'])).toEqual([
            { Id: '8', Note: 'one\r\ntwo' },
        ]);
    });

    it('reads LF and CRLF line endings, even mixed, and skips blank lines', async () => {
        expect(await collect(['a,b\r\n1,2\n3,4\r\n\n'])).toEqual([
            { a: '1', b: '2' },
            { a: '3', b: '4' },
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

    it('names the line whose width does not match the header', async () => {
        await expect(collect(['a,b\n1,2\n3\n'])).rejects.toThrow(
            'CSV: Invalid Record Length: expect 2, got 1 on line 3',
        );
    });

    it('names a quoted field that is not closed', async () => {
        await expect(collect(['a\n"open'])).rejects.toThrow(
            'CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2',
        );
        expect(() => parseCsvRows('a\n"open')).toThrow('CSV: Quote Not Closed');
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
