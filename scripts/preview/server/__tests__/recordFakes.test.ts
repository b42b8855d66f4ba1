import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getBoardConfig, ApexException } from '../apex/boardController';
import { loadWorkspace, type PreviewWorkspace } from '../metadata/workspace';
import { RecordApi, type UserContext } from '../records/recordApi';
import { readSampleRecords, RecordStore, type StoredRecord } from '../records/recordStore';
import { evaluateOnSave } from '../records/evaluateOnSave';
import { UiApiError } from '../records/uiApiErrors';

const PROJECT_ROOT = path.resolve(__dirname, '../../../..');
const LEAD = '00Q000000000001AAA';
const OPPORTUNITY = '006000000000001AAA';
const english: UserContext = { language: 'en', hiddenFields: new Set() };
const german: UserContext = { language: 'de', hiddenFields: new Set() };

let workspace: PreviewWorkspace;
let dataDir: string;
let store: RecordStore;
let api: RecordApi;

function seed(): StoredRecord[] {
    return readSampleRecords(path.join(PROJECT_ROOT, 'data')).map((record) => ({
        ...record,
        fields: evaluateOnSave(
            record.apiName,
            record.fields,
            workspace.catalog,
            'en',
            new Date(record.lastModifiedDate),
        ),
    }));
}

function rejection(run: () => unknown): UiApiError {
    try {
        run();
    } catch (error) {
        if (error instanceof UiApiError) return error;
        throw error;
    }
    throw new Error('expected the call to fail');
}

beforeAll(() => {
    workspace = loadWorkspace(PROJECT_ROOT);
});

beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'bb-preview-unit-'));
    store = new RecordStore(path.join(dataDir, 'records.json'), seed);
    api = new RecordApi(workspace, store);
});

afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
});

describe('updateRecord', () => {
    it('evaluates the saved record as the trigger does, explanation in the saver’s language', () => {
        const lastModified = store.get(LEAD)?.lastModifiedDate;
        const saved = api.updateRecord(
            LEAD,
            {
                BB_Authority_Rating__c: 'Met',
                BB_Timeline_Rating__c: 'Met',
                BB_Budget_Rating__c: 'Met',
            },
            lastModified,
            german,
        );
        expect(saved.fields.BB_Qualification_Status__c?.value).toBe('Qualified');
        expect(saved.fields.BB_Qualification_Status__c?.displayValue).toBe('Qualifiziert');
        expect(saved.fields.BB_Qualification_Score__c?.value).toBe(100);
        expect(saved.fields.BB_Qualification_Framework__c?.value).toBe('BANT');
        expect(saved.fields.BB_Qualification_Explanation__c?.value).toBe(
            workspace.catalog
                .label('BB_Reason_Score_Meets_Threshold', 'de')
                .replace('{score}', '100')
                .replace('{threshold}', '70'),
        );
        expect(Date.parse(saved.lastModifiedDate ?? '')).toBeGreaterThan(
            Date.parse(lastModified ?? ''),
        );
    });

    it('stores no rating in the explanation: the verdict, then the pointer to the board', () => {
        const saved = api.updateRecord(
            LEAD,
            {
                BB_Authority_Rating__c: 'Met',
                BB_Timeline_Rating__c: 'Partly_Met',
                BB_Budget_Rating__c: 'Met',
            },
            store.get(LEAD)?.lastModifiedDate,
            german,
        );
        const score = saved.fields.BB_Qualification_Score__c?.value;
        const verdict = Number(score) >= 70 ? 'Meets' : 'Below';
        expect(saved.fields.BB_Qualification_Explanation__c?.value).toBe(
            workspace.catalog
                .label(`BB_Reason_Score_${verdict}_Threshold`, 'de')
                .replace('{score}', String(score))
                .replace('{threshold}', '70') +
                '\n' +
                workspace.catalog.label('BB_Automation_Dimension_Reasons_On_Board', 'de'),
        );
    });

    it('keeps what was saved in the data file for the next server', () => {
        api.updateRecord(LEAD, { BB_Need_Evidence__c: 'Confirmed twice.' }, undefined, english);
        const reopened = new RecordStore(path.join(dataDir, 'records.json'), () => []);
        expect(reopened.get(LEAD)?.fields.BB_Need_Evidence__c).toBe('Confirmed twice.');
    });

    it('refuses a save based on an older version with 412', () => {
        const error = rejection(() =>
            api.updateRecord(
                LEAD,
                { BB_Need_Rating__c: 'Met' },
                '2020-01-01T00:00:00.000Z',
                english,
            ),
        );
        expect(error.status).toBe(412);
        expect(error.body.errorCode).toBe('PRECONDITION_FAILED');
    });

    it('rejects a field the object does not have, naming it', () => {
        const error = rejection(() =>
            api.updateRecord(LEAD, { BB_Mood__c: 'Met' }, undefined, english),
        );
        expect(error.status).toBe(400);
        expect(error.body).toMatchObject({
            errorCode: 'INVALID_FIELD',
            message: expect.stringContaining('BB_Mood__c'),
        });
    });

    it('rejects writing a result field the rep may only read', () => {
        const error = rejection(() =>
            api.updateRecord(LEAD, { BB_Qualification_Score__c: 99 }, undefined, english),
        );
        expect(error.body.output?.errors[0]).toMatchObject({
            errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
            message: expect.stringContaining('BB_Qualification_Score__c'),
        });
    });

    it('rejects a value outside the rating scale and text over its length, per field', () => {
        const error = rejection(() =>
            api.updateRecord(
                LEAD,
                { BB_Need_Rating__c: 'Maybe', BB_Need_Evidence__c: 'x'.repeat(2001) },
                undefined,
                english,
            ),
        );
        expect(error.body.output?.fieldErrors.BB_Need_Rating__c?.[0]?.errorCode).toBe(
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        );
        expect(error.body.output?.fieldErrors.BB_Need_Evidence__c?.[0]?.errorCode).toBe(
            'STRING_TOO_LONG',
        );
        expect(store.get(LEAD)?.fields.BB_Need_Rating__c).toBe('Met');
    });

    it('rejects a field hidden by field-level security as if it did not exist', () => {
        const user: UserContext = {
            language: 'en',
            hiddenFields: new Set(['BB_Budget_Rating__c']),
        };
        expect(
            rejection(() => api.updateRecord(LEAD, { BB_Budget_Rating__c: 'Met' }, undefined, user))
                .body.errorCode,
        ).toBe('INVALID_FIELD');
    });
});

