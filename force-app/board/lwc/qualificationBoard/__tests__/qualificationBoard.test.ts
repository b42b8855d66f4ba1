import { setup } from '@sa11y/jest';
import { notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { evaluate } from 'c/qualificationEngine';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import bantConfig from './data/boardConfigBant.json';
import leadRecordData from './data/leadRecord.json';
import canvasConfig from './data/boardConfigCanvas.json';
import opportunityRecordData from './data/opportunityRecord.json';
import {
    button,
    click,
    clone,
    configMock,
    enterValue,
    toFirstStep,
    flush,
    mountBoard,
    panelFor,
    panels,
    problem,
    rate,
    ratingInputs,
    recordAdapter,
    shadow,
    summaryRoot,
    tiles,
    typeEvidence,
} from './support/board';
import { horizonRecord, withTimelineHorizon } from './support/horizon';

jest.mock(
    '@salesforce/apex/QualificationBoardController.getBoardConfig',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);
jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('./support/labels');
    return { ...actual, LABELS: boardLabels('en', Object.keys(actual.LABELS)) };
});

// The real engine, counted: the board must not re-run it on renders that change nothing it reads.
jest.mock('c/qualificationEngine', () => {
    const actual = jest.requireActual('c/qualificationEngine');
    return { ...actual, evaluate: jest.fn(actual.evaluate) };
});

setup();
// The accessibility checks run axe over the whole board; the first one in a worker is slow.
jest.setTimeout(30000);

const config = bantConfig as unknown as BoardConfig;
const leadRecord = leadRecordData as unknown as RecordRepresentation;
const updateRecordMock = updateRecord as unknown as jest.Mock;
const notifyMock = notifyRecordUpdateAvailable as unknown as jest.Mock;
const evaluateMock = evaluate as unknown as jest.Mock;
const LOADED_VERSION = '2026-03-02T09:15:00.000Z';

function isChecked(board: HTMLElement, key: string, value: string): boolean | undefined {
    return ratingInputs(panelFor(board, key)).find((input) => input.value === value)?.checked;
}

/** The same record as a colleague saved it: Authority now Met, and a newer version. */
function savedByColleague(): RecordRepresentation {
    const newer = clone(leadRecord);
    newer.fields.BB_Authority_Rating__c = { value: 'Met', displayValue: 'Met' };
    newer.lastModifiedDate = '2026-03-02T11:00:00.000Z';
    newer.fields.LastModifiedDate = { value: newer.lastModifiedDate, displayValue: null };
    return newer;
}

function text(root: ParentNode, selector: string): string {
    return root.querySelector(selector)?.textContent?.trim() ?? '';
}

