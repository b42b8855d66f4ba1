import type { Catalog } from '../lib/catalog';
import type { Bulk2 } from '../ops/lib/bulk2';
import type { CsvRecord } from '../ops/lib/csv';
import { collectDeals, type DealFilter } from './collectDeals';
import { FRAMEWORK_FIELD, SNAPSHOT_FIELD, STATUS_FIELD, type Deal } from './deals';

/** Records per result page: Bulk API 2.0's default page size is fine for a few fields per row. */
export const PAGE_SIZE = 50_000;
/** How often one page is read again after an interruption before the tool gives up. */
export const PAGE_ATTEMPTS = 4;

/** The query: every closed Opportunity of the period with its outcome and ratings. */
export function calibrationSoql(catalog: Catalog, filter: DealFilter): string {
    const ratingFields = [
        ...new Set(catalog.frameworks.flatMap((f) => f.dimensions.map((d) => d.ratingField))),
    ].sort();
    const fields = [
        'Id',
        'IsWon',
        'CloseDate',
        FRAMEWORK_FIELD,
        STATUS_FIELD,
        SNAPSHOT_FIELD,
        ...(filter.recordType === undefined ? [] : ['RecordType.DeveloperName']),
        ...ratingFields,
    ];
    const where = ['IsClosed = true'];
    if (filter.from !== undefined) where.push(`CloseDate >= ${filter.from}`);
    if (filter.to !== undefined) where.push(`CloseDate <= ${filter.to}`);
    if (filter.recordType !== undefined)
        where.push(`RecordType.DeveloperName = '${filter.recordType.replace(/[\\']/g, '\\$&')}'`);
    return `SELECT ${fields.join(', ')} FROM Opportunity WHERE ${where.join(' AND ')}`;
}

/**
 * Reads the closed deals through a Bulk API 2.0 query job. Results are read page by page by
 * locator; when a page breaks off (a dropped connection, a 5xx the client's retries did not
 * outlast) its partly read records are dropped and the page is read again from its locator, so no
 * deal is counted twice and the job's earlier pages are not fetched again.
 */
export async function readDealsFromOrg(
    bulk: Bulk2,
    catalog: Catalog,
    filter: DealFilter,
    report: (line: string) => void = () => undefined,
    pageSize: number = PAGE_SIZE,
): Promise<Deal[]> {
    const jobId = await bulk.startQuery(calibrationSoql(catalog, filter));
    const job = await bulk.waitForQuery(jobId);
    report(`Query job ${jobId}: ${job.numberRecordsProcessed} closed Opportunities`);
    return collectDeals(
        pagesOf(bulk, jobId, pageSize, report),
        catalog,
        filter,
        `query job ${jobId}`,
    );
}

async function* pagesOf(
    bulk: Bulk2,
    jobId: string,
    pageSize: number,
    report: (line: string) => void,
): AsyncGenerator<readonly CsvRecord[]> {
    let locator = '';
    for (;;) {
        let page: CsvRecord[] = [];
        let next: string | null = null;
        for (let attempt = 1; ; attempt++) {
            page = [];
            try {
                // One page per call: the generator is left after its first page.
                for await (const result of bulk.resultPages(jobId, locator, pageSize)) {
                    for await (const batch of result.batches) page.push(...batch);
                    next = result.nextLocator;
                    break;
                }
                break;
            } catch (error) {
                if (attempt >= PAGE_ATTEMPTS) throw error;
                report(
                    `Page ${locator || 'first'} broke off (${error instanceof Error ? error.message : String(error)}); reading it again (${attempt + 1} of ${PAGE_ATTEMPTS})`,
                );
            }
        }
        yield page;
        if (next === null) return;
        locator = next;
    }
}
