/**
 * Changing a record's framework from the board: offered only to a user the configuration allows
 * (`frameworkEditable`), it names the answered dimensions the new framework does not use and those
 * it keeps, saves the framework with the board's ordinary save, then shows the new framework's
 * panels with the shared answers; a refused save keeps everything the user typed.
 */
import { setup } from '@sa11y/jest';
import { updateRecord } from 'lightning/uiRecordApi';
import getFrameworkChoices from '@salesforce/apex/QualificationFrameworkChoices.getFrameworkChoices';
import type { FrameworkChoice } from '@salesforce/apex/QualificationFrameworkChoices.getFrameworkChoices';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import bantConfig from './data/boardConfigBant.json';
import canvasConfig from './data/boardConfigCanvas.json';
import leadRecordData from './data/leadRecord.json';
import {
    button,
    click,
    clone,
    configMock,
    flush,
    mountBoard,
    panelFor,
    panels,
    problem,
    ratingInputs,
    recordAdapter,
    shadow,
    typeEvidence,
} from './support/board';
import { germanBoardConfig } from './support/labels';
import { useSwitchLanguage } from './support/switchLabels';

jest.mock(
    '@salesforce/apex/QualificationBoardController.getBoardConfig',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/QualificationFrameworkChoices.getFrameworkChoices',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);
jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('./support/labels');
    return { ...actual, LABELS: boardLabels('en', Object.keys(actual.LABELS)) };
});
jest.mock('../../qualificationFrameworkSwitch/switchLabels', () => ({
    SWITCH_LABELS: jest.requireActual('./support/switchLabels').switchLabels,
}));

setup();
jest.setTimeout(30000);

const updateRecordMock = updateRecord as unknown as jest.Mock;
const choicesMock = getFrameworkChoices as unknown as jest.Mock<
    Promise<FrameworkChoice[]>,
    [unknown]
>;
const LOADED_VERSION = '2026-03-02T09:15:00.000Z';
const LEAD_ID = '00Q000000000001AAA';
const FRAMEWORK_FIELD = 'BB_Qualification_Framework__c';

/** The lead's board once BANT is stored on it: the record chose, and a manager may change it. */
function storedBant(editable = true): BoardConfig {
    return {
        ...clone(bantConfig as unknown as BoardConfig),
        resolvedFrom: 'record',
        frameworkEditable: editable,
    };
}

/** The canvas as a lead's board serves it after the switch (its fields exist on Lead alike). */
function canvasOnLead(): BoardConfig {
    return {
        ...clone(canvasConfig as unknown as BoardConfig),
        objectApiName: 'Lead',
        resolvedFrom: 'record',
    };
}

function leadWith(framework: string | null, extra: string[] = []): RecordRepresentation {
    const record = clone(leadRecordData) as unknown as RecordRepresentation;
    record.fields[FRAMEWORK_FIELD] = { value: framework, displayValue: null };
    for (const field of extra) {
        record.fields[field] ??= { value: null, displayValue: null };
    }
    return record;
}

function choiceOf(config: BoardConfig): FrameworkChoice {
    return {
        name: config.framework.name,
        label: config.framework.label,
        dimensions: config.framework.dimensions.map(({ key, ratingField }) => ({
            key,
            ratingField,
        })),
    };
}

const GOALS_ONLY: FrameworkChoice = {
    name: 'Goals_Only',
    label: 'Goals only',
    dimensions: [{ key: 'Goals', ratingField: 'BB_Goals_Rating__c' }],
};

function switchRoot(board: HTMLElement): ShadowRoot | null {
    const element = shadow(board).querySelector('c-qualification-framework-switch');
    return element ? shadow(element) : null;
}

function inSwitch<T extends HTMLElement>(board: HTMLElement, selector: string): T | null {
    return switchRoot(board)?.querySelector<T>(selector) ?? null;
}

function textIn(board: HTMLElement, selector: string): string | undefined {
    return inSwitch(board, selector)?.textContent?.trim();
}

async function openSwitch(board: HTMLElement): Promise<void> {
    await click(inSwitch<HTMLButtonElement>(board, '.switch__open')!);
}

async function choose(board: HTMLElement, name: string): Promise<void> {
    const radio = inSwitch<HTMLInputElement>(board, `input[value="${name}"]`);
    if (!radio) throw new Error(`no choice ${name}`);
    radio.checked = true;
    radio.dispatchEvent(new CustomEvent('change'));
    await flush();
}

beforeEach(() => {
    useSwitchLanguage('en');
    choicesMock.mockResolvedValue([choiceOf(storedBant()), choiceOf(canvasOnLead()), GOALS_ONLY]);
});

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
});

