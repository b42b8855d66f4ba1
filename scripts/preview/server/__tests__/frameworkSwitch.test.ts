/**
 * The preview's stand-ins for changing a record's framework: QualificationFrameworkChoices and the
 * trigger's QualificationFrameworkGuard, with the rules and messages of the Apex classes.
 */
import { rmSync } from 'node:fs';
import { getBoardConfig } from '../apex/boardController';
import { getFrameworkChoices } from '../apex/frameworkChoices';
import { loadWorkspace, type PreviewWorkspace } from '../metadata/workspace';
import { RecordApi, type UserContext } from '../records/recordApi';
import type { RecordStore } from '../records/recordStore';
import { PROJECT_ROOT, sampleStore } from './support/sampleStore';
import { UiApiError } from '../records/uiApiErrors';

const LEAD = '00Q000000000001AAA';
const rep: UserContext = { language: 'en', hiddenFields: new Set() };
const manager: UserContext = { ...rep, mayChangeFramework: true };

let workspace: PreviewWorkspace;
let dataDir: string;
let store: RecordStore;
let api: RecordApi;

beforeAll(() => {
    workspace = loadWorkspace(PROJECT_ROOT);
});

beforeEach(() => {
    ({ dataDir, store } = sampleStore(workspace, 'bb-preview-switch-'));
    api = new RecordApi(workspace, store);
});

afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
});

function refusal(run: () => unknown): unknown {
    try {
        run();
    } catch (error) {
        return error;
    }
    throw new Error('expected a refusal');
}

describe('changing the framework in the preview', () => {
    it('offers a manager every framework of the lead object in name order, with the rating fields', () => {
        expect(store.get(LEAD)?.fields.BB_Qualification_Framework__c).toBe('BANT');
        const choices = getFrameworkChoices(workspace, store, LEAD, manager);

        const names = choices.map((choice) => choice.name);
        expect(names).toEqual([...names].sort());
        expect(names).toEqual(expect.arrayContaining(['BANT', 'GPCTBA_CI', 'Beyond_BANT_Canvas']));
        expect(choices.find((choice) => choice.name === 'BANT')?.dimensions[0]).toEqual({
            key: 'Budget',
            ratingField: 'BB_Budget_Rating__c',
        });
        expect(getBoardConfig(workspace, store, LEAD, null, manager).frameworkEditable).toBe(true);
    });

    it("refuses a rep once a framework is stored, in the rep's language, and says why a record is missing", () => {
        expect(
            (refusal(() => getFrameworkChoices(workspace, store, LEAD, rep)) as Error).message,
        ).toBe(workspace.catalog.label('BB_Board_Framework_Switch_Not_Allowed', 'en'));
        expect(
            (
                refusal(() =>
                    getFrameworkChoices(workspace, store, LEAD, { ...rep, language: 'de' }),
                ) as Error
            ).message,
        ).toBe(workspace.catalog.label('BB_Board_Framework_Switch_Not_Allowed', 'de'));
        expect(getBoardConfig(workspace, store, LEAD, null, rep).frameworkEditable).toBe(false);
        expect(
            (refusal(() => getFrameworkChoices(workspace, store, '', manager)) as Error).message,
        ).toMatch(/needs a record id/);
        expect(
            (
                refusal(() =>
                    getFrameworkChoices(workspace, store, '00Q0000000000ZZ', manager),
                ) as Error
            ).message,
        ).toMatch(/00Q0000000000ZZ does not exist/);
    });

    it('lets a manager save another framework and refuses a rep on the framework field, keeping the stored one', () => {
        const error = refusal(() =>
            api.updateRecord(LEAD, { BB_Qualification_Framework__c: 'GPCTBA_CI' }, undefined, rep),
        ) as UiApiError;
        expect(error).toBeInstanceOf(UiApiError);
        expect(JSON.stringify(error.body)).toContain(
            workspace.catalog
                .label('BB_Automation_Framework_Change_Not_Permitted', 'en')
                .replace('{0}', 'BANT'),
        );
        expect(store.get(LEAD)?.fields.BB_Qualification_Framework__c).toBe('BANT');

        // Writing the stored name again (with spaces) and saving answers is no change of framework.
        api.updateRecord(
            LEAD,
            { BB_Qualification_Framework__c: ' BANT ', BB_Authority_Rating__c: 'Met' },
            undefined,
            rep,
        );
        api.updateRecord(LEAD, { BB_Qualification_Framework__c: 'GPCTBA_CI' }, undefined, manager);
        expect(store.get(LEAD)?.fields.BB_Qualification_Framework__c).toBe('GPCTBA_CI');
        expect(store.get(LEAD)?.fields.BB_Need_Rating__c).toBe('Met');
    });
});