function withoutFields(record: RecordRepresentation, ...fields: string[]): RecordRepresentation {
    const copy = clone(record);
    fields.forEach((field) => delete copy.fields[field]);
    return copy;
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

/** getRecord configurations of the board itself; the trend asks for its one field on its own, after render. */
function boardRecordLoads(update: jest.SpyInstance): Array<Record<string, unknown>> {
    return update.mock.calls
        .map(([wireConfig]) => wireConfig as Record<string, unknown>)
        .filter(
            (wireConfig) =>
                Array.isArray(wireConfig.optionalFields) &&
                !(wireConfig.optionalFields as string[]).every((field) =>
                    field.endsWith('.BB_Qualification_Trend__c'),
                ),
        );
}

describe('c-qualification-board loading', () => {
    it('shows a loading message until configuration and record arrive', async () => {
        const board = await mountBoard({ config });

        expect(text(shadow(board), '.board__loading')).toBe('Loading the qualification board');
        expect(panels(board)).toHaveLength(0);
    });

    it('asks Apex once for the record and the page framework, then loads every framework field', async () => {
        const update = jest.spyOn(recordAdapter.adapter.prototype, 'update');
        const board = await mountBoard({ config, record: leadRecord, frameworkName: 'GPCTBA_CI' });

        expect(configMock).toHaveBeenCalledTimes(1);
        expect(configMock).toHaveBeenCalledWith({
            recordId: '00Q000000000001AAA',
            pageFramework: 'GPCTBA_CI',
        });
        const wireConfig = boardRecordLoads(update)[0] ?? {};
        update.mockRestore();
        expect(wireConfig.recordId).toBe('00Q000000000001AAA');
        expect(wireConfig.optionalFields).toEqual(
            expect.arrayContaining([
                'Lead.BB_Budget_Rating__c',
                'Lead.BB_Budget_Evidence__c',
                'Lead.BB_Budget_Amount__c',
                'Lead.BB_Decision_Date__c',
                'Lead.BB_Qualification_Status__c',
                'Lead.LastModifiedDate',
            ]),
        );
        // Reasons are formatted from the answers in the viewer's language, never read back.
        expect(wireConfig.optionalFields).not.toContain('Lead.BB_Qualification_Explanation__c');
        expect(text(shadow(board), '.board__framework')).toBe('Framework: BANT');
        expect(shadow(board).querySelector('.board__loading')).toBeNull();
    });

    it('shows the stored result when nothing is edited, with reasons formatted from the answers', async () => {
        const record = clone(leadRecord);
        // Whoever saved last wrote the explanation in their language: the board does not repeat it.
        record.fields.BB_Qualification_Explanation__c = {
            value: 'Die Punktzahl 40 liegt unter der Schwelle von 70.',
            displayValue: null,
        };
        const board = await mountBoard({ config, record });

        const summary = summaryRoot(board);
        expect(text(summary, '[data-status]')).toBe('Nurture');
        expect(text(summary, '.summary__score')).toBe('40');
        const reasons = Array.from(summary.querySelectorAll('.summary__reasons li')).map(
            (item) => item.textContent,
        );
        expect(reasons).toEqual([
            'Score 40 is below the threshold of 70.',
            'Need is a gate dimension and is not met yet.',
            'Authority is rated Partly met and lowers the score.',
        ]);
        expect(text(summary, '.summary__next')).toBe('Explore next: Need');
        expect(summary.querySelector('.summary__preview')).toBeNull();
        expect(summary.querySelector('.summary__stale')).toBeNull();
    });

    it('says plainly when the stored result is not what the current configuration gives', async () => {
        const record = clone(leadRecord);
        record.fields.BB_Qualification_Status__c = {
            value: 'Qualified',
            displayValue: 'Qualified',
        };
        record.fields.BB_Qualification_Score__c = { value: 75, displayValue: '75' };
        const board = await mountBoard({ config, record });

        const summary = summaryRoot(board);
        // What Flows and reports see stays in front; the difference is named, not hidden.
        expect(text(summary, '[data-status]')).toBe('Qualified');
        expect(text(summary, '.summary__score')).toBe('75');
        expect(text(summary, '.summary__stale')).toBe(
            'This record was evaluated under an older configuration: stored Qualified with score 75, the current configuration gives Nurture with score 40. Saving the record or running rescore brings it up to date.',
        );

        await rate(board, 'Need', 'Met');
        expect(summary.querySelector('.summary__stale')).toBeNull();
    });

    it('marks the canvas tile whose date holds the record back', async () => {
        const { record } = horizonRecord(leadRecord, {
            daysAgo: 0,
            daysAhead: 120,
            stored: { status: 'Nurture', score: 100 },
        });
        const board = await mountBoard({
            config: withTimelineHorizon(config, 90),
            record,
            layout: 'canvas',
        });
        const held = tiles(board).map((tile) =>
            shadow(tile).querySelector('.tile')?.getAttribute('data-held'),
        );
        expect(held).toEqual([
            null,
            null,
            null,
            'Date beyond the horizon: holds qualification back',
        ]);
    });

    it('says that the decision date came within its horizon when only the days since the last evaluation differ', async () => {
        const { record, evaluatedDay } = horizonRecord(leadRecord, {
            daysAgo: 40,
            daysAhead: 60,
            stored: { status: 'Nurture', score: 100 },
        });
        const board = await mountBoard({ config: withTimelineHorizon(config, 90), record });

        const summary = summaryRoot(board);
        expect(text(summary, '[data-status]')).toBe('Nurture');
        const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
        expect(text(summary, '.summary__stale')).toBe(
            `Stored: Nurture with score 100, as these answers were last evaluated on ${day.format(new Date(`${evaluatedDay}T12:00:00Z`))}. Since then the date of "Timeline" has come within its horizon; today they give Qualified with score 100. The daily horizon job or saving the record brings it up to date.`,
        );
        await expect(board).toBeAccessible();
    });

    it('shows no note when the stored result is what the answers give today', async () => {
        const { record } = horizonRecord(leadRecord, {
            daysAgo: 40,
            daysAhead: 60,
            stored: { status: 'Qualified', score: 100 },
        });
        const board = await mountBoard({ config: withTimelineHorizon(config, 90), record });
        expect(text(summaryRoot(board), '[data-status]')).toBe('Qualified');
        expect(summaryRoot(board).querySelector('.summary__stale')).toBeNull();
    });
});

describe('c-qualification-board layouts', () => {
    it('panels: lists every dimension in framework order with the stored answers', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'panels' });

        const titles = panels(board).map((panel) => text(shadow(panel), '.panel__name'));
        expect(titles).toEqual(['Budget', 'Authority', 'Need', 'Timeline']);
        const budget = shadow(panelFor(board, 'Budget'));
        expect(isChecked(board, 'Budget', 'Met')).toBe(true);
        expect(budget.querySelector<HTMLTextAreaElement>('textarea')?.value).toBe(
            'Budget approved in the Q2 plan.',
        );
        expect(budget.querySelector<HTMLInputElement>('input[type="number"]')?.value).toBe('50000');
        expect(isChecked(board, 'Timeline', 'Not_Explored')).toBe(true);
        await expect(board).toBeAccessible();
    });

    it('canvas: one tile per dimension in conversation order, coloured and named by its rating', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'canvas' });

        expect(panels(board)).toHaveLength(0);
        const shown = tiles(board).map((tile) => ({
            name: text(shadow(tile), '.tile__name'),
            rating: shadow(tile).querySelector('.tile')?.getAttribute('data-rating'),
            ratingText: text(shadow(tile), '.tile__rating-text'),
            gate: shadow(tile).querySelector('.tile__gate') !== null,
        }));
        expect(shown).toEqual([
            { name: 'Budget', rating: 'Met', ratingText: 'Met', gate: true },
            { name: 'Authority', rating: 'Partly_Met', ratingText: 'Partly met', gate: false },
            { name: 'Need', rating: 'Not_Explored', ratingText: 'Not yet explored', gate: true },
            {
                name: 'Timeline',
                rating: 'Not_Explored',
                ratingText: 'Not yet explored',
                gate: false,
            },
        ]);
        const budget = shadow(tiles(board)[0]!);
        expect(text(budget, '.tile__value-label')).toBe('Budget Amount');
        expect(text(budget, '.tile__value-text')).toBe('$50,000');
        expect(text(budget, '.tile__evidence')).toBe('Budget approved in the Q2 plan.');
        expect(text(shadow(tiles(board)[1]!), '.tile__value-text')).toBe('Dana Whitfield');
        expect(text(shadow(tiles(board)[2]!), '.tile__evidence')).toBe('No evidence yet');
        await expect(board).toBeAccessible();
    });

    it('canvas: a selected tile edits its dimension in place and Done returns to the tile', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'canvas' });

        await click(shadow(tiles(board)[2]!).querySelector<HTMLButtonElement>('button.tile')!);
        expect(panels(board)).toHaveLength(1);
        expect(tiles(board)).toHaveLength(3);
        const cell = shadow(board).querySelector('.board__cell_editing')!;
        expect(cell.getAttribute('data-key')).toBe('Need');
        // The editor opens on the rating, so the arrow keys rate straight away.
        expect(shadow(board).activeElement).toBe(panels(board)[0]);
        await rate(board, 'Need', 'Met');
        expect(text(summaryRoot(board), '.summary__preview')).toBe('Unsaved preview');
        await expect(board).toBeAccessible();

        await click(shadow(panels(board)[0]!).querySelector<HTMLButtonElement>('.panel__done')!);
        expect(panels(board)).toHaveLength(0);
        const need = tiles(board)[2]!;
        expect(shadow(board).activeElement).toBe(need);
        expect(shadow(need).querySelector('.tile')?.getAttribute('data-rating')).toBe('Met');
    });

    it('canvas: Escape closes the editor; another tile switches it', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'canvas' });
        await click(shadow(tiles(board)[0]!).querySelector<HTMLButtonElement>('button.tile')!);
        await click(shadow(tiles(board)[2]!).querySelector<HTMLButtonElement>('button.tile')!);
        expect(shadow(board).querySelector('.board__cell_editing')?.getAttribute('data-key')).toBe(
            'Timeline',
        );

        const section = shadow(panels(board)[0]!).querySelector('section')!;
        section.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flush();
        expect(panels(board)).toHaveLength(1);
        section.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await flush();
        await flush();
        expect(panels(board)).toHaveLength(0);
        expect(shadow(board).activeElement).toBe(tiles(board)[3]);
    });

    it('canvas on an Opportunity: eleven dimensions from exactly one Apex call and one getRecord', async () => {
        const update = jest.spyOn(recordAdapter.adapter.prototype, 'update');
        const board = await mountBoard({
            config: canvasConfig as unknown as BoardConfig,
            record: opportunityRecordData as unknown as RecordRepresentation,
            layout: 'canvas',
        });

        expect(tiles(board)).toHaveLength(11);
        expect(configMock).toHaveBeenCalledTimes(1);
        const recordLoads = update.mock.calls.filter(([wireConfig]) =>
            Array.isArray(wireConfig.optionalFields),
        );
        // The board's own getRecord, then the trend's one field, asked for only after the board rendered.
        expect(recordLoads).toHaveLength(2);
        expect(recordLoads[0]![0].optionalFields).toContain('Opportunity.BB_Value_Fit_Rating__c');
        expect(recordLoads[1]![0].optionalFields).toEqual([
            'Opportunity.BB_Qualification_Trend__c',
        ]);
        update.mockRestore();
    });

    it('interview: one dimension at a time with previous and next, opening at the one to explore next', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'interview' });

        expect(panels(board)).toHaveLength(1);
        // Budget and Authority are rated, Need is the heaviest one left.
        expect(text(shadow(board), '.board__step')).toBe('Step 3 of 4: Need');
        const progress = () =>
            shadow(board).querySelector<HTMLElement>('.board__progress .slds-progress-bar__value')
                ?.style.width;
        expect(progress()).toBe('75%');
        await toFirstStep(board);
        expect(text(shadow(board), '.board__step')).toBe('Step 1 of 4: Budget');
        expect(progress()).toBe('25%');

        await click(button(board, '.board__next'));
        expect(text(shadow(board), '.board__step')).toBe('Step 2 of 4: Authority');
        expect(shadow(panels(board)[0]!).querySelector('[data-key="Authority"]')).not.toBeNull();

        await click(button(board, '.board__next'));
        await click(button(board, '.board__next'));
        expect(text(shadow(board), '.board__step')).toBe('Step 4 of 4: Timeline');
        expect(progress()).toBe('100%');
        expect(text(shadow(board), '.board__next')).toBe('See result');
        // The live result stands beside the buttons on every step.
        expect(text(shadow(board), '.board__live')).toBe('Score 40 · Nurture');

        await click(button(board, '.board__next'));
        expect(text(shadow(board), '.board__step')).toBe('Result');
        expect(panels(board)).toHaveLength(0);
        expect(button(board, '.board__next').disabled).toBe(true);
        expect(
            shadow(board).querySelector('.board__result c-qualification-summary'),
        ).not.toBeNull();
        const answers = Array.from(shadow(board).querySelectorAll('.board__answer')).map(
            (line) => line.textContent,
        );
        expect(answers).toEqual([
            'BudgetMet',
            'AuthorityPartly met',
            'NeedNot yet explored',
            'TimelineNot yet explored',
        ]);
        // Nothing to save yet: the result says so instead of offering a Save that does nothing.
        expect(shadow(board).querySelector('.board__result-save')).toBeNull();
        expect(text(shadow(board), '.board__all-saved')).toBe('Every answer is saved.');

        await click(button(board, '.board__previous'));
        expect(text(shadow(board), '.board__step')).toBe('Step 4 of 4: Timeline');
        await expect(board).toBeAccessible();
    });

    it('interview: ends with a save of the answers at the result', async () => {
        updateRecordMock.mockResolvedValue({});
        const board = await mountBoard({ config, record: leadRecord, layout: 'interview' });
        await rate(board, 'Need', 'Met');
        expect(text(shadow(board), '.board__live')).toBe('Score 70 · Qualified');
        await click(button(board, '.board__next'));
        await click(button(board, '.board__next'));
        await click(button(board, '.board__result-save'));
        expect(updateRecordMock.mock.calls[0]![0].fields).toEqual({
            Id: '00Q000000000001AAA',
            BB_Need_Rating__c: 'Met',
        });
    });

    it('falls back to panels for a layout it does not know', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'carousel' });

        expect(shadow(board).querySelector('.board__layout_panels')).not.toBeNull();
        expect(panels(board)).toHaveLength(4);
    });
});

