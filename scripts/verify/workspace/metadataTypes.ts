import { registry } from '@salesforce/source-deploy-retrieve';

interface RegistryType {
    readonly name: string;
    readonly suffix?: string;
    readonly directoryName?: string;
    readonly strategies?: { readonly adapter?: string };
    readonly children?: { readonly types: Readonly<Record<string, RegistryType>> };
}

const types = Object.values(registry.types as Readonly<Record<string, RegistryType>>);

/** Metadata type by file suffix (`field` → CustomField). Top-level types win over child types sharing a suffix. */
const typeBySuffix = new Map<string, string>();
for (const type of types) if (type.suffix) typeBySuffix.set(type.suffix, type.name);
for (const type of types) {
    for (const child of Object.values(type.children?.types ?? {})) {
        if (child.suffix && !typeBySuffix.has(child.suffix))
            typeBySuffix.set(child.suffix, child.name);
    }
}

/** Bundle types (LWC, Aura…) are recognised by their folder, e.g. `lwc/<bundle>/<bundle>.js-meta.xml`. */
const bundleTypeByDirectory = new Map<string, string>();
for (const type of types) {
    if (type.strategies?.adapter === 'bundle' && type.directoryName)
        bundleTypeByDirectory.set(type.directoryName, type.name);
}

const META_SUFFIX = /\.([A-Za-z0-9]+)-meta\.xml$/;

/**
 * The metadata type whose XML a `-meta.xml` file holds, i.e. the name its root element must have,
 * or undefined when the registry knows none.
 */
export function expectedRootType(file: string): string | undefined {
    const suffix = META_SUFFIX.exec(file)?.[1];
    if (suffix === undefined) return undefined;
    const segments = file.split('/');
    const bundleDirectory = segments.at(-3);
    const bundleType =
        bundleDirectory === undefined ? undefined : bundleTypeByDirectory.get(bundleDirectory);
    if (bundleType) return bundleType;
    return typeBySuffix.get(suffix);
}
