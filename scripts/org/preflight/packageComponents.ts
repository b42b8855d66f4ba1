import { join } from 'node:path';
import { ComponentSet, type SourceComponent } from '@salesforce/source-deploy-retrieve';

/** A component a package installs under a name the org may already use. */
export interface PackageComponent {
    /** Metadata API type, e.g. `ApexClass`, `CustomField`, `LightningComponentBundle`. */
    readonly type: string;
    /** Metadata API full name, e.g. `Lead.BB_Budget_Rating__c` or `BB_Qualification_Reports/BB_Lead_Status_By_Owner`. */
    readonly fullName: string;
    /** The package directory it comes from (`force-app`, `frameworks-app`). */
    readonly packageDirectory: string;
}

/**
 * Types that add to what the org already has instead of naming something of their own: the
 * package's German translations merge into the org's, and the parents of children listed on their
 * own (the labels file, a standard object that only carries our fields).
 */
const NOT_NAMED = new Set([
    'CustomLabels',
    'CustomObjectTranslation',
    'CustomFieldTranslation',
    'Translations',
    'StandardValueSetTranslation',
    'GlobalValueSetTranslation',
]);

/** Every component, and every child component (fields, labels, list views), of a package directory. */
export function packageComponents(repoRoot: string, packageDirectory: string): PackageComponent[] {
    const set = ComponentSet.fromSource(join(repoRoot, packageDirectory));
    const found = new Map<string, PackageComponent>();
    const add = (component: SourceComponent): void => {
        const type = component.type.name;
        if (NOT_NAMED.has(type) || isStandardObject(type, component.fullName)) return;
        const key = `${type}:${component.fullName}`;
        if (!found.has(key))
            found.set(key, { type, fullName: component.fullName, packageDirectory });
    };
    for (const component of set.getSourceComponents()) {
        add(component);
        for (const child of component.getChildren()) add(child);
    }
    return [...found.values()].sort(
        (a, b) => a.type.localeCompare(b.type) || a.fullName.localeCompare(b.fullName),
    );
}

/** Lead or Opportunity as the parent of our fields: every org has them. */
function isStandardObject(type: string, fullName: string): boolean {
    return type === 'CustomObject' && !fullName.includes('__');
}