describe('c-qualification-board editing', () => {
    it('previews status, score, reasons and the next dimension on every edit', async () => {
        const board = await mountBoard({ config, record: leadRecord });

        await rate(board, 'Need', 'Met');

        const summary = summaryRoot(board);
        expect(text(summary, '.summary__preview')).toBe('Unsaved preview');
        expect(text(summary, '[data-status]')).toBe('Qualified');
        expect(text(summary, '.summary__score')).toBe('70');
        expect(text(summary, '.summary__completeness-text')).toBe('80%');
        const reasons = Array.from(summary.querySelectorAll('.summary__reasons li')).map(
            (item) => item.textContent,
        );
        expect(reasons[0]).toContain('70');
        expect(reasons[1]).toContain('Authority');
        expect(text(summary, '.summary__next')).toBe('Explore next: Timeline');
        expect(text(summary, '.summary__question')).toBe(
            config.framework.dimensions[3]!.questions[0],
        );
        expect(button(board, '.board__save').disabled).toBe(false);
    });

    it('a gate rated Blocker disqualifies in the preview', async () => {
        const board = await mountBoard({ config, record: leadRecord });

        await rate(board, 'Budget', 'Blocker');

        expect(text(summaryRoot(board), '[data-status]')).toBe('Disqualified');
    });

    it('an edit back to the stored value leaves nothing to save', async () => {
        const board = await mountBoard({ config, record: leadRecord });

        await rate(board, 'Need', 'Met');
        await rate(board, 'Need', 'Not_Explored');

        expect(button(board, '.board__save').disabled).toBe(true);
        expect(summaryRoot(board).querySelector('.summary__preview')).toBeNull();
    });

    it('discard drops the edits', async () => {
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');

        await click(button(board, '.board__discard'));

        expect(isChecked(board, 'Need', 'Not_Explored')).toBe(true);
        expect(button(board, '.board__save').disabled).toBe(true);
    });

    it('warns before leaving the page only while there are unsaved edits', async () => {
        const board = await mountBoard({ config, record: leadRecord });
        const clean = new CustomEvent('beforeunload', { cancelable: true });
        window.dispatchEvent(clean);
        expect(clean.defaultPrevented).toBe(false);

        await rate(board, 'Need', 'Met');
        const dirty = new CustomEvent('beforeunload', { cancelable: true });
        window.dispatchEvent(dirty);
        expect(dirty.defaultPrevented).toBe(true);

        document.body.removeChild(board);
        const afterRemoval = new CustomEvent('beforeunload', { cancelable: true });
        window.dispatchEvent(afterRemoval);
        expect(afterRemoval.defaultPrevented).toBe(false);
    });
});

