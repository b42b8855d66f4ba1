import {
    REASON_CODES,
    reasonLabelName,
} from '../../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { CatalogFramework } from '../../../lib/catalog';
import type { PreviewWorkspace } from '../metadata/workspace';
import type { RecordStore } from '../records/recordStore';
import type { UserContext } from '../records/recordApi';
import { defaultFramework, FRAMEWORK_FIELD } from '../records/evaluateOnSave';
import { boardStageGates } from './boardStageGates';
// The very type the board receives from Apex (types/board), so the fake cannot drift from it.
import type {
    BoardConfig,
    BoardDimensionConfig,
} from '@salesforce/apex/QualificationBoardController.getBoardConfig';

const STATUS_FIELD = 'BB_Qualification_Status__c';

/** An exception an @AuraEnabled method throws; LWC receives `{ body: { message, exceptionType } }` with status 500. */
export class ApexException extends Error {
    constructor(
        message: string,
        readonly exceptionType = 'System.AuraHandledException',
    ) {
        super(message);
        this.name = 'ApexException';
    }
}

const VALUE_TYPES: Readonly<Record<string, NonNullable<BoardDimensionConfig['valueType']>>> = {
    Currency: 'currency',
    Date: 'date',
    Number: 'number',
    Percent: 'number',
};

/**
 * The preview's QualificationBoardController.getBoardConfig: the same choices and messages as the Apex class
 * (force-app/board/classes/QualificationBoardController.cls), answered from the shipped metadata.
 */
export function getBoardConfig(
    workspace: PreviewWorkspace,
    store: RecordStore,
    recordId: unknown,
    pageFramework: unknown,
    user: UserContext,
    /** The stage gates the preview has active (all shipped gates are inactive after install). */
    activeGates: readonly string[] = [],
): BoardConfig {
    if (typeof recordId !== 'string' || recordId === '') {
        throw new ApexException(
            'The qualification board needs a record id; place it on a Lead or Opportunity record page.',
        );
    }
    const record = store.get(recordId);
    if (record === undefined)
        throw new ApexException(
            `The record ${recordId} does not exist or you do not have access to it.`,
        );
    const objectApiName = record.apiName;
    const access = workspace.access.get(objectApiName);
    const canRead = (field: string): boolean =>
        access?.readable.has(field) === true && !user.hiddenFields.has(field);
    const canEdit = (field: string): boolean =>
        canRead(field) && access?.editable.has(field) === true;

    const stored = canRead(FRAMEWORK_FIELD) ? record.fields[FRAMEWORK_FIELD] : null;
    let framework: CatalogFramework;
    let resolvedFrom: BoardConfig['resolvedFrom'];
    if (typeof stored === 'string' && stored.trim() !== '') {
        framework = applicableFramework(
            workspace,
            stored,
            objectApiName,
            `the record's ${FRAMEWORK_FIELD}`,
        );
        resolvedFrom = 'record';
    } else if (typeof pageFramework === 'string' && pageFramework.trim() !== '') {
        framework = applicableFramework(
            workspace,
            pageFramework,
            objectApiName,
            "the board's Framework setting on this page",
        );
        resolvedFrom = 'page';
    } else {
        const fallback = defaultFramework(objectApiName, workspace.catalog.frameworks);
        if (fallback === undefined) {
            throw new ApexException(
                `No qualification framework is the default for ${objectApiName}. Set Default_For__c on a BB_Qualification_Framework__mdt record or choose a framework for the board on this page.`,
            );
        }
        framework = fallback;
        resolvedFrom = 'default';
    }
    if (framework.dimensions.length === 0) {
        throw new ApexException(
            `BB_Qualification_Framework__mdt.${framework.name} has no dimensions.`,
        );
    }
    // Like System.Label.get in the Apex class: a label that is not deployed shows its fallback instead of failing the page.
    const label = (name: string, fallback: string): string => {
        try {
            return name === '' ? fallback : workspace.catalog.label(name, user.language);
        } catch {
            return fallback;
        }
    };
    const schema = workspace.schemas.get(objectApiName);
    const dimensions = framework.dimensions.map((dimension): BoardDimensionConfig => {
        for (const [configField, field] of [
            ['Rating_Field__c', dimension.ratingField],
            ['Evidence_Field__c', dimension.evidenceField],
            ['Value_Field__c', dimension.valueField],
        ] as const) {
            if (field !== null && schema?.has(field) !== true) {
                throw new ApexException(
                    `BB_Qualification_Dimension__mdt.${dimension.recordName}: ${configField} names ${field}, which is not a field on ${objectApiName}.`,
                );
            }
        }
        return {
            key: dimension.key,
            label: label(dimension.titleLabel, dimension.key),
            order: dimension.order,
            weight: dimension.weight,
            isGate: dimension.isGate,
            horizonDays: dimension.horizonDays,
            ratingField: dimension.ratingField,
            evidenceField: dimension.evidenceField,
            valueField: dimension.valueField,
            valueLabel:
                dimension.valueField === null
                    ? null
                    : workspace.fieldLabel(objectApiName, dimension.valueField, user.language),
            valueType:
                dimension.valueField === null
                    ? null
                    : (VALUE_TYPES[schema?.get(dimension.valueField)?.type ?? ''] ?? 'text'),
            ratingEditable: canEdit(dimension.ratingField),
            evidenceEditable: canEdit(dimension.evidenceField),
            valueEditable: dimension.valueField !== null && canEdit(dimension.valueField),
            questions: dimension.questionLabels.map((name) => label(name, name)),
        };
    });
    const reasonTemplates: Record<string, string> = {};
    for (const code of REASON_CODES) reasonTemplates[code] = label(reasonLabelName(code), code);
    return {
        objectApiName,
        resolvedFrom,
        framework: {
            name: framework.name,
            label: framework.label,
            description: framework.description,
            qualifiedThreshold: framework.qualifiedThreshold,
            minimumCompleteness: framework.minimumCompleteness,
            dimensions,
        },
        ratingScale: workspace
            .picklistValues(
                objectApiName,
                framework.dimensions[0]?.ratingField ?? '',
                user.language,
            )
            .map((option) => ({ ...option })),
        reasonTemplates,
        // QualificationFrameworkGuard.mayChoose: none stored yet, or BB_Change_Qualification_Framework.
        frameworkEditable:
            canEdit(FRAMEWORK_FIELD) &&
            (resolvedFrom !== 'record' || user.mayChangeFramework === true),
        statusLabels: Object.fromEntries(
            workspace
                .picklistValues(objectApiName, STATUS_FIELD, user.language)
                .map((option) => [option.value, option.label]),
        ),
        ...boardStageGates(workspace.catalog, objectApiName, framework.name, activeGates),
    };
}

function applicableFramework(
    workspace: PreviewWorkspace,
    name: string,
    objectApiName: string,
    source: string,
): CatalogFramework {
    const framework = workspace.catalog.frameworks.find(
        (candidate) => candidate.name === name.trim(),
    );
    if (framework === undefined) {
        throw new ApexException(
            `Unknown qualification framework "${name}" in ${source}. Known frameworks: ${workspace.catalog.frameworks.map((f) => f.name).join(', ')}.`,
        );
    }
    if (!framework.applicableObjects.includes(objectApiName)) {
        throw new ApexException(
            `The qualification framework "${name}" (from ${source}) does not apply to ${objectApiName} records.`,
        );
    }
    return framework;
}
