import { hasAuraEnabledMethod, indexApexClasses, type ApexClassInfo } from './index/apex';
import { indexCustomMetadata, type CustomMetadataRecord } from './index/customMetadata';
import { indexGlobalValueSets, type GlobalValueSetInfo } from './index/globalValueSets';
import { indexLabels, type LabelInfo } from './index/labels';
import { indexLwcBundles, type LwcBundle } from './index/lwcBundles';
import { indexObjects, type FieldInfo, type ObjectInfo } from './index/objects';
import { isStandardField, isStandardObject } from './standardFields';
import type { Workspace } from './workspace';

/** What the package defines, looked up by the reference rules. Built once per run. */
export class ProjectIndex {
    readonly objects: ReadonlyMap<string, ObjectInfo>;
    readonly labels: ReadonlyMap<string, LabelInfo>;
    readonly customMetadata: readonly CustomMetadataRecord[];
    readonly apexClasses: ReadonlyMap<string, ApexClassInfo>;
    readonly lwcBundles: ReadonlyMap<string, LwcBundle>;
    readonly globalValueSets: ReadonlyMap<string, GlobalValueSetInfo>;

    constructor(workspace: Workspace) {
        this.objects = indexObjects(workspace);
        this.labels = indexLabels(workspace);
        this.customMetadata = indexCustomMetadata(workspace);
        this.apexClasses = indexApexClasses(workspace);
        this.lwcBundles = indexLwcBundles(workspace);
        this.globalValueSets = indexGlobalValueSets(workspace);
    }

    customField(object: string, field: string): FieldInfo | undefined {
        return this.objects.get(object)?.fields.get(field);
    }

    /** A packaged custom field or an allow-listed standard field (see standardFields.ts). */
    fieldExists(object: string, field: string): boolean {
        return this.customField(object, field) !== undefined || isStandardField(object, field);
    }

    /** A packaged object or a standard object whose fields we allow-list. */
    objectExists(object: string): boolean {
        return this.objects.has(object) || isStandardObject(object);
    }

    apexClass(name: string): ApexClassInfo | undefined {
        return this.apexClasses.get(name.toLowerCase());
    }

    apexMethodExists(className: string, method: string): boolean {
        const apexClass = this.apexClass(className);
        return apexClass !== undefined && hasAuraEnabledMethod(apexClass, method);
    }

    /** Custom fields the package adds to a (standard) object. */
    packagedFields(object: string): FieldInfo[] {
        return [...(this.objects.get(object)?.fields.values() ?? [])];
    }
}