describe('c-qualification-board saving', () => {
    it('stores the framework the page chose with the first save, unless the user may not write it', async () => {
        updateRecordMock.mockResolvedValue({});
        const chosenByPage = { ...clone(config), resolvedFrom: 'page' } as BoardConfig;
        const board = await mountBoard({ config: chosenByPage, record: leadRecord });
        await rate(board, 'Need', 'Met');
        await click(button(board, '.board__save'));
        expect(updateRecordMock.mock.calls[0]![0]).toEqual({
            fields: {
                Id: '00Q000000000001AAA',
                BB_Qualification_Framework__c: config.framework.name,
                BB_Need_Rating__c: 'Met',
            },
        });

        updateRecordMock.mockClear();
        const readOnly = { ...chosenByPage, frameworkEditable: false } as BoardConfig;
        const other = await mountBoard({ config: readOnly, record: leadRecord });
        await rate(other, 'Need', 'Met');
        await click(button(other, '.board__save'));
        expect(updateRecordMock.mock.calls[0]![0]).toEqual({
            fields: { Id: '00Q000000000001AAA', BB_Need_Rating__c: 'Met' },
        });
    });

    it('saves only the changed fields of the edited dimension, guarded by the loaded version', async () => {
        updateRecordMock.mockResolvedValue({});
        const board = await mountBoard({ config, record: leadRecord });
        const toasts: Array<{ title: string; variant: string }> = [];
        board.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent).detail),
        );

        await rate(board, 'Need', 'Met');
        await typeEvidence(board, 'Need', 'Their reporting takes two days a month.');
        await click(button(board, '.board__save'));

        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(updateRecordMock).toHaveBeenCalledWith(
            {
                fields: {
                    Id: '00Q000000000001AAA',
                    BB_Need_Rating__c: 'Met',
                    BB_Need_Evidence__c: 'Their reporting takes two days a month.',
                },
            },
            { ifUnmodifiedSince: '2026-03-02T09:15:00.000Z' },
        );
        expect(toasts).toEqual([
            expect.objectContaining({ title: 'Qualification saved.', variant: 'success' }),
        ]);
        expect(button(board, '.board__save').disabled).toBe(true);
        expect(problem(board)).toBeNull();
    });

    it('shows the stored result once LDS delivers the saved record', async () => {
        updateRecordMock.mockResolvedValue({});
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');
        await click(button(board, '.board__save'));

        const saved = clone(leadRecord);
        saved.fields.BB_Need_Rating__c = { value: 'Met', displayValue: 'Met' };
        saved.fields.BB_Qualification_Status__c = { value: 'Qualified', displayValue: 'Qualified' };
        saved.fields.BB_Qualification_Score__c = { value: 70, displayValue: '70' };
        saved.lastModifiedDate = '2026-03-02T10:00:00.000Z';
        recordAdapter.emit(saved);
        await flush();

        const summary = summaryRoot(board);
        expect(text(summary, '[data-status]')).toBe('Qualified');
        expect(summary.querySelector('.summary__preview')).toBeNull();
        expect(isChecked(board, 'Need', 'Met')).toBe(true);
    });

    it('a conflict keeps the edits and offers reload, not a retry against the same version', async () => {
        updateRecordMock.mockRejectedValueOnce({
            status: 412,
            statusText: 'Precondition Failed',
            body: [
                {
                    errorCode: 'PRECONDITION_FAILED',
                    message: 'The record was modified since the If-Unmodified-Since date.',
                },
            ],
        });
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');

        await click(button(board, '.board__save'));

        expect(problem(board)?.dataset.kind).toBe('conflict');
        expect(text(shadow(board), '.board__problem-text')).toContain(
            'Someone changed this record',
        );
        expect(isChecked(board, 'Need', 'Met')).toBe(true);
        expect(text(summaryRoot(board), '.summary__preview')).toBe('Unsaved preview');

        expect(shadow(board).querySelector('.board__retry')).toBeNull();

        await click(button(board, '.board__reload'));
        expect(notifyMock).toHaveBeenCalledWith([{ recordId: '00Q000000000001AAA' }]);
        expect(problem(board)).toBeNull();
        expect(button(board, '.board__save').disabled).toBe(false);
    });

    it('a validation error keeps the edits and is shown on the panel of its field', async () => {
        updateRecordMock.mockRejectedValueOnce({
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                output: {
                    errors: [],
                    fieldErrors: {
                        BB_Need_Evidence__c: [
                            {
                                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                                message: 'Describe the need before rating it Met.',
                            },
                        ],
                    },
                },
            },
        });
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');

        await click(button(board, '.board__save'));

        expect(problem(board)?.dataset.kind).toBe('validation');
        expect(text(shadow(panelFor(board, 'Need')), '.panel__error')).toBe(
            'Describe the need before rating it Met.',
        );
        expect(shadow(panelFor(board, 'Budget')).querySelector('.panel__error')).toBeNull();
        expect(isChecked(board, 'Need', 'Met')).toBe(true);
        await expect(board).toBeAccessible();

        // Writing the evidence the rule asked for takes its message away, and the banner with it.
        await typeEvidence(board, 'Need', 'Dispatch plans every route by hand.');
        expect(shadow(panelFor(board, 'Need')).querySelector('.panel__error')).toBeNull();
        expect(problem(board)).toBeNull();
    });

    it('refuses to save input it cannot store, names it, and keeps focus in the board after a save', async () => {
        updateRecordMock.mockResolvedValue({});
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');
        await enterValue(board, 'Timeline', '02/31/2027');

        await click(button(board, '.board__save'));
        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(problem(board)?.dataset.kind).toBe('input');
        expect(text(shadow(board), '.board__problem-text')).toBe(
            'Nothing was saved. Correct this first: Decision Date: 02/31/2027 is not a day of the calendar.',
        );

        await enterValue(board, 'Timeline', '03/31/2027');
        expect(problem(board)).toBeNull();
        await click(button(board, '.board__save'));
        expect(updateRecordMock.mock.calls[0]![0].fields).toEqual({
            Id: '00Q000000000001AAA',
            BB_Need_Rating__c: 'Met',
            BB_Decision_Date__c: '2027-03-31',
        });
        expect(shadow(board).activeElement).toBe(shadow(board).querySelector('.board__summary'));
    });

    it('discards input it cannot store with the edits', async () => {
        const board = await mountBoard({ config, record: leadRecord });
        await typeEvidence(board, 'Need', 'x'.repeat(2001));
        expect(button(board, '.board__save').disabled).toBe(false);
        await click(button(board, '.board__discard'));
        expect(button(board, '.board__save').disabled).toBe(true);
        expect(shadow(panelFor(board, 'Need')).querySelector('.panel__too-long')).toBeNull();
    });

    it('missing edit access keeps the edits and says whom to ask', async () => {
        updateRecordMock.mockRejectedValueOnce({
            status: 403,
            body: [
                {
                    errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
                    message: 'insufficient access rights on object id',
                },
            ],
        });
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');

        await click(button(board, '.board__save'));

        expect(problem(board)?.dataset.kind).toBe('access');
        expect(text(shadow(board), '.board__problem-text')).toContain('permission set');
        expect(button(board, '.board__save').disabled).toBe(false);
    });

    it('a network failure keeps the edits and a retry saves them', async () => {
        updateRecordMock
            .mockRejectedValueOnce(new TypeError('Failed to fetch'))
            .mockResolvedValueOnce({});
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');

        await click(button(board, '.board__save'));
        expect(problem(board)?.dataset.kind).toBe('network');
        expect(text(shadow(board), '.board__problem-text')).toContain('connection');

        await click(button(board, '.board__retry'));
        expect(updateRecordMock).toHaveBeenCalledTimes(2);
        expect(updateRecordMock.mock.calls[1]![0]).toEqual({
            fields: { Id: '00Q000000000001AAA', BB_Need_Rating__c: 'Met' },
        });
        expect(problem(board)).toBeNull();
    });

    it('any other failure keeps the edits and shows the platform message without a stack trace', async () => {
        updateRecordMock.mockRejectedValueOnce({
            status: 500,
            body: {
                message: 'Apex CPU time limit exceeded',
                stackTrace: 'Class.QualificationTriggerHandler: line 42',
            },
        });
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');

        await click(button(board, '.board__save'));

        expect(problem(board)?.dataset.kind).toBe('unknown');
        expect(text(shadow(board), '.board__problem-text')).toBe(
            'Something went wrong: Apex CPU time limit exceeded',
        );
        expect(shadow(board).textContent).not.toContain('line 42');
        expect(isChecked(board, 'Need', 'Met')).toBe(true);
    });
});