describe('c-qualification-board: changing the framework', () => {
    it('offers the switch to a user who may change the framework, and none to one who may not', async () => {
        const allowed = await mountBoard({ config: storedBant(true), record: leadWith('BANT') });
        expect(textIn(allowed, '.switch__open')).toBe('Change framework');
        expect(choicesMock).not.toHaveBeenCalled();
        await expect(allowed).toBeAccessible();
        document.body.removeChild(allowed);

        const refused = await mountBoard({ config: storedBant(false), record: leadWith('BANT') });
        expect(shadow(refused).querySelector('c-qualification-framework-switch')).toBeNull();
        expect(panels(refused)).toHaveLength(4);
    });

    it('lists the other frameworks and names the answers the chosen one does not use and those it keeps', async () => {
        const board = await mountBoard({ config: storedBant(), record: leadWith('BANT') });
        await openSwitch(board);

        expect(choicesMock).toHaveBeenCalledWith({ recordId: LEAD_ID });
        const offered = Array.from(
            switchRoot(board)!.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
        ).map((radio) => radio.value);
        expect(offered).toEqual(['Beyond_BANT_Canvas', 'Goals_Only']);
        // Keyboard users land in the list: arrow keys choose, Tab goes on to the buttons.
        expect((switchRoot(board)!.activeElement as HTMLInputElement | null)?.value).toBe(
            'Beyond_BANT_Canvas',
        );
        expect(textIn(board, '.switch__legend')).toBe('Evaluate this record with');
        expect(inSwitch<HTMLButtonElement>(board, '.switch__save')!.disabled).toBe(true);

        // The sample lead has answered Budget (Met, notes, amount) and Authority (Partly met, name).
        await choose(board, 'Goals_Only');
        expect(textIn(board, '.switch__unused')).toBe(
            'Not used by Goals only: Budget, Authority. These answers stay stored on the record but no longer count.',
        );
        expect(inSwitch(board, '.switch__kept')).toBeNull();

        await choose(board, 'Beyond_BANT_Canvas');
        expect(inSwitch(board, '.switch__unused')).toBeNull();
        expect(textIn(board, '.switch__kept')).toBe(
            'Kept, because Beyond-BANT Canvas uses them too: Budget, Authority.',
        );
        expect(inSwitch(board, '.switch__note')).toBeNull();
        await expect(board).toBeAccessible();

        // An unsaved note counts as an answer, and the switch says it is saved along.
        await typeEvidence(board, 'Need', 'They dispatch every route by hand.');
        await choose(board, 'Goals_Only');
        expect(textIn(board, '.switch__unused')).toContain(': Budget, Authority, Need.');
        expect(textIn(board, '.switch__note')).toBe('Your unsaved changes are saved with it.');

        // Closed and opened again, the switch asks nothing new and starts without a choice.
        await click(inSwitch<HTMLButtonElement>(board, '.switch__cancel')!);
        expect(switchRoot(board)!.activeElement).toBe(inSwitch(board, '.switch__open'));
        await openSwitch(board);
        expect(choicesMock).toHaveBeenCalledTimes(1);
        expect(inSwitch(board, 'input:checked')).toBeNull();
    });

    it('says in German, with the German titles, which answers the new framework does not use', async () => {
        useSwitchLanguage('de');
        const board = await mountBoard({
            config: germanBoardConfig(storedBant()),
            record: leadWith('BANT'),
        });
        expect(textIn(board, '.switch__open')).toBe('Qualifizierungsmodell wechseln');
        await openSwitch(board);
        await choose(board, 'Goals_Only');

        expect(textIn(board, '.switch__unused')).toBe(
            'Von Goals only nicht verwendet: Budget, Entscheidungsbefugnis. Diese Angaben bleiben am Datensatz gespeichert, zählen aber nicht mehr.',
        );
        expect(textIn(board, '.switch__cancel')).toBe('BANT behalten');
        await expect(board).toBeAccessible();
    });

    it('saves the framework with the draft through the ordinary save, then shows the new panels with the shared answers', async () => {
        const board = await mountBoard({ config: storedBant(), record: leadWith('BANT') });
        await typeEvidence(board, 'Authority', 'Dana signs up to 100k.');
        await openSwitch(board);
        await choose(board, 'Beyond_BANT_Canvas');
        updateRecordMock.mockResolvedValue({ lastModifiedDate: '2026-03-02T10:00:00.000Z' });
        configMock.mockResolvedValue(canvasOnLead());

        await click(inSwitch<HTMLButtonElement>(board, '.switch__save')!);

        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(updateRecordMock).toHaveBeenCalledWith(
            {
                fields: {
                    Id: LEAD_ID,
                    BB_Authority_Evidence__c: 'Dana signs up to 100k.',
                    [FRAMEWORK_FIELD]: 'Beyond_BANT_Canvas',
                },
            },
            { ifUnmodifiedSince: LOADED_VERSION },
        );
        // Asked again under a key no earlier answer holds, and the record with the canvas's fields.
        expect(configMock).toHaveBeenLastCalledWith({
            recordId: LEAD_ID,
            pageFramework: 'Beyond_BANT_Canvas',
        });
        const optionalFields = recordAdapter.getLastConfig().optionalFields as string[];
        expect(optionalFields).toContain('Lead.BB_Goals_Rating__c');

        const switched = leadWith(
            'Beyond_BANT_Canvas',
            optionalFields.map((field) => field.replace('Lead.', '')),
        );
        switched.fields.BB_Authority_Evidence__c = {
            value: 'Dana signs up to 100k.',
            displayValue: null,
        };
        recordAdapter.emit(switched);
        await flush();

        expect(panels(board)).toHaveLength(11);
        expect(ratingInputs(panelFor(board, 'Budget')).find((radio) => radio.checked)?.value).toBe(
            'Met',
        );
        expect(shadow(panelFor(board, 'Authority')).querySelector('textarea')?.value).toBe(
            'Dana signs up to 100k.',
        );
        expect(textIn(board, '.switch__open')).toBe('Change framework');
        expect(button(board, '.board__save').disabled).toBe(true);
    });

    it('keeps what the user typed when the trigger refuses the switch, and saves it without the framework', async () => {
        const guard =
            'This record is evaluated with the qualification framework BANT. Only users with the Change Qualification Framework permission may change it.';
        updateRecordMock.mockRejectedValueOnce({
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                output: {
                    errors: [],
                    fieldErrors: {
                        [FRAMEWORK_FIELD]: [
                            { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: guard },
                        ],
                    },
                },
            },
        });
        const board = await mountBoard({ config: storedBant(), record: leadWith('BANT') });
        await typeEvidence(board, 'Need', 'They dispatch every route by hand.');
        await openSwitch(board);
        await choose(board, 'Goals_Only');

        await click(inSwitch<HTMLButtonElement>(board, '.switch__save')!);

        expect(problem(board)?.dataset.kind).toBe('validation');
        expect(shadow(board).querySelector('.board__problem-text')?.textContent).toContain(guard);
        expect(textIn(board, '.switch__error')).toBe('The change to Goals only is not saved yet.');
        expect(inSwitch<HTMLInputElement>(board, 'input[value="Goals_Only"]')!.checked).toBe(true);
        expect(shadow(panelFor(board, 'Need')).querySelector('textarea')?.value).toBe(
            'They dispatch every route by hand.',
        );
        expect(panels(board)).toHaveLength(4);
        expect(configMock).toHaveBeenCalledTimes(1);
        await expect(board).toBeAccessible();

        // Keeping BANT drops only the framework: the note stays and saves on its own.
        await click(inSwitch<HTMLButtonElement>(board, '.switch__cancel')!);
        expect(inSwitch(board, '.switch__form')).toBeNull();
        expect(problem(board)).toBeNull();
        updateRecordMock.mockResolvedValue({});
        await click(button(board, '.board__save'));
        expect(updateRecordMock).toHaveBeenLastCalledWith(
            { fields: { Id: LEAD_ID, BB_Need_Evidence__c: 'They dispatch every route by hand.' } },
            { ifUnmodifiedSince: LOADED_VERSION },
        );
    });

    it('says why the frameworks did not load, and tries again when opened again', async () => {
        choicesMock.mockRejectedValueOnce({
            status: 500,
            body: { message: 'You may not change the qualification framework of this record.' },
        });
        const board = await mountBoard({ config: storedBant(), record: leadWith('BANT') });
        await openSwitch(board);

        expect(textIn(board, '.switch__error')).toBe(
            'The frameworks could not be loaded. You may not change the qualification framework of this record.',
        );
        expect(inSwitch<HTMLButtonElement>(board, '.switch__save')!.disabled).toBe(true);

        const form = inSwitch<HTMLElement>(board, '.switch__form')!;
        form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        await flush();
        expect(inSwitch(board, '.switch__form')).toBeNull();
        expect(switchRoot(board)!.activeElement).toBe(inSwitch(board, '.switch__open'));

        await openSwitch(board);
        expect(choicesMock).toHaveBeenCalledTimes(2);
        expect(inSwitch(board, 'input[value="Goals_Only"]')).not.toBeNull();
    });

    it('says when no other framework applies and when nothing is answered yet', async () => {
        choicesMock.mockResolvedValueOnce([choiceOf(storedBant())]);
        const board = await mountBoard({ config: storedBant(), record: leadWith('BANT') });
        await openSwitch(board);
        expect(textIn(board, '.switch__status')).toBe('No other framework applies to this record.');
        await click(inSwitch<HTMLButtonElement>(board, '.switch__cancel')!);
        document.body.removeChild(board);

        const empty = leadWith(null);
        for (const field of [
            'BB_Budget_Rating__c',
            'BB_Budget_Evidence__c',
            'BB_Budget_Amount__c',
            'BB_Authority_Rating__c',
            'BB_Decision_Maker__c',
        ]) {
            empty.fields[field] = { value: null, displayValue: null };
        }
        const fresh = await mountBoard({
            config: clone(bantConfig as unknown as BoardConfig),
            record: empty,
        });
        await openSwitch(fresh);
        await choose(fresh, 'Goals_Only');
        expect(textIn(fresh, '.switch__kept')).toBe(
            'No dimension has an answer yet, so nothing is left out.',
        );
    });
});
