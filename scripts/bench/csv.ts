/**
 * npm run bench:csv — streams 1 GB of CSV (BENCH_CSV_MB to change it) through the project's CSV
 * reader (scripts/ops/lib/csv.ts) and prints throughput and memory. Prints numbers; asserts nothing
 * about time.
 *
 * The text looks like a Bulk API 2.0 result page: an Id, picklist values, numbers, an empty field
 * and a quoted explanation with a comma, a doubled quote and a line break, behind a byte-order
 * mark. It is generated in 1 MB chunks as it is read, so nothing but the reader holds memory: the
 * peak RSS after the first 64 MB and at the end should be about the same (flat memory).
 */
import { parseCsvRecords } from '../ops/lib/csv';
import { MemorySampler } from './memorySampler';

const MB = 1024 * 1024;
const TOTAL_MB = Number(process.env.BENCH_CSV_MB ?? 1024);
const HEADER =
    'Id,BB_Qualification_Framework__c,BB_Budget_Rating__c,BB_Authority_Rating__c,BB_Need_Rating__c,BB_Timeline_Rating__c,BB_Qualification_Score__c,BB_Qualification_Completeness__c,BB_Decision_Date__c,BB_Qualification_Explanation__c\n';

/** 1 MB chunks of whole rows, the first behind a byte-order mark, until `totalBytes` are out. */
async function* generatedCsv(totalBytes: number): AsyncGenerator<Buffer> {
    const rows: string[] = [];
    for (let index = 0; index < 4096; index++) {
        rows.push(
            `00Q${index.toString(36).padStart(12, '0')}AAA,BANT,Met,Partly_Met,,Not_Met,${index % 101},75,2027-0${1 + (index % 9)}-15,"Score ${index % 101} is below 75, the ""Qualified"" threshold.\nBudget: Partly met"\n`,
        );
    }
    const block = Buffer.from(rows.join(''));
    let sent = 0;
    const first = Buffer.from(`\uFEFF${HEADER}`);
    yield first;
    sent += first.length;
    while (sent < totalBytes) {
        const parts: Buffer[] = [];
        let size = 0;
        while (size < MB && sent + size < totalBytes) {
            parts.push(block);
            size += block.length;
        }
        const chunk = Buffer.concat(parts, size);
        sent += chunk.length;
        yield chunk;
    }
}

async function main(): Promise<void> {
    const memory = new MemorySampler();
    let bytes = 0;
    let records = 0;
    let earlyPeakRss = 0;
    const counted = async function* (): AsyncGenerator<Buffer> {
        for await (const chunk of generatedCsv(TOTAL_MB * MB)) {
            bytes += chunk.length;
            if (earlyPeakRss === 0 && bytes >= 64 * MB) {
                memory.sample();
                earlyPeakRss = memory.peakRss;
            }
            yield chunk;
        }
    };
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    let lastExplanation = '';
    try {
        for await (const record of parseCsvRecords(counted())) {
            records++;
            lastExplanation = record.BB_Qualification_Explanation__c ?? '';
        }
    } finally {
        memory.stop();
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    if (!lastExplanation.includes('"Qualified"') || !lastExplanation.includes('\n'))
        throw new Error(`the last record's quoted field came out wrong: ${lastExplanation}`);
    const line = (label: string, value: string) =>
        process.stdout.write(`${label.padEnd(30)} ${value}\n`);
    process.stdout.write(`\nCSV streaming read (Papa Parse, Node ${process.version})\n`);
    line('bytes read', `${(bytes / MB).toFixed(0)} MB`);
    line('records', records.toLocaleString('en-US'));
    line('seconds', seconds.toFixed(1));
    line('throughput', `${(bytes / MB / seconds).toFixed(1)} MB/s`);
    line('records/s', Math.round(records / seconds).toLocaleString('en-US'));
    line(
        'CPU per record',
        `${((cpu.user + cpu.system) / records).toFixed(2)} µs (user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s)`,
    );
    line('baseline RSS', `${(memory.baselineRss / MB).toFixed(0)} MB`);
    line(
        'peak RSS after 64 MB',
        earlyPeakRss > 0 ? `${(earlyPeakRss / MB).toFixed(0)} MB` : 'n/a (read less than 64 MB)',
    );
    line('peak RSS at the end', `${(memory.peakRss / MB).toFixed(0)} MB`);
    line('peak heapUsed', `${(memory.peakHeap / MB).toFixed(0)} MB`);
    const ratio = earlyPeakRss > 0 ? memory.peakRss / earlyPeakRss : 1;
    line(
        'peak RSS end / after 64 MB',
        `${ratio.toFixed(2)} (flat memory: ≤ 1.50) ${ratio <= 1.5 ? 'OK' : 'EXCEEDED'}`,
    );
}

main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
