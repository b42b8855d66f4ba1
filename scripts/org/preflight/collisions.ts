import type { PackageComponent } from './packageComponents';

/** What `listMetadata` says about a component in the org (the fields the check reads). */
export interface ListedComponent {
    readonly type: string;
    readonly fullName: string;
    readonly manageableState?: string | null;
    readonly namespacePrefix?: string | null;
}

/** One `listMetadata` query; the Metadata API takes up to three per call. */
export interface ListQuery {
    readonly type: string;
    readonly folder?: string;
}

/** Lists what the org has of the queried types (a jsforce connection's `metadata.list`, or a fake). */
export type MetadataLister = (queries: ListQuery[]) => Promise<ListedComponent[]>;

export interface ExistingComponent extends PackageComponent {
    /** `unmanaged`: the org's own; anything else: installed from a package. */
    readonly manageableState: string;
    readonly namespacePrefix: string;
}

const QUERIES_PER_CALL = 3;
/** Types whose components live in a folder: listed per folder. */
const FOLDERED = new Set(['Report', 'Dashboard', 'Document', 'EmailTemplate']);

/** The queries that list every type (and every folder) the package's components are of. */
export function listQueries(components: readonly PackageComponent[]): ListQuery[] {
    const keys = new Map<string, ListQuery>();
    for (const component of components) {
        const folder = FOLDERED.has(component.type) ? component.fullName.split('/')[0] : undefined;
        const query: ListQuery = folder
            ? { type: component.type, folder }
            : { type: component.type };
        keys.set(`${query.type}/${query.folder ?? ''}`, query);
    }
    return [...keys.values()];
}

/** Every package component the org already has, matched by type and full name without regard to case. */
export async function findExisting(
    components: readonly PackageComponent[],
    list: MetadataLister,
): Promise<ExistingComponent[]> {
    const queries = listQueries(components);
    const listed = new Map<string, ListedComponent>();
    for (let index = 0; index < queries.length; index += QUERIES_PER_CALL) {
        for (const item of await list(queries.slice(index, index + QUERIES_PER_CALL))) {
            listed.set(key(item.type, item.fullName), item);
        }
    }
    const existing: ExistingComponent[] = [];
    for (const component of components) {
        const match = listed.get(key(component.type, component.fullName));
        if (match) {
            existing.push({
                ...component,
                manageableState: match.manageableState || 'unmanaged',
                namespacePrefix: match.namespacePrefix ?? '',
            });
        }
    }
    return existing;
}

function key(type: string, fullName: string): string {
    return `${type}:${fullName}`.toLowerCase();
}

/** The org's own components (not from a package): the ones an install would overwrite. */
export function ownComponents(existing: readonly ExistingComponent[]): ExistingComponent[] {
    return existing.filter((component) => component.manageableState === 'unmanaged');
}

/** The report: every component already there, the org's own first, and what each means. */
export function formatReport(
    org: string,
    total: number,
    existing: readonly ExistingComponent[],
): string {
    if (existing.length === 0) {
        return `Preflight ${org}: none of the ${total} components of Beyond BANT and Beyond BANT Frameworks is in the org yet. Install.\n`;
    }
    const own = ownComponents(existing);
    const packaged = existing.filter((component) => !own.includes(component));
    const lines = [
        `Preflight ${org}: ${existing.length} of the ${total} components of Beyond BANT and Beyond BANT Frameworks are in the org already.`,
    ];
    if (own.length > 0) {
        lines.push(
            '',
            `The org's own (${own.length}): installing would overwrite them. Rename or remove each, or settle with the customer which one wins, before installing:`,
            ...own.map((component) => `  ${describe(component)}`),
        );
    }
    if (packaged.length > 0) {
        lines.push(
            '',
            `From an installed package (${packaged.length}): expected when this is an upgrade of Beyond BANT; if another package owns them, the install fails:`,
            ...packaged.map(
                (component) =>
                    `  ${describe(component)} (${component.manageableState}${component.namespacePrefix ? `, namespace ${component.namespacePrefix}` : ''})`,
            ),
        );
    }
    return `${lines.join('\n')}\n`;
}

function describe(component: ExistingComponent): string {
    return `${component.type} ${component.fullName} [${component.packageDirectory}]`;
}
