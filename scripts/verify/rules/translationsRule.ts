import { error, type Finding } from '../finding';
import type { ProjectIndex } from '../workspace/projectIndex';
import type { Workspace } from '../workspace/workspace';
import { childText, childrenNamed } from '../workspace/xml';
import { placeholderMismatch } from './placeholders';
import type { Rule, RuleContext } from './rule';

const LANGUAGE = 'de';
const TRANSLATED_OBJECTS = ['Lead', 'Opportunity'];

/** The package ships complete German: labels, field labels on Lead/Opportunity and the rating scale. */
export const translationsRule: Rule = {
    id: 'translations',
    scope: 'package',
    description:
        'every label, packaged Lead/Opportunity field and Global Value Set value has a German translation',
    run({ workspace, index }: RuleContext): Finding[] {
        return [
            ...checkLabelTranslations(workspace, index),
            ...checkFieldTranslations(workspace, index),
            ...checkValueSetTranslations(workspace, index),
        ];
    },
};

function checkLabelTranslations(workspace: Workspace, index: ProjectIndex): Finding[] {
    const file = workspace.filesEndingWith(`/${LANGUAGE}.translation-meta.xml`)[0];
    if (!file) {
        return index.labels.size === 0
            ? []
            : [
                  error(
                      'translations',
                      firstLabelFile(index),
                      `no ${LANGUAGE}.translation-meta.xml translates the ${index.labels.size} custom labels`,
                  ),
              ];
    }
    const root = workspace.xml(file).root;
    if (!root) return [];
    const findings: Finding[] = [];
    const translated = new Set<string>();
    for (const entry of childrenNamed(root, 'customLabels')) {
        const name = childText(entry, 'name') ?? '';
        translated.add(name);
        if (!index.labels.has(name))
            findings.push(
                error(
                    'translations',
                    file,
                    `translates the custom label ${name}, which does not exist`,
                    entry.line,
                ),
            );
        else if (!childText(entry, 'label'))
            findings.push(
                error(
                    'translations',
                    file,
                    `the German translation of ${name} is empty`,
                    entry.line,
                ),
            );
        else {
            const mismatch = placeholderMismatch(
                index.labels.get(name)?.value ?? '',
                childText(entry, 'label') ?? '',
            );
            if (mismatch)
                findings.push(
                    error(
                        'translations',
                        file,
                        `the German translation of ${name} ${mismatch}`,
                        entry.line,
                    ),
                );
        }
    }
    for (const label of index.labels.values()) {
        if (!translated.has(label.name))
            findings.push(
                error(
                    'translations',
                    label.file,
                    `custom label ${label.name} has no German translation in ${file}`,
                    label.line,
                ),
            );
    }
    return findings;
}

function checkFieldTranslations(workspace: Workspace, index: ProjectIndex): Finding[] {
    const findings: Finding[] = [];
    for (const object of TRANSLATED_OBJECTS) {
        for (const field of index.packagedFields(object)) {
            const suffix = `/objectTranslations/${object}-${LANGUAGE}/${field.name}.fieldTranslation-meta.xml`;
            const file = workspace.filesEndingWith(suffix)[0];
            const root = file ? workspace.xml(file).root : undefined;
            if (!file)
                findings.push(
                    error(
                        'translations',
                        field.file,
                        `${object}.${field.name} has no German field translation (…${suffix})`,
                    ),
                );
            else if (root && !childText(root, 'label'))
                findings.push(
                    error(
                        'translations',
                        file,
                        `the German field translation of ${object}.${field.name} has no label`,
                        root.line,
                    ),
                );
        }
    }
    return findings;
}

function checkValueSetTranslations(workspace: Workspace, index: ProjectIndex): Finding[] {
    const findings: Finding[] = [];
    for (const valueSet of index.globalValueSets.values()) {
        const file = workspace.filesEndingWith(
            `/${valueSet.name}-${LANGUAGE}.globalValueSetTranslation-meta.xml`,
        )[0];
        const root = file ? workspace.xml(file).root : undefined;
        if (!file || !root) {
            if (!file)
                findings.push(
                    error(
                        'translations',
                        valueSet.file,
                        `Global Value Set ${valueSet.name} has no German translation`,
                    ),
                );
            continue;
        }
        const translated = new Map(
            childrenNamed(root, 'valueTranslation').map((entry) => [
                childText(entry, 'masterLabel') ?? '',
                childText(entry, 'translation') ?? '',
            ]),
        );
        valueSet.values.forEach((value, position) => {
            const label = valueSet.labels[position] || value;
            // The platform pairs a translation with the value's label, not its API name (see
            // docs/architecture.md, "German picklist values"): an entry named by API name is ignored.
            const translation = translated.get(label);
            if (!translation)
                findings.push(
                    error(
                        'translations',
                        file,
                        `value ${value} (${label}) of ${valueSet.name} has no German translation`,
                    ),
                );
        });
    }
    return findings;
}

function firstLabelFile(index: ProjectIndex): string {
    return [...index.labels.values()][0]?.file ?? '.';
}
