import { error, type Finding } from '../../finding';
import type { ProjectIndex } from '../../workspace/projectIndex';
import type { Workspace } from '../../workspace/workspace';
import { childText, childrenNamed, type XmlElement } from '../../workspace/xml';
import { lineOf } from './lwcImports';

/** Flow elements that work on records of one object. */
const RECORD_ELEMENTS = [
    'start',
    'recordLookups',
    'recordUpdates',
    'recordCreates',
    'recordDeletes',
];
/** Children of a record element whose `<field>` names a field of that object. */
const FIELD_HOLDERS = ['filters', 'inputAssignments', 'outputAssignments'];
const RECORD_VARIABLE_FIELD = /\$Record(?:__Prior)?\.([A-Za-z0-9_]+)\b/g;

/** Objects and fields that Flows read or write exist. */
export function checkFlows(workspace: Workspace, index: ProjectIndex): Finding[] {
    const findings: Finding[] = [];
    for (const { file, root } of workspace.documentsEndingWith('.flow-meta.xml')) {
        const start = root.children.find((child) => child.name === 'start');
        const triggerObject = start ? childText(start, 'object') : undefined;
        for (const element of root.children.filter((child) =>
            RECORD_ELEMENTS.includes(child.name),
        )) {
            const object =
                childText(element, 'object') ??
                (childText(element, 'inputReference') === '$Record' ? triggerObject : undefined);
            if (object === undefined) continue;
            const label = `${element.name} ${childText(element, 'name') ?? ''}`.trim();
            if (!index.objectExists(object)) {
                findings.push(
                    error(
                        'references',
                        file,
                        `${label} works on ${object}, which is neither packaged nor an allow-listed standard object`,
                        element.line,
                    ),
                );
                continue;
            }
            for (const field of fieldsOf(element)) {
                const name = field.text.trim();
                if (!index.fieldExists(object, name))
                    findings.push(
                        error(
                            'references',
                            file,
                            `${label} names ${object}.${name}, which does not exist`,
                            field.line,
                        ),
                    );
            }
        }
        if (triggerObject)
            findings.push(
                ...checkRecordVariables(file, workspace.text(file), triggerObject, index),
            );
    }
    return findings;
}

function fieldsOf(element: XmlElement): XmlElement[] {
    const holders = element.children.filter((child) => FIELD_HOLDERS.includes(child.name));
    return [
        ...holders.flatMap((holder) => childrenNamed(holder, 'field')),
        ...childrenNamed(element, 'queriedFields'),
    ];
}

function checkRecordVariables(
    file: string,
    source: string,
    object: string,
    index: ProjectIndex,
): Finding[] {
    const findings: Finding[] = [];
    for (const match of source.matchAll(RECORD_VARIABLE_FIELD)) {
        const field = match[1];
        if (field && !index.fieldExists(object, field)) {
            findings.push(
                error(
                    'references',
                    file,
                    `$Record.${field} is not a field of the triggering object ${object}`,
                    lineOf(source, match.index),
                ),
            );
        }
    }
    return findings;
}
