import type { Catalog } from '../lib/catalog';
import type { CsvRecord } from '../ops/lib/csv';
import { checkColumns, dealOf, InputError, type Deal } from './deals';

/** Which closed deals to calibrate on. */
export interface DealFilter {
    /** CloseDate on or after, 'YYYY-MM-DD'. */
    readonly from?: string;
    /** CloseDate on or before, 'YYYY-MM-DD'. */
    readonly to?: string;
    readonly framework?: string;
    /** RecordType.DeveloperName, or a RecordTypeId. */
    readonly recordType?: string;
}

export const RECORD_TYPE_COLUMNS = ['RecordType.DeveloperName', 'RecordTypeId'] as const;

/**
 * Reads rows into deals, checking the header on the first row and every row's values; rows outside
 * the period or of another record type or framework are left out. `source` names the input in
 * messages.
 */
export async function collectDeals(
    batches: AsyncIterable<readonly CsvRecord[]>,
    catalog: Catalog,
    filter: DealFilter,
    source: string,
): Promise<Deal[]> {
    const defaultFramework = catalog.defaultFramework('Opportunity').name;
    const deals: Deal[] = [];
    let line = 1;
    let checked = false;
    for await (const batch of batches) {
        for (const row of batch) {
            line++;
            if (!checked) {
                const columns = Object.keys(row);
                checkColumns(columns, catalog, source);
                checkFilterColumns(columns, filter, source);
                checked = true;
            }
            if (row.IsClosed !== undefined && row.IsClosed.trim().toLowerCase() === 'false')
                continue;
            if (!inPeriod(row, filter, source, line) || !ofRecordType(row, filter)) continue;
            const deal = dealOf(row, line, catalog, defaultFramework, source);
            if (filter.framework === undefined || deal.framework === filter.framework)
                deals.push(deal);
        }
    }
    if (!checked) throw new InputError(`${source} holds no closed Opportunity (no data row)`);
    return deals;
}

function checkFilterColumns(columns: readonly string[], filter: DealFilter, source: string): void {
    if ((filter.from !== undefined || filter.to !== undefined) && !columns.includes('CloseDate'))
        throw new InputError(
            `${source}: missing column CloseDate, which --from and --to filter on`,
        );
    if (
        filter.recordType !== undefined &&
        !RECORD_TYPE_COLUMNS.some((column) => columns.includes(column))
    )
        throw new InputError(
            `${source}: missing column ${RECORD_TYPE_COLUMNS.join(' or ')}, which --record-type filters on`,
        );
}

function inPeriod(row: CsvRecord, filter: DealFilter, source: string, line: number): boolean {
    if (filter.from === undefined && filter.to === undefined) return true;
    const day = (row.CloseDate ?? '').trim().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
        throw new InputError(
            `${source} line ${line}: CloseDate ${JSON.stringify(row.CloseDate ?? '')} is no YYYY-MM-DD date`,
        );
    return (
        (filter.from === undefined || day >= filter.from) &&
        (filter.to === undefined || day <= filter.to)
    );
}

function ofRecordType(row: CsvRecord, filter: DealFilter): boolean {
    if (filter.recordType === undefined) return true;
    return RECORD_TYPE_COLUMNS.some((column) => row[column]?.trim() === filter.recordType);
}