describe('c-qualification-board drafts', () => {
    it('sends only what differs from the record: an edit changed back is left out, a number stays a number', async () => {
        updateRecordMock.mockResolvedValue({});
        const board = await mountBoard({ config, record: leadRecord });

        await rate(board, 'Need', 'Met');
        await typeEvidence(board, 'Budget', 'Budget moved to Q3.');
        await typeEvidence(board, 'Budget', 'Budget approved in the Q2 plan.');
        await enterValue(board, 'Budget', '62500.50');
        await enterValue(board, 'Timeline', '09/30/2026');
        await click(button(board, '.board__save'));

        expect(updateRecordMock.mock.calls[0]![0]).toEqual({
            fields: {
                Id: '00Q000000000001AAA',
                BB_Need_Rating__c: 'Met',
                BB_Budget_Amount__c: 62500.5,
                BB_Decision_Date__c: '2026-09-30',
            },
        });
    });

    it('a newer record from LDS keeps the edits, and the save is guarded by the version they started from', async () => {
        updateRecordMock.mockRejectedValueOnce({
            status: 412,
            body: [{ errorCode: 'PRECONDITION_FAILED', message: 'Modified since.' }],
        });
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');

        recordAdapter.emit(savedByColleague());
        await flush();
        expect(isChecked(board, 'Need', 'Met')).toBe(true);
        expect(isChecked(board, 'Authority', 'Met')).toBe(true);

        await click(button(board, '.board__save'));
        expect(updateRecordMock.mock.calls[0]![1]).toEqual({ ifUnmodifiedSince: LOADED_VERSION });
        expect(problem(board)?.dataset.kind).toBe('conflict');
        expect(shadow(board).querySelector('.board__retry')).toBeNull();
        expect(isChecked(board, 'Need', 'Met')).toBe(true);
    });

    it('after a conflict, Reload bases the edits on the latest version so the next save goes through', async () => {
        updateRecordMock
            .mockRejectedValueOnce({ status: 412, body: [{ errorCode: 'PRECONDITION_FAILED' }] })
            .mockResolvedValueOnce({});
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');
        await click(button(board, '.board__save'));

        const newer = savedByColleague();
        notifyMock.mockImplementationOnce(async () => recordAdapter.emit(clone(newer)));
        await click(button(board, '.board__reload'));
        expect(isChecked(board, 'Need', 'Met')).toBe(true);

        await click(button(board, '.board__save'));
        expect(updateRecordMock.mock.calls[1]).toEqual([
            { fields: { Id: '00Q000000000001AAA', BB_Need_Rating__c: 'Met' } },
            { ifUnmodifiedSince: newer.lastModifiedDate },
        ]);
        expect(problem(board)).toBeNull();
    });

    it('Reload also rebases when LDS already held the latest version and delivers nothing new', async () => {
        updateRecordMock
            .mockRejectedValueOnce({ status: 412, body: [{ errorCode: 'PRECONDITION_FAILED' }] })
            .mockResolvedValueOnce({});
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');
        recordAdapter.emit(savedByColleague());
        await flush();
        await click(button(board, '.board__save'));

        await click(button(board, '.board__reload'));
        await click(button(board, '.board__save'));

        expect(updateRecordMock.mock.calls[1]![1]).toEqual({
            ifUnmodifiedSince: '2026-03-02T11:00:00.000Z',
        });
    });

    it('the next edit after a save is based on the version that save produced', async () => {
        updateRecordMock.mockResolvedValue({ lastModifiedDate: '2026-03-02T12:00:00.000Z' });
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');
        await click(button(board, '.board__save'));

        // LDS has not delivered the saved record yet; the rep edits on.
        await rate(board, 'Timeline', 'Met');
        await click(button(board, '.board__save'));

        expect(updateRecordMock.mock.calls[1]).toEqual([
            { fields: { Id: '00Q000000000001AAA', BB_Timeline_Rating__c: 'Met' } },
            { ifUnmodifiedSince: '2026-03-02T12:00:00.000Z' },
        ]);
    });

    it('switching interview steps keeps the edits of every step', async () => {
        updateRecordMock.mockResolvedValue({});
        const board = await mountBoard({ config, record: leadRecord, layout: 'interview' });
        await toFirstStep(board);
        await enterValue(board, 'Budget', '70000');
        await click(button(board, '.board__next'));
        await click(button(board, '.board__next'));
        await typeEvidence(board, 'Need', 'Month-end close takes two days.');
        await click(button(board, '.board__previous'));
        await click(button(board, '.board__previous'));

        expect(
            shadow(panels(board)[0]!).querySelector<HTMLInputElement>('.panel__value input')?.value,
        ).toBe('70000');
        await click(button(board, '.board__save'));
        expect(updateRecordMock.mock.calls[0]![0].fields).toEqual({
            Id: '00Q000000000001AAA',
            BB_Budget_Amount__c: 70000,
            BB_Need_Evidence__c: 'Month-end close takes two days.',
        });
    });

    it('runs the engine once per edit, not on every render', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'interview' });
        // Once for the loaded record: its reasons are formatted from the answers.
        expect(evaluateMock).toHaveBeenCalledTimes(1);
        await toFirstStep(board);
        expect(evaluateMock).toHaveBeenCalledTimes(1);

        await rate(board, 'Budget', 'Partly_Met');
        expect(evaluateMock).toHaveBeenCalledTimes(2);

        await click(button(board, '.board__next'));
        await click(button(board, '.board__previous'));
        expect(evaluateMock).toHaveBeenCalledTimes(2);

        await rate(board, 'Budget', 'Not_Met');
        expect(evaluateMock).toHaveBeenCalledTimes(3);
        // One framework object for every preview: the engine compiles it once.
        const frameworks = new Set(evaluateMock.mock.calls.map(([framework]) => framework));
        expect(frameworks.size).toBe(1);
    });
});

