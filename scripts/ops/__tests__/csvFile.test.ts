import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvRows } from '../lib/csv';
import { CsvReportFile } from '../lib/csvFile';

describe('CSV report files', () => {
    let directory: string;
    let umask: number;
    beforeEach(() => {
        directory = mkdtempSync(join(tmpdir(), 'bb-report-'));
        // The most permissive umask: the mode must come from the tool, not from the shell.
        umask = process.umask(0);
    });
    afterEach(() => {
        process.umask(umask);
        rmSync(directory, { recursive: true, force: true });
    });

    const mode = (path: string) => statSync(path).mode & 0o777;

    it('creates the file readable and writable by its owner only', () => {
        const path = join(directory, 'failures.csv');
        const report = new CsvReportFile(path, ['Object', 'Id', 'Error'], false);
        report.add(['Lead', '00Q000000000001AAA', 'FIELD_CUSTOM_VALIDATION_EXCEPTION']);
        report.flush();
        expect(mode(path)).toBe(0o600);
    });

    it('narrows an existing file a resumed run appends to, keeping its rows', () => {
        const path = join(directory, 'changes.csv');
        writeFileSync(path, 'Object,Id\nLead,00Q1\n', { mode: 0o644 });
        expect(mode(path)).toBe(0o644);
        const report = new CsvReportFile(path, ['Object', 'Id'], true);
        report.add(['Lead', '00Q2']);
        report.flush();
        expect(mode(path)).toBe(0o600);
        expect(readFileSync(path, 'utf8')).toBe('Object,Id\nLead,00Q1\nLead,00Q2\n');
    });

    it('writes cells a spreadsheet would run as formulas as text', () => {
        const path = join(directory, 'failures.csv');
        const report = new CsvReportFile(path, ['Id', 'Error'], false);
        const dangerous = [
            '=HYPERLINK("http://example.invalid","x")',
            '+1+2',
            '-2+3',
            '@SUM(A1)',
            '\t=1',
            '\r=1',
        ];
        for (const cell of dangerous) report.add(['00Q1', cell]);
        report.add(['00Q2', 'REQUIRED_FIELD_MISSING: a = b']);
        report.flush();
        const rows = parseCsvRows(readFileSync(path, 'utf8'));
        expect(rows.map((row) => row[1])).toEqual([
            'Error',
            ...dangerous.map((cell) => `'${cell}`),
            'REQUIRED_FIELD_MISSING: a = b',
        ]);
    });
});
