import { error, type Finding } from '../../finding';
import type { ProjectIndex } from '../../workspace/projectIndex';
import type { Workspace } from '../../workspace/workspace';
import { childText, childrenNamed } from '../../workspace/xml';

const FIELD_TRANSLATION_FILE =
    /\/objectTranslations\/([^/]+)-[^/-]+\/([^/]+)\.fieldTranslation-meta\.xml$/;
const GVS_TRANSLATION_FILE = /([^/]+)-[^/-]+\.globalValueSetTranslation-meta\.xml$/;

/** Picklists find their Global Value Set; translations name fields and values that exist. */
export function checkValueSetsAndTranslations(
    workspace: Workspace,
    index: ProjectIndex,
): Finding[] {
    const findings: Finding[] = [];
    for (const object of index.objects.values()) {
        for (const field of object.fields.values()) {
            if (field.valueSetName && !index.globalValueSets.has(field.valueSetName)) {
                findings.push(
                    error(
                        'references',
                        field.file,
                        `valueSetName ${field.valueSetName} is no Global Value Set of the package`,
                    ),
                );
            }
        }
    }
    for (const { file, root } of workspace.documentsEndingWith('.fieldTranslation-meta.xml')) {
        const [, object = '', fieldName = ''] = FIELD_TRANSLATION_FILE.exec(file) ?? [];
        const field = index.customField(object, fieldName);
        if (!field) {
            findings.push(
                error(
                    'references',
                    file,
                    `translates ${object}.${fieldName}, which is not a field of the package`,
                    root.line,
                ),
            );
            continue;
        }
        const values = field.valueSetName
            ? valueNames(index, field.valueSetName)
            : new Set([...field.localValues, ...field.localValueLabels]);
        for (const entry of childrenNamed(root, 'picklistValues')) {
            const master = childText(entry, 'masterLabel') ?? '';
            if (!values.has(master))
                findings.push(
                    error(
                        'references',
                        file,
                        `translates picklist value "${master}", which ${object}.${fieldName} does not have`,
                        entry.line,
                    ),
                );
        }
    }
    for (const { file, root } of workspace.documentsEndingWith(
        '.globalValueSetTranslation-meta.xml',
    )) {
        const name = GVS_TRANSLATION_FILE.exec(file)?.[1] ?? '';
        if (!index.globalValueSets.has(name)) {
            findings.push(
                error(
                    'references',
                    file,
                    `translates Global Value Set ${name}, which is not in the package`,
                    root.line,
                ),
            );
            continue;
        }
        const set = index.globalValueSets.get(name);
        const labels = new Set(set?.values.map((value, i) => set.labels[i] || value) ?? []);
        for (const entry of childrenNamed(root, 'valueTranslation')) {
            const master = childText(entry, 'masterLabel') ?? '';
            if (labels.has(master)) continue;
            const position = set?.values.indexOf(master) ?? -1;
            findings.push(
                error(
                    'references',
                    file,
                    position >= 0
                        ? `names value ${master} by its API name; the platform matches <masterLabel> on the label "${set?.labels[position] || master}"`
                        : `translates "${master}", which is no value label of ${name}`,
                    entry.line,
                ),
            );
        }
    }
    return findings;
}

/** A value may be named by its API name or its master label. */
function valueNames(index: ProjectIndex, globalValueSet: string): Set<string> {
    const set = index.globalValueSets.get(globalValueSet);
    return new Set([...(set?.values ?? []), ...(set?.labels ?? [])]);
}