describe('c-qualification-board save failures', () => {
    const failures: Array<[string, unknown]> = [
        ['conflict', { status: 412, body: [{ errorCode: 'PRECONDITION_FAILED' }] }],
        [
            'validation',
            {
                status: 400,
                body: {
                    output: {
                        errors: [],
                        fieldErrors: { BB_Need_Evidence__c: [{ message: 'Describe the need.' }] },
                    },
                },
            },
        ],
        ['access', { status: 403, body: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }] }],
        ['network', new TypeError('Failed to fetch')],
        ['unknown', { status: 500, body: { message: 'Apex CPU time limit exceeded' } }],
    ];

    it.each(failures)(
        'a %s failure keeps every edit, the preview and the way to save, and focuses the message',
        async (kind, failure) => {
            updateRecordMock.mockRejectedValueOnce(failure);
            const board = await mountBoard({ config, record: leadRecord });
            await rate(board, 'Need', 'Met');
            await typeEvidence(board, 'Need', 'Manual reporting.');
            await enterValue(board, 'Budget', '55000');
            button(board, '.board__save').focus();

            await click(button(board, '.board__save'));

            expect(problem(board)?.dataset.kind).toBe(kind);
            expect(shadow(board).activeElement).toBe(problem(board));
            expect(isChecked(board, 'Need', 'Met')).toBe(true);
            expect(
                shadow(panelFor(board, 'Need')).querySelector<HTMLTextAreaElement>('textarea')
                    ?.value,
            ).toBe('Manual reporting.');
            expect(
                shadow(panelFor(board, 'Budget')).querySelector<HTMLInputElement>(
                    '.panel__value input',
                )?.value,
            ).toBe('55000');
            expect(text(summaryRoot(board), '.summary__preview')).toBe('Unsaved preview');
            expect(button(board, '.board__save').disabled).toBe(false);
        },
    );

    it('ties a field error to its input and names errors on fields no panel shows', async () => {
        updateRecordMock.mockRejectedValueOnce({
            status: 400,
            body: {
                output: {
                    errors: [],
                    fieldErrors: {
                        BB_Need_Evidence__c: [{ message: 'Describe the need.' }],
                        Company: [{ message: 'Company is required.' }],
                    },
                },
            },
        });
        const board = await mountBoard({ config, record: leadRecord });
        await rate(board, 'Need', 'Met');

        await click(button(board, '.board__save'));

        const need = shadow(panelFor(board, 'Need'));
        const textarea = need.querySelector<HTMLTextAreaElement>('textarea')!;
        const errorElement = need.querySelector<HTMLElement>('.panel__error')!;
        expect(textarea.getAttribute('aria-invalid')).toBe('true');
        expect(textarea.getAttribute('aria-describedby')?.split(' ')).toContain(errorElement.id);
        expect(ratingInputs(panelFor(board, 'Need'))[0]?.getAttribute('aria-invalid')).toBeNull();
        expect(text(shadow(board), '.board__problem-text')).toContain('Company is required.');
        expect(text(shadow(board), '.board__problem-text')).not.toContain('Describe the need.');
    });
});

