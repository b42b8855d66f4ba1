import { createReadStream, statSync } from 'node:fs';
import type { Catalog } from '../lib/catalog';
import { parseCsvRecordBatches } from '../ops/lib/csv';
import { collectDeals, type DealFilter } from './collectDeals';
import { InputError, type Deal } from './deals';

/** The closed deals of a Bulk API or Data Loader export (`--from-csv FILE`). */
export async function readDealsFromCsv(
    file: string,
    catalog: Catalog,
    filter: DealFilter,
): Promise<Deal[]> {
    let size: number;
    try {
        size = statSync(file).size;
    } catch {
        throw new InputError(`--from-csv ${file}: no such file`);
    }
    if (size === 0) throw new InputError(`${file} is empty (not even a header)`);
    try {
        return await collectDeals(
            parseCsvRecordBatches(createReadStream(file)),
            catalog,
            filter,
            file,
        );
    } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