describe('getRecord', () => {
    it('leaves out optional fields the user cannot read, fails for required ones', () => {
        const user: UserContext = {
            language: 'en',
            hiddenFields: new Set(['BB_Budget_Rating__c']),
        };
        const record = api.getRecord(
            LEAD,
            [],
            ['Lead.BB_Budget_Rating__c', 'Lead.BB_Need_Rating__c', 'Lead.BB_Nothing__c'],
            user,
        );
        expect(Object.keys(record.fields)).toEqual(['BB_Need_Rating__c']);
        expect(
            rejection(() => api.getRecord(LEAD, ['Lead.BB_Budget_Rating__c'], [], user)).body
                .errorCode,
        ).toBe('INVALID_FIELD');
        expect(rejection(() => api.getRecord('00Q00000000000XAAA', [], [], user)).status).toBe(404);
    });
});

describe('getBoardConfig', () => {
    it('takes the framework from the record, then the page, then the object default', () => {
        expect(getBoardConfig(workspace, store, LEAD, 'GPCTBA_CI', english)).toMatchObject({
            resolvedFrom: 'record',
            framework: { name: 'BANT' },
        });
        // Changing a stored framework takes BB_Change_Qualification_Framework (the sales manager).
        api.updateRecord(LEAD, { BB_Qualification_Framework__c: 'GPCTBA_CI' }, undefined, {
            ...english,
            mayChangeFramework: true,
        });
        expect(getBoardConfig(workspace, store, LEAD, '', english).framework.name).toBe(
            'GPCTBA_CI',
        );

        const blank = { ...(store.get(OPPORTUNITY) as StoredRecord) };
        store.put({ ...blank, fields: { ...blank.fields, BB_Qualification_Framework__c: null } });
        expect(getBoardConfig(workspace, store, OPPORTUNITY, 'BANT', english)).toMatchObject({
            resolvedFrom: 'page',
            framework: { name: 'BANT' },
        });
        expect(getBoardConfig(workspace, store, OPPORTUNITY, undefined, english)).toMatchObject({
            resolvedFrom: 'default',
            framework: { name: 'Beyond_BANT_Canvas' },
        });
        expect(() => getBoardConfig(workspace, store, OPPORTUNITY, 'SPIN', english)).toThrow(
            new ApexException(
                `Unknown qualification framework "SPIN" in the board's Framework setting on this page. Known frameworks: ${workspace.catalog.frameworks.map((f) => f.name).join(', ')}.`,
            ),
        );
    });

    it('answers in the user’s language and marks hidden fields not editable', () => {
        const user: UserContext = {
            language: 'de',
            hiddenFields: new Set(['BB_Budget_Rating__c']),
        };
        const config = getBoardConfig(workspace, store, LEAD, undefined, user);
        expect(config.ratingScale.map((option) => option.label)).toContain('Teilweise erfüllt');
        const budget = config.framework.dimensions.find((dimension) => dimension.key === 'Budget');
        expect(budget).toMatchObject({ ratingEditable: false, evidenceEditable: true });
        // "Budget" reads the same in both languages; "Need" proves the title is the German one.
        const germanNeed = workspace.catalog.label('BB_Dimension_Need', 'de');
        expect(germanNeed).not.toBe(workspace.catalog.label('BB_Dimension_Need', 'en'));
        const need = config.framework.dimensions.find((dimension) => dimension.key === 'Need');
        expect(need).toMatchObject({ label: germanNeed, ratingEditable: true });
        expect(config.reasonTemplates.GATE_BLOCKER).toBe(
            workspace.catalog.label('BB_Reason_Gate_Blocker', 'de'),
        );
    });

    it("gives the board each dimension's horizon, so its preview holds a far-out date as the trigger does", () => {
        const config = getBoardConfig(workspace, store, LEAD, 'BANT', english);
        const horizons = Object.fromEntries(
            config.framework.dimensions.map((dimension) => [dimension.key, dimension.horizonDays]),
        );
        expect(horizons).toEqual({ Budget: null, Authority: null, Need: null, Timeline: 180 });
        expect(config.reasonTemplates.BEYOND_HORIZON).toBe(
            workspace.catalog.label('BB_Reason_Beyond_Horizon', 'en'),
        );
    });
});
