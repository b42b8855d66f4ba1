import type { RoundStart } from '@salesforce/apex/QualificationRoundController.startRound';
import type { CatalogFramework } from '../../../lib/catalog';
import { startRoundChanges, ROUND_FIELD, ROUND_STARTED_ON_FIELD } from '../../../lib/rounds';
import { RESULT_FIELDS } from '../../../lib/resultFields';
import type { PreviewWorkspace } from '../metadata/workspace';
import type { RecordApi, UserContext } from '../records/recordApi';
import type { RecordStore } from '../records/recordStore';
import { defaultFramework, FRAMEWORK_FIELD } from '../records/evaluateOnSave';

export interface StartRoundInput {
    readonly recordId: unknown;
    readonly reason: unknown;
    readonly lastModifiedDate: unknown;
    /** The "simulate" panel armed a validation rule for the next save. */
    readonly rejectedByValidation: boolean;
}

/**
 * The preview's QualificationRoundController.startRound: the same checks, outcomes and messages as the Apex
 * class and its QualificationRoundService (force-app/board/classes, force-app/automation/classes), writing
 * through the preview's trigger stand-in.
 */
export function startRound(
    workspace: PreviewWorkspace,
    store: RecordStore,
    recordApi: RecordApi,
    input: StartRoundInput,
    user: UserContext,
    now: Date = new Date(),
): RoundStart {
    const label = (name: string, ...args: string[]): string =>
        workspace.catalog
            .label(name, user.language)
            .replace(
                /\{(\d+)\}/g,
                (placeholder, index: string) => args[Number(index)] ?? placeholder,
            );
    const fail = (outcome: RoundStart['outcome'], message: string): RoundStart => ({
        outcome,
        message,
        round: null,
        startedOn: null,
    });
    const seen =
        typeof input.lastModifiedDate === 'string' ? Date.parse(input.lastModifiedDate) : NaN;
    if (Number.isNaN(seen)) return fail('invalid', label('BB_Automation_Round_Conflict'));
    const record = typeof input.recordId === 'string' ? store.get(input.recordId) : undefined;
    if (typeof input.reason !== 'string' || input.reason.trim() === '')
        return fail('invalid', label('BB_Automation_Round_Reason_Required'));
    if (record === undefined)
        return fail('notFound', label('BB_Automation_Record_Not_Found', String(input.recordId)));
    if (Date.parse(record.lastModifiedDate) !== seen)
        return fail('conflict', label('BB_Automation_Round_Conflict'));
    const access = workspace.access.get(record.apiName);
    const canRead = (field: string): boolean =>
        access?.readable.has(field) === true && !user.hiddenFields.has(field);
    if (!canRead(FRAMEWORK_FIELD))
        return fail('noAccess', label('BB_Automation_Round_Cannot_Read', FRAMEWORK_FIELD));
    const framework = frameworkOf(workspace, record.apiName, record.fields[FRAMEWORK_FIELD]);
    if (framework === undefined)
        return fail('invalid', label('BB_Automation_No_Framework', record.apiName));
    const mustRead = new Set<string>([
        RESULT_FIELDS.status,
        RESULT_FIELDS.score,
        ROUND_FIELD,
        ROUND_STARTED_ON_FIELD,
    ]);
    for (const dimension of framework.dimensions) {
        mustRead.add(dimension.ratingField);
        mustRead.add(dimension.evidenceField);
        if (dimension.valueField !== null) mustRead.add(dimension.valueField);
    }
    const unreadable = [...mustRead].filter((field) => !canRead(field)).sort();
    if (unreadable.length > 0)
        return fail('noAccess', label('BB_Automation_Round_Cannot_Read', unreadable.join(', ')));
    const readOnly = framework.dimensions
        .map((dimension) => dimension.ratingField)
        .filter((field) => access?.editable.has(field) !== true);
    if (readOnly.length > 0)
        return fail('noAccess', label('BB_Automation_Round_Cannot_Edit', readOnly.join(', ')));
    if (input.rejectedByValidation) {
        return fail(
            'notSaved',
            label(
                'BB_Automation_Round_Not_Saved',
                recordName(record.fields) ?? record.id,
                'Simulated validation rule: add the source of this information to the evidence before saving.',
            ),
        );
    }
    const createdDate = record.fields.CreatedDate;
    const changes = startRoundChanges(
        record.fields,
        framework,
        input.reason,
        now,
        typeof createdDate === 'string' ? createdDate : undefined,
    );
    const saved = recordApi.writeAsSystem(record.id, changes, user.language);
    return {
        outcome: 'started',
        message: null,
        round: saved.fields[ROUND_FIELD] as number,
        startedOn: saved.fields[ROUND_STARTED_ON_FIELD] as string,
    };
}

function frameworkOf(
    workspace: PreviewWorkspace,
    objectApiName: string,
    stored: unknown,
): CatalogFramework | undefined {
    if (typeof stored === 'string' && stored.trim() !== '') {
        return workspace.catalog.frameworks.find(
            (framework) =>
                framework.name === stored.trim() &&
                framework.applicableObjects.includes(objectApiName),
        );
    }
    return defaultFramework(objectApiName, workspace.catalog.frameworks);
}

/** The record as its user knows it, as the platform's Name reads: an opportunity's name, a lead's first and last name. */
function recordName(fields: Readonly<Record<string, unknown>>): string | undefined {
    const parts = [fields.Name ?? [fields.FirstName, fields.LastName]]
        .flat()
        .filter((part): part is string => typeof part === 'string' && part.trim() !== '');
    return parts.length > 0 ? parts.join(' ') : undefined;
}
