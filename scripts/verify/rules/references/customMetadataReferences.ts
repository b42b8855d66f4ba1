import { error, type Finding } from '../../finding';
import type { CustomMetadataRecord } from '../../workspace/index/customMetadata';
import type { ProjectIndex } from '../../workspace/projectIndex';

const FRAMEWORK_TYPE = 'BB_Qualification_Framework__mdt';
const DIMENSION_TYPE = 'BB_Qualification_Dimension__mdt';
const STAGE_GATE_TYPE = 'BB_Stage_Gate__mdt';
/** The objects a stage gate guards: an Opportunity stage, or a Lead's conversion. */
const GATED_OBJECTS = ['Lead', 'Opportunity'];
/** Dimension fields that hold a field API name which must exist on every applicable object. */
const FIELD_BINDINGS = ['Rating_Field__c', 'Evidence_Field__c', 'Value_Field__c'];

/** Custom Metadata records point at fields, labels and other records that must exist. */
export function checkCustomMetadataReferences(index: ProjectIndex): Finding[] {
    const findings: Finding[] = [];
    const frameworks = new Map(
        index.customMetadata
            .filter((record) => record.type === FRAMEWORK_TYPE)
            .map((record) => [record.name, record]),
    );
    for (const record of index.customMetadata) {
        findings.push(...checkValuesAreFieldsOfType(record, index));
        if (record.type === FRAMEWORK_TYPE) findings.push(...checkApplicableObjects(record, index));
        if (record.type === DIMENSION_TYPE)
            findings.push(...checkDimension(record, frameworks, index));
        if (record.type === STAGE_GATE_TYPE)
            findings.push(...checkStageGate(record, frameworks, index));
    }
    return findings;
}

/**
 * A stage gate names its object, optionally a framework record, and dimension keys of that
 * framework. Stage__c is not checked: the StageName picklist is the org's, not the package's.
 */
function checkStageGate(
    gate: CustomMetadataRecord,
    frameworks: ReadonlyMap<string, CustomMetadataRecord>,
    index: ProjectIndex,
): Finding[] {
    const findings: Finding[] = [];
    const where = `${STAGE_GATE_TYPE}.${gate.name}`;
    const object = gate.values.get('Object__c');
    if (!GATED_OBJECTS.includes(object?.value ?? '')) {
        findings.push(
            error(
                'references',
                gate.file,
                `${where}: Object__c must be ${GATED_OBJECTS.join(' or ')} (was ${object?.value || 'blank'})`,
                object?.line,
            ),
        );
    }
    const framework = gate.values.get('Framework__c');
    if (!framework?.value) return findings;
    if (!frameworks.has(framework.value)) {
        findings.push(
            error(
                'references',
                gate.file,
                `${where}: Framework__c names ${framework.value}, which is no ${FRAMEWORK_TYPE} record`,
                framework.line,
            ),
        );
        return findings;
    }
    const keys = dimensionKeys(framework.value, index);
    const requirements = gate.values.get('Dimension_Requirements__c');
    if (keys.size === 0 || !requirements?.value) return findings;
    for (const pair of requirements.value.split(';')) {
        const key = pair.split(':')[0]?.trim();
        if (key && !keys.has(key)) {
            findings.push(
                error(
                    'references',
                    gate.file,
                    `${where}: Dimension_Requirements__c names ${key}, which is no dimension of ${framework.value}`,
                    requirements.line,
                ),
            );
        }
    }
    return findings;
}

/** Dimension_Key__c of the framework's dimension records (empty when none sets one). */
function dimensionKeys(frameworkName: string, index: ProjectIndex): Set<string> {
    return new Set(
        index.customMetadata
            .filter(
                (record) =>
                    record.type === DIMENSION_TYPE &&
                    record.values.get('Framework__c')?.value === frameworkName,
            )
            .map((record) => record.values.get('Dimension_Key__c')?.value ?? '')
            .filter(Boolean),
    );
}

function checkValuesAreFieldsOfType(record: CustomMetadataRecord, index: ProjectIndex): Finding[] {
    const type = index.objects.get(record.type);
    if (!type)
        return [
            error(
                'references',
                record.file,
                `the Custom Metadata Type ${record.type} is not in the package`,
            ),
        ];
    return [...record.values]
        .filter(([field]) => !type.fields.has(field))
        .map(([field, value]) =>
            error(
                'references',
                record.file,
                `sets ${field}, which is not a field of ${record.type}`,
                value.line,
            ),
        );
}

function applicableObjects(framework: CustomMetadataRecord): string[] {
    return (framework.values.get('Applicable_Objects__c')?.value ?? '')
        .split(';')
        .map((name) => name.trim())
        .filter(Boolean);
}

function checkApplicableObjects(framework: CustomMetadataRecord, index: ProjectIndex): Finding[] {
    const line = framework.values.get('Applicable_Objects__c')?.line;
    const objects = applicableObjects(framework);
    if (objects.length === 0)
        return [
            error(
                'references',
                framework.file,
                `framework ${framework.name} names no Applicable_Objects__c`,
                line,
            ),
        ];
    return objects
        .filter((object) => !index.objectExists(object))
        .map((object) =>
            error(
                'references',
                framework.file,
                `Applicable_Objects__c names ${object}, which is neither packaged nor an allow-listed standard object`,
                line,
            ),
        );
}

function checkDimension(
    dimension: CustomMetadataRecord,
    frameworks: ReadonlyMap<string, CustomMetadataRecord>,
    index: ProjectIndex,
): Finding[] {
    const findings: Finding[] = [];
    const where = `${DIMENSION_TYPE}.${dimension.name}`;
    const frameworkValue = dimension.values.get('Framework__c');
    const framework = frameworkValue?.value ? frameworks.get(frameworkValue.value) : undefined;
    if (!framework) {
        const named = frameworkValue?.value
            ? `names ${frameworkValue.value}, which is no ${FRAMEWORK_TYPE} record`
            : 'is empty';
        findings.push(
            error(
                'references',
                dimension.file,
                `${where}: Framework__c ${named}`,
                frameworkValue?.line,
            ),
        );
    }
    for (const binding of FIELD_BINDINGS) {
        const bound = dimension.values.get(binding);
        if (!bound?.value || !framework) continue;
        for (const object of applicableObjects(framework)) {
            if (!index.fieldExists(object, bound.value)) {
                findings.push(
                    error(
                        'references',
                        dimension.file,
                        `${where}: ${binding} names ${bound.value}, which does not exist on ${object} (framework ${framework.name} applies to it)`,
                        bound.line,
                    ),
                );
            }
        }
    }
    const title = dimension.values.get('Title_Label__c');
    if (title?.value && !index.labels.has(title.value)) {
        findings.push(
            error(
                'references',
                dimension.file,
                `${where}: Title_Label__c names ${title.value}, which is no custom label`,
                title.line,
            ),
        );
    }
    const questions = dimension.values.get('Question_Labels__c');
    for (const label of (questions?.value ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)) {
        if (!index.labels.has(label)) {
            findings.push(
                error(
                    'references',
                    dimension.file,
                    `${where}: Question_Labels__c names ${label}, which is no custom label`,
                    questions?.line,
                ),
            );
        }
    }
    return findings;
}
