import { rmSync } from 'node:fs';
import {
    parsePreviousRound,
    parseTrend,
} from '../../../../force-app/board/lwc/qualificationRoundModel/qualificationRoundModel';
import { startRound } from '../apex/roundController';
import { loadWorkspace, type PreviewWorkspace } from '../metadata/workspace';
import { RecordApi, type UserContext } from '../records/recordApi';
import type { RecordStore } from '../records/recordStore';
import { PROJECT_ROOT, sampleStore } from './support/sampleStore';

const OPPORTUNITY = '006000000000001AAA';
const english: UserContext = { language: 'en', hiddenFields: new Set() };
const german: UserContext = { language: 'de', hiddenFields: new Set() };

let workspace: PreviewWorkspace;
let dataDir: string;
let store: RecordStore;
let api: RecordApi;

beforeAll(() => {
    workspace = loadWorkspace(PROJECT_ROOT);
});

beforeEach(() => {
    ({ dataDir, store } = sampleStore(workspace, 'bb-preview-rounds-'));
    api = new RecordApi(workspace, store);
});

afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
});

function input(overrides: Record<string, unknown> = {}) {
    return {
        recordId: OPPORTUNITY,
        reason: 'Decision maker joined',
        lastModifiedDate: store.get(OPPORTUNITY)?.lastModifiedDate,
        rejectedByValidation: false,
        ...overrides,
    };
}

describe('QualificationRoundController.startRound in the preview', () => {
    it('starts round 2: the previous answers stay readable, ratings reset, the trend marks it', () => {
        const before = store.get(OPPORTUNITY);
        const answer = startRound(workspace, store, api, input(), english);

        expect(answer).toMatchObject({ outcome: 'started', message: null, round: 2 });
        const saved = store.get(OPPORTUNITY);
        expect(saved?.fields.BB_Goals_Rating__c).toBe('Not_Explored');
        expect(saved?.fields.BB_Goals_Evidence__c).toBe(before?.fields.BB_Goals_Evidence__c);
        expect(saved?.fields.BB_Qualification_Status__c).toBe('New');
        expect(saved?.fields.BB_Round_Reason__c).toBe('Decision maker joined');
        const previous = parsePreviousRound(saved?.fields.BB_Previous_Round__c);
        expect(previous?.answers.Goals).toEqual({
            rating: 'Met',
            evidence: before?.fields.BB_Goals_Evidence__c,
            value: null,
        });
        expect(previous?.status).toBe(before?.fields.BB_Qualification_Status__c);
        const trend = parseTrend(saved?.fields.BB_Qualification_Trend__c);
        expect(trend.at(-1)).toMatchObject({ round: 2, roundStart: true, status: 'New' });
    });

    it.each([
        ['a blank reason', { reason: ' ' }, 'invalid', 'Say why the qualification starts again'],
        ['an unknown record', { recordId: '006000000000999AAA' }, 'notFound', '006000000000999AAA'],
        [
            'an older version',
            { lastModifiedDate: '2020-01-01T00:00:00.000Z' },
            'conflict',
            'Someone changed',
        ],
        ['no version', { lastModifiedDate: 'yesterday' }, 'invalid', 'Someone changed'],
        [
            'a validation rule',
            { rejectedByValidation: true },
            'notSaved',
            'Simulated validation rule',
        ],
    ])('refuses %s and saves nothing', (_what, overrides, outcome, message) => {
        const before = store.get(OPPORTUNITY);
        const answer = startRound(workspace, store, api, input(overrides), english);

        expect(answer.outcome).toBe(outcome);
        expect(answer.message).toContain(message);
        expect(answer.round).toBeNull();
        expect(store.get(OPPORTUNITY)).toEqual(before);
    });

    it('names the record by its name, not its Id, when the save fails', () => {
        const name = store.get(OPPORTUNITY)?.fields.Name;
        const answer = startRound(
            workspace,
            store,
            api,
            input({ rejectedByValidation: true }),
            english,
        );

        expect(typeof name).toBe('string');
        expect(answer.message).toContain(`could not be started on ${String(name)}:`);
        expect(answer.message).not.toContain(OPPORTUNITY);
    });

    it('names the fields the user cannot read, in the user language', () => {
        const answer = startRound(workspace, store, api, input(), {
            language: 'de',
            hiddenFields: new Set(['BB_Value_Fit_Evidence__c']),
        });
        expect(answer.outcome).toBe('noAccess');
        expect(answer.message).toBe(
            'Sie können keine neue Qualifizierungsrunde beginnen: Sie dürfen BB_Value_Fit_Evidence__c nicht lesen.',
        );
    });

    it('answers in German', () => {
        expect(startRound(workspace, store, api, input({ reason: '' }), german).message).toBe(
            'Geben Sie an, warum die Qualifizierung neu beginnt, zum Beispiel: Entscheider ist dazugekommen.',
        );
    });
});