describe('c-qualification-board keyboard', () => {
    it('starts every interview step at its rating, also when the pressed button becomes disabled', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'interview' });
        await toFirstStep(board);
        const next = button(board, '.board__next');
        next.focus();
        await click(next);
        const panel = panels(board)[0]!;
        expect(shadow(board).activeElement).toBe(panel);
        const rating = shadow(panel).querySelector('c-qualification-rating')!;
        expect(shadow(panel).activeElement).toBe(rating);
        // The rating's one tab stop is its chosen segment (Authority is Partly met).
        expect((shadow(rating).activeElement as HTMLInputElement).value).toBe('Partly_Met');

        await click(next);
        await click(next);
        expect(shadow(board).activeElement).toBe(panels(board)[0]);
        // Next leads on to the result, whose heading takes focus as Next becomes disabled.
        await click(next);
        expect(next.disabled).toBe(true);
        expect(shadow(board).activeElement).toBe(
            shadow(board).querySelector('.board__result-heading'),
        );

        const previous = button(board, '.board__previous');
        await click(previous);
        expect(shadow(board).activeElement).toBe(panels(board)[0]);
        await click(previous);
        await click(previous);
        await click(previous);
        expect(previous.disabled).toBe(true);
        expect(shadow(board).activeElement).toBe(panels(board)[0]);
    });

    it('marks the board busy only while saving', async () => {
        let finish: (value: unknown) => void = () => undefined;
        updateRecordMock.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
        const board = await mountBoard({ config, record: leadRecord });
        const card = shadow(board).querySelector('article')!;
        expect(card.getAttribute('aria-busy')).toBe('false');

        await rate(board, 'Need', 'Met');
        await click(button(board, '.board__save'));
        expect(card.getAttribute('aria-busy')).toBe('true');
        finish({});
        await flush();
        expect(card.getAttribute('aria-busy')).toBe('false');
    });
});

