import type { Catalog } from '../../lib/catalog';

/** The org's framework records: one query, the records of every installed package. */
export const ORG_FRAMEWORKS_SOQL = 'SELECT DeveloperName FROM BB_Qualification_Framework__mdt';

/**
 * The DeveloperNames of the frameworks the org has. `query` runs SOQL over REST and returns the
 * rows, e.g. `(soql) => rest.json('GET', '/query?q=' + encodeURIComponent(soql))`.
 */
export async function orgFrameworkNames(
    query: (soql: string) => Promise<{ records?: ReadonlyArray<{ DeveloperName?: unknown }> }>,
): Promise<Set<string>> {
    const result = await query(ORG_FRAMEWORKS_SOQL);
    return new Set(
        (result.records ?? [])
            .map((row) => row.DeveloperName)
            .filter((name): name is string => typeof name === 'string'),
    );
}

/**
 * The catalog of this repository narrowed to the frameworks the org has: a package of the
 * repository that is not installed there (Beyond BANT Frameworks in an org with only the core) has
 * no records and no fields in that org, so its frameworks must neither be scored nor queried.
 */
export function catalogForOrg(
    catalog: Catalog,
    inOrg: ReadonlySet<string>,
): { catalog: Catalog; notInOrg: string[] } {
    const notInOrg = catalog.frameworks
        .filter((framework) => !inOrg.has(framework.name))
        .map((framework) => framework.name);
    if (notInOrg.length === 0) return { catalog, notInOrg };
    return {
        catalog: {
            ...catalog,
            frameworks: catalog.frameworks.filter((framework) => inOrg.has(framework.name)),
        },
        notInOrg,
    };
}
