import type { Catalog, CatalogFramework } from '../lib/catalog';
import type { CsvRecord } from '../ops/lib/csv';
import { RATING_VALUES } from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';

/** The snapshot field written when an Opportunity closes (docs/architecture.md, "Ratings at close"). */
export const SNAPSHOT_FIELD = 'BB_Ratings_At_Close__c';
export const FRAMEWORK_FIELD = 'BB_Qualification_Framework__c';
export const STATUS_FIELD = 'BB_Qualification_Status__c';
/** Columns every input needs, as a Bulk API or Data Loader export names them. */
export const REQUIRED_COLUMNS = ['Id', 'IsWon', FRAMEWORK_FIELD] as const;

/** One closed Opportunity as calibration sees it: outcome, framework and the ratings at close. */
export interface Deal {
    readonly id: string;
    readonly won: boolean;
    readonly framework: string;
    /** Status at close: the snapshot's, else the status column's when the input has one. */
    readonly status: string | undefined;
    /** Dimension key → rating API name (blank ratings left out). */
    readonly ratings: Readonly<Record<string, string>>;
    /** Where the ratings came from. */
    readonly source: 'snapshot' | 'fields';
}

/** Bad input: the message names the row, the column and the value. */
export class InputError extends Error {}

const KNOWN_RATINGS = new Set<string>(RATING_VALUES);

/** The columns an input must have: the required ones, and the snapshot or every rating field. */
export function checkColumns(columns: readonly string[], catalog: Catalog, source: string): void {
    const have = new Set(columns);
    const missing = REQUIRED_COLUMNS.filter((column) => !have.has(column));
    if (missing.length > 0)
        throw new InputError(
            `${source}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header must hold Id, IsWon, ${FRAMEWORK_FIELD} and ${SNAPSHOT_FIELD} or the rating fields)`,
        );
    if (have.has(SNAPSHOT_FIELD)) return;
    const ratingFields = new Set(
        catalog.frameworks.flatMap((framework) => framework.dimensions.map((d) => d.ratingField)),
    );
    if (![...ratingFields].some((field) => have.has(field)))
        throw new InputError(
            `${source}: missing column ${SNAPSHOT_FIELD} and no rating field column (such as BB_Budget_Rating__c): nothing says how the deals were rated`,
        );
}

/**
 * Reads one exported row. `line` is the row's line number for messages (the header is line 1).
 * Blank framework means the Opportunity default, as the trigger reads it.
 */
export function dealOf(
    row: CsvRecord,
    line: number,
    catalog: Catalog,
    defaultFramework: string,
    source: string,
): Deal {
    const where = `${source} line ${line} (Id ${row.Id || 'blank'})`;
    const won = booleanOf(row.IsWon, `${where}: IsWon`);
    const snapshotText = row[SNAPSHOT_FIELD]?.trim();
    if (snapshotText) {
        const snapshot = parseSnapshot(snapshotText, where);
        const framework = snapshot.framework || row[FRAMEWORK_FIELD]?.trim() || defaultFramework;
        const known = frameworkOf(catalog, framework, where);
        for (const [key, rating] of Object.entries(snapshot.ratings)) {
            if (!known.dimensions.some((dimension) => dimension.key === key))
                throw new InputError(
                    `${where}: ${SNAPSHOT_FIELD} rates ${key}, which is no dimension of ${framework}`,
                );
            checkRating(rating, `${where}: ${SNAPSHOT_FIELD} rating of ${key}`);
        }
        return {
            id: row.Id ?? '',
            won,
            framework,
            status: snapshot.status,
            ratings: snapshot.ratings,
            source: 'snapshot',
        };
    }
    const framework = row[FRAMEWORK_FIELD]?.trim() || defaultFramework;
    const known = frameworkOf(catalog, framework, where);
    const ratings: Record<string, string> = {};
    for (const dimension of known.dimensions) {
        if (!(dimension.ratingField in row))
            throw new InputError(
                `${where}: missing column ${dimension.ratingField} (rating of ${framework}'s ${dimension.key}) and no ${SNAPSHOT_FIELD}`,
            );
        const rating = row[dimension.ratingField]!.trim();
        if (rating === '') continue;
        checkRating(rating, `${where}: ${dimension.ratingField}`);
        ratings[dimension.key] = rating;
    }
    return {
        id: row.Id ?? '',
        won,
        framework,
        status: row[STATUS_FIELD]?.trim() || undefined,
        ratings,
        source: 'fields',
    };
}

function frameworkOf(catalog: Catalog, name: string, where: string): CatalogFramework {
    const framework = catalog.frameworks.find((candidate) => candidate.name === name);
    if (!framework)
        throw new InputError(
            `${where}: unknown framework ${JSON.stringify(name)} (known: ${catalog.frameworks.map((f) => f.name).join(', ')})`,
        );
    return framework;
}

function checkRating(value: string, where: string): void {
    if (!KNOWN_RATINGS.has(value))
        throw new InputError(
            `${where}: unknown rating ${JSON.stringify(value)} (ratings are API names: ${RATING_VALUES.join(', ')})`,
        );
}

function booleanOf(value: string | undefined, where: string): boolean {
    const text = (value ?? '').trim().toLowerCase();
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    throw new InputError(`${where} must be true or false (was ${JSON.stringify(value ?? '')})`);
}

interface Snapshot {
    readonly framework: string | undefined;
    readonly status: string | undefined;
    readonly ratings: Record<string, string>;
}

function parseSnapshot(text: string, where: string): Snapshot {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        throw new InputError(`${where}: ${SNAPSHOT_FIELD} is not JSON`);
    }
    const object = parsed as {
        v?: unknown;
        framework?: unknown;
        status?: unknown;
        ratings?: unknown;
    };
    if (typeof parsed !== 'object' || parsed === null || object.v !== 1)
        throw new InputError(`${where}: ${SNAPSHOT_FIELD} is not a version 1 snapshot`);
    const ratings: Record<string, string> = {};
    if (object.ratings !== undefined) {
        if (typeof object.ratings !== 'object' || object.ratings === null)
            throw new InputError(`${where}: ${SNAPSHOT_FIELD} ratings are not an object`);
        for (const [key, value] of Object.entries(object.ratings)) {
            if (typeof value !== 'string')
                throw new InputError(`${where}: ${SNAPSHOT_FIELD} rating of ${key} is not text`);
            ratings[key] = value;
        }
    }
    return {
        framework: typeof object.framework === 'string' ? object.framework : undefined,
        status: typeof object.status === 'string' ? object.status : undefined,
        ratings,
    };
}
