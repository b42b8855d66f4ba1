/**
 * The second round trip: a record page whose object's fields the board loaded before requests the
 * record together with the configuration, and a remembered list that no longer fits is replaced
 * before the board shows anything.
 */
import { createElement } from 'lwc';
import QualificationBoard from 'c/qualificationBoard';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import bantConfig from './data/boardConfigBant.json';
import leadRecordData from './data/leadRecord.json';
import { clone, configMock, flush, panels, recordAdapter, shadow } from './support/board';

jest.mock(
    '@salesforce/apex/QualificationBoardController.getBoardConfig',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);

const config = bantConfig as unknown as BoardConfig;
const leadRecord = leadRecordData as unknown as RecordRepresentation;
const CACHE_KEY = 'beyond-bant:board-fields:Lead:';

/** A board as a Lead record page creates it, with the configuration held back until `answer`. */
function mountLeadPage(): { board: HTMLElement; answer(): Promise<void> } {
    let resolveConfig: (value: BoardConfig) => void = () => undefined;
    configMock.mockReturnValue(
        new Promise<BoardConfig>((resolve) => {
            resolveConfig = resolve;
        }),
    );
    const board = createElement('c-qualification-board', { is: QualificationBoard });
    Object.assign(board, { recordId: leadRecord.id, objectApiName: 'Lead' });
    document.body.appendChild(board);
    return {
        board,
        answer: async () => {
            resolveConfig(clone(config));
            await flush();
        },
    };
}

function boardFieldLists(update: jest.SpyInstance): string[][] {
    return update.mock.calls
        .map(([wireConfig]) => (wireConfig as { optionalFields?: unknown }).optionalFields)
        .filter(
            (fields): fields is string[] =>
                Array.isArray(fields) &&
                !fields.every((field: string) => field.endsWith('.BB_Qualification_Trend__c')),
        );
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    localStorage.clear();
    jest.clearAllMocks();
});

describe('c-qualification-board requests the record with the configuration', () => {
    it('the first page of an object waits for the configuration; the next asks for both at once', async () => {
        const update = jest.spyOn(recordAdapter.adapter.prototype, 'update');
        const first = mountLeadPage();
        await flush();
        expect(boardFieldLists(update)).toHaveLength(0);
        await first.answer();
        const loaded = boardFieldLists(update)[0];
        expect(loaded).toContain('Lead.BB_Budget_Rating__c');
        document.body.removeChild(first.board);
        update.mockClear();

        const second = mountLeadPage();
        await flush();
        // Before the configuration answered: the record is already on its way, with the same fields.
        expect(configMock).toHaveBeenCalledTimes(2);
        expect(boardFieldLists(update)).toEqual([loaded]);
        recordAdapter.emit(clone(leadRecord));
        await flush();
        expect(shadow(second.board).querySelector('.board__loading')).not.toBeNull();
        await second.answer();
        // The configuration named the same fields: no second request, and the board is complete.
        expect(boardFieldLists(update)).toEqual([loaded]);
        expect(panels(second.board).length).toBeGreaterThan(0);
        update.mockRestore();
    });

    it('a remembered list that no longer fits is replaced, and the board waits for the right record', async () => {
        localStorage.setItem(CACHE_KEY, JSON.stringify(['Lead.BB_Need_Rating__c']));
        const update = jest.spyOn(recordAdapter.adapter.prototype, 'update');
        const page = mountLeadPage();
        await flush();
        expect(boardFieldLists(update)).toEqual([['Lead.BB_Need_Rating__c']]);
        recordAdapter.emit(clone(leadRecord));
        await flush();
        await page.answer();
        const lists = boardFieldLists(update);
        expect(lists).toHaveLength(2);
        expect(lists[1]).toContain('Lead.BB_Budget_Rating__c');
        // The record delivered for the old list is not shown as if it had every field.
        expect(shadow(page.board).querySelector('.board__loading')).not.toBeNull();
        recordAdapter.emit(clone(leadRecord));
        await flush();
        expect(panels(page.board).length).toBeGreaterThan(0);
        expect(JSON.parse(localStorage.getItem(CACHE_KEY) ?? '[]')).toEqual(lists[1]);
        update.mockRestore();
    });

    it('ignores a remembered value that is not a field list of the object', async () => {
        localStorage.setItem(CACHE_KEY, JSON.stringify(['Opportunity.BB_Need_Rating__c']));
        const update = jest.spyOn(recordAdapter.adapter.prototype, 'update');
        const page = mountLeadPage();
        await flush();
        expect(boardFieldLists(update)).toHaveLength(0);
        await page.answer();
        expect(boardFieldLists(update)).toHaveLength(1);
        update.mockRestore();
    });
});
