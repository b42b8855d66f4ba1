/**
 * The record's fields depend on its framework, which only the configuration names: without a hint the
 * record can be requested only after the configuration arrived (a second round trip). The board keeps
 * the field list it loaded last per object and page framework in the browser, so the next record page
 * requests the record together with the configuration. A list that no longer fits is replaced as soon
 * as the configuration arrives; field API names are no secret, and LDS leaves out what a user cannot read.
 */
const PREFIX = 'beyond-bant:board-fields:';

function keyOf(objectApiName: string, pageFramework: string | undefined): string {
    return `${PREFIX}${objectApiName}:${pageFramework ?? ''}`;
}

/** Storage can be missing or refused (private windows, policies): the board then simply waits. */
function storage(): Storage | undefined {
    try {
        return typeof localStorage === 'undefined' ? undefined : localStorage;
    } catch {
        return undefined;
    }
}

export function rememberedFields(
    objectApiName: string | undefined,
    pageFramework: string | undefined,
): string[] | undefined {
    if (!objectApiName) {
        return undefined;
    }
    try {
        const stored: unknown = JSON.parse(
            storage()?.getItem(keyOf(objectApiName, pageFramework)) ?? 'null',
        );
        return Array.isArray(stored) &&
            stored.length > 0 &&
            stored.every(
                (field) => typeof field === 'string' && field.startsWith(`${objectApiName}.`),
            )
            ? (stored as string[])
            : undefined;
    } catch {
        return undefined;
    }
}

export function rememberFields(
    objectApiName: string | undefined,
    pageFramework: string | undefined,
    fields: readonly string[],
): void {
    if (!objectApiName) {
        return;
    }
    try {
        storage()?.setItem(keyOf(objectApiName, pageFramework), JSON.stringify(fields));
    } catch {
        // A full or refused storage only costs the next page its head start.
    }
}

export function sameFields(a: readonly string[] | undefined, b: readonly string[]): boolean {
    return (
        a !== undefined && a.length === b.length && a.every((field, index) => field === b[index])
    );
}