describe('c-qualification-board field access', () => {
    it('fields the user may not edit are read only', async () => {
        const readOnlyConfig = clone(config);
        readOnlyConfig.framework.dimensions.forEach((dimension) => {
            dimension.ratingEditable = false;
            dimension.evidenceEditable = false;
            dimension.valueEditable = false;
        });
        const board = await mountBoard({ config: readOnlyConfig, record: leadRecord });

        const budget = shadow(panelFor(board, 'Budget'));
        const radios = ratingInputs(panelFor(board, 'Budget'));
        expect(radios).toHaveLength(5);
        expect(radios.every((radio) => radio.disabled)).toBe(true);
        expect(budget.querySelector<HTMLTextAreaElement>('textarea')?.readOnly).toBe(true);
        expect(budget.querySelector<HTMLInputElement>('input[type="number"]')?.readOnly).toBe(true);
        expect(text(budget, '.panel__title')).toContain('Read only');
    });

    it('fields the user cannot read are not shown, are named, and stay out of the preview', async () => {
        const hidden = withoutFields(
            leadRecord,
            'BB_Need_Rating__c',
            'BB_Need_Evidence__c',
            'BB_Budget_Amount__c',
        );
        const update = jest.spyOn(recordAdapter.adapter.prototype, 'update');
        const board = await mountBoard({ config, record: hidden });

        const need = shadow(panelFor(board, 'Need'));
        expect(ratingInputs(panelFor(board, 'Need'))).toHaveLength(0);
        expect(need.querySelector('textarea')).toBeNull();
        const notes = Array.from(need.querySelectorAll('.panel__hidden')).map(
            (note) => note.textContent,
        );
        expect(notes).toEqual([
            "You don't have access to the rating of Need.",
            "You don't have access to evidence for Need.",
        ]);
        const budget = shadow(panelFor(board, 'Budget'));
        expect(budget.querySelector('input[type="number"]')).toBeNull();
        expect(text(budget, '.panel__hidden')).toBe("You don't have access to Budget Amount.");
        expect(boardRecordLoads(update)[0]?.optionalFields).toContain('Lead.BB_Need_Rating__c');
        update.mockRestore();

        await rate(board, 'Timeline', 'Met');
        const summary = summaryRoot(board);
        // Budget 3 + Authority 2 + Timeline 2 assessed of the 7 the user can see.
        expect(text(summary, '.summary__completeness-text')).toBe('100%');
        expect(text(summary, '.summary__excludes')).toBe(
            'The preview leaves out what you cannot see.',
        );
        await expect(board).toBeAccessible();
    });

    it('without read access to any rating the board says the permission set is missing', async () => {
        const ratings = config.framework.dimensions.map((dimension) => dimension.ratingField);
        const board = await mountBoard({ config, record: withoutFields(leadRecord, ...ratings) });

        expect(problem(board)?.dataset.kind).toBe('access');
        expect(text(shadow(board), '.board__problem-text')).toContain(
            'Beyond BANT Qualification Rep permission set',
        );
        expect(panels(board)).toHaveLength(0);
    });

    it('without access to the Apex class the board says so in plain words', async () => {
        const board = await mountBoard({ config, record: leadRecord });
        document.body.removeChild(board);
        configMock.mockReset();
        configMock.mockRejectedValueOnce({
            status: 403,
            body: {
                message:
                    "You do not have access to the Apex class named 'QualificationBoardController'.",
            },
        });
        const { createElement } = await import('lwc');
        const { default: QualificationBoard } = await import('c/qualificationBoard');
        const element = createElement('c-qualification-board', {
            is: QualificationBoard,
        }) as HTMLElement & { recordId: string };
        element.recordId = '00Q000000000001AAA';
        document.body.appendChild(element);
        await flush();

        expect(problem(element)?.dataset.kind).toBe('access');
        expect(text(shadow(element), '.board__problem-text')).toContain(
            'Ask your Salesforce admin',
        );
        expect(shadow(element).querySelector('.board__loading')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('c-qualification-board configuration errors', () => {
    async function mountFailing(error: unknown): Promise<HTMLElement> {
        configMock.mockRejectedValue(error);
        const { createElement } = await import('lwc');
        const { default: QualificationBoard } = await import('c/qualificationBoard');
        const element = createElement('c-qualification-board', {
            is: QualificationBoard,
        }) as HTMLElement & { recordId: string };
        element.recordId = '00Q000000000001AAA';
        document.body.appendChild(element);
        await flush();
        return element;
    }

    it('names an unknown framework and reloads on request', async () => {
        const board = await mountFailing({
            status: 500,
            body: {
                message:
                    'Unknown qualification framework "MEDDPICC_Typo" in the board\'s Framework setting on this page.',
            },
        });

        expect(text(shadow(board), '.board__problem-text')).toBe(
            'The qualification board could not load: Unknown qualification framework "MEDDPICC_Typo" in the board\'s Framework setting on this page.',
        );
        configMock.mockResolvedValue(clone(config));
        await click(button(board, '.board__reload'));
        expect(configMock).toHaveBeenCalledTimes(2);
        expect(problem(board)).toBeNull();
    });

    it('a network failure while loading says so', async () => {
        const board = await mountFailing(new TypeError('Failed to fetch'));

        expect(text(shadow(board), '.board__problem-text')).toContain('connection');
    });

    it('a record that cannot be loaded is reported and can be reloaded', async () => {
        const board = await mountBoard({ config });
        recordAdapter.error(
            { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' },
            404,
            'Not Found',
        );
        await flush();

        expect(text(shadow(board), '.board__problem-text')).toContain(
            'The requested resource does not exist',
        );
        await click(button(board, '.board__reload'));
        expect(notifyMock).toHaveBeenCalledTimes(1);
    });
});

describe('c-qualification-board performance marks', () => {
    it('measures its own first complete render with data, once', async () => {
        const original = { mark: performance.mark, measure: performance.measure };
        const mark = jest.fn();
        const measure = jest.fn();
        Object.assign(performance, { mark, measure });
        try {
            // Still loading: nothing to measure yet.
            await mountBoard({ config });
            expect(measure).not.toHaveBeenCalled();
            document.body.replaceChildren();

            const board = await mountBoard({ config, record: leadRecord, layout: 'canvas' });
            expect(mark).toHaveBeenCalledWith('beyond-bant:board:start');
            expect(measure).toHaveBeenCalledTimes(1);
            expect(measure).toHaveBeenCalledWith(
                'beyond-bant:board:first-render',
                'beyond-bant:board:start',
            );
            // Re-renders after the first complete one are the rep's work, not the board's load.
            await click(shadow(tiles(board)[0]!).querySelector<HTMLButtonElement>('button.tile')!);
            expect(measure).toHaveBeenCalledTimes(1);
        } finally {
            Object.assign(performance, original);
        }
    });
});

describe('c-qualification-board canvas rendering', () => {
    it('hands an edit to the one tile it changed and the same objects to the others', async () => {
        const board = await mountBoard({ config, record: leadRecord, layout: 'canvas' });
        const before = tiles(board).map((tile) => (tile as HTMLElement & { tile: unknown }).tile);

        await click(shadow(tiles(board)[2]!).querySelector<HTMLButtonElement>('button.tile')!);
        await rate(board, 'Need', 'Met');
        await click(shadow(panels(board)[0]!).querySelector<HTMLButtonElement>('.panel__done')!);

        const after = tiles(board).map((tile) => (tile as HTMLElement & { tile: unknown }).tile);
        expect(after.map((tile, index) => tile === before[index])).toEqual([
            true,
            true,
            false,
            true,
        ]);
    });
});
