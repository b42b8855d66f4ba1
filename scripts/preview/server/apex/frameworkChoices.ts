import type { PreviewWorkspace } from '../metadata/workspace';
import type { RecordStore } from '../records/recordStore';
import type { UserContext } from '../records/recordApi';
import { FRAMEWORK_FIELD } from '../records/evaluateOnSave';
import { ApexException } from './boardController';
// The very type the switch receives from Apex (types/board), so the fake cannot drift from it.
import type { FrameworkChoice } from '@salesforce/apex/QualificationFrameworkChoices.getFrameworkChoices';

/**
 * The preview's QualificationFrameworkChoices.getFrameworkChoices (force-app/board/classes): the same
 * rule and messages as the Apex class. A user who may not write the framework field, or a rep on a
 * record that has one stored (only the toolbar's sales manager holds
 * BB_Change_Qualification_Framework), is refused; everyone else gets the frameworks that apply to the
 * record's object, in DeveloperName order, with each dimension's rating field.
 */
export function getFrameworkChoices(
    workspace: PreviewWorkspace,
    store: RecordStore,
    recordId: unknown,
    user: UserContext,
): FrameworkChoice[] {
    if (typeof recordId !== 'string' || recordId === '') {
        throw new ApexException(
            'The framework switch needs a record id; place the board on a Lead or Opportunity record page.',
        );
    }
    const record = store.get(recordId);
    if (record === undefined) {
        throw new ApexException(
            `The record ${recordId} does not exist or you do not have access to it.`,
        );
    }
    const access = workspace.access.get(record.apiName);
    const editable =
        access?.readable.has(FRAMEWORK_FIELD) === true &&
        access.editable.has(FRAMEWORK_FIELD) &&
        !user.hiddenFields.has(FRAMEWORK_FIELD);
    const stored = record.fields[FRAMEWORK_FIELD];
    const storedOne = typeof stored === 'string' && stored.trim() !== '';
    if (!editable || (storedOne && user.mayChangeFramework !== true)) {
        throw new ApexException(
            workspace.catalog.label('BB_Board_Framework_Switch_Not_Allowed', user.language),
        );
    }
    return workspace.catalog.frameworks
        .filter((framework) => framework.applicableObjects.includes(record.apiName))
        .map((framework) => ({
            name: framework.name,
            label: framework.label,
            dimensions: framework.dimensions.map((dimension) => ({
                key: dimension.key,
                ratingField: dimension.ratingField,
            })),
        }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
