/**
 * The board in a new qualification round: the round line, the previous round beside each dimension,
 * Still true into the draft and the save, Qualify again only without unsaved edits, and the interview
 * starting again at its first dimension.
 */
import { setup } from '@sa11y/jest';
import { updateRecord } from 'lightning/uiRecordApi';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import bantConfig from './data/boardConfigBant.json';
import leadRecordData from './data/leadRecord.json';
import {
    button,
    click,
    clone,
    flush,
    mountBoard,
    panelFor,
    rate,
    ratingInputs,
    shadow,
} from './support/board';

jest.mock(
    '@salesforce/apex/QualificationBoardController.getBoardConfig',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/QualificationRoundController.startRound',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);
jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('./support/labels');
    return { ...actual, LABELS: boardLabels('en', Object.keys(actual.LABELS)) };
});
jest.mock('c/qualificationRoundLabels', () => {
    const actual = jest.requireActual('c/qualificationRoundLabels');
    const { boardLabels } = jest.requireActual('./support/labels');
    return { ...actual, ROUND_LABELS: boardLabels('en', Object.keys(actual.ROUND_LABELS)) };
});

setup();
jest.setTimeout(30000);

const config = bantConfig as unknown as BoardConfig;
const updateRecordMock = updateRecord as unknown as jest.Mock;

/** The sample lead in round 2: the ratings start again, the previous round said Budget Met. */
function leadInRound2(): RecordRepresentation {
    const record = clone(leadRecordData) as unknown as RecordRepresentation;
    const set = (field: string, value: string | number | null): void => {
        record.fields[field] = { value, displayValue: null };
    };
    set('BB_Budget_Rating__c', 'Not_Explored');
    set('BB_Authority_Rating__c', 'Not_Explored');
    set('BB_Qualification_Round__c', 2);
    set('BB_Round_Started_On__c', '2026-03-01T10:00:00.000Z');
    set('BB_Round_Reason__c', 'CFO joined the call');
    set(
        'BB_Previous_Round__c',
        JSON.stringify({
            v: 1,
            round: 1,
            framework: 'BANT',
            status: 'Nurture',
            score: 40,
            answers: {
                Budget: {
                    rating: 'Met',
                    evidence: 'Budget approved in the Q2 plan.',
                    value: 50000,
                },
                Authority: { rating: 'Partly_Met' },
            },
        }),
    );
    return record;
}

function previousOf(board: HTMLElement, key: string): ShadowRoot | null {
    const element = shadow(panelFor(board, key)).querySelector('c-qualification-previous-answer');
    return element ? shadow(element) : null;
}

function roundPart(board: HTMLElement, tag: string): ShadowRoot {
    const element = shadow(board).querySelector(tag);
    if (!element) throw new Error(`No ${tag}`);
    return shadow(element);
}

function checked(board: HTMLElement, key: string): string | undefined {
    return ratingInputs(panelFor(board, key)).find((input) => input.checked)?.value;
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
});

describe('c-qualification-board in a new round', () => {
    it('says which round since when and why, and shows the previous round beside each dimension', async () => {
        const board = await mountBoard({ config, record: leadInRound2() });

        const status = roundPart(board, 'c-qualification-round-status');
        expect(status.querySelector('[data-id="round-status"]')?.textContent).toContain(
            'Round 2 since',
        );
        expect(status.querySelector('[data-id="round-reason"]')?.textContent?.trim()).toBe(
            'CFO joined the call',
        );
        const budget = previousOf(board, 'Budget');
        expect(budget?.querySelector('[data-id="previous-rating"]')?.textContent?.trim()).toBe(
            'Met',
        );
        expect(budget?.querySelector('[data-id="previous-evidence"]')?.textContent?.trim()).toBe(
            'Budget approved in the Q2 plan.',
        );
        expect(
            previousOf(board, 'Need')?.querySelector('[data-id="previous-rating"]')?.textContent,
        ).toContain('Not rated');
        await expect(board).toBeAccessible();
    });

    it('takes the previous rating into the draft with Still true and saves it like any rating', async () => {
        updateRecordMock.mockResolvedValue({});
        const board = await mountBoard({ config, record: leadInRound2() });

        previousOf(board, 'Budget')
            ?.querySelector<HTMLButtonElement>('[data-id="still-true"]')
            ?.click();
        await flush();

        expect(checked(board, 'Budget')).toBe('Met');
        expect(previousOf(board, 'Budget')?.querySelector('[data-id="still-true"]')).toBeNull();
        await click(button(board, 'button.board__save'));
        expect(updateRecordMock.mock.calls[0]![0].fields).toEqual({
            Id: '00Q000000000001AAA',
            BB_Budget_Rating__c: 'Met',
        });
    });

    it('offers Qualify again only while nothing is unsaved, with the version the board shows', async () => {
        const board = await mountBoard({ config, record: leadInRound2() });
        const start = (): HTMLElement & { lastModifiedDate?: string; currentRound?: number } =>
            shadow(board).querySelector('c-qualification-round-start') as HTMLElement & {
                lastModifiedDate?: string;
                currentRound?: number;
            };
        const qualifyAgain = (): HTMLButtonElement | null =>
            shadow(start()).querySelector<HTMLButtonElement>('[data-id="qualify-again"]');

        expect(start().lastModifiedDate).toBe('2026-03-02T09:15:00.000Z');
        expect(start().currentRound).toBe(2);
        expect(qualifyAgain()?.disabled).toBe(false);
        await rate(board, 'Need', 'Met');
        expect(qualifyAgain()?.disabled).toBe(true);
    });

    it('offers no new round to a user who may not change any rating', async () => {
        const readOnly = clone(config);
        readOnly.framework.dimensions.forEach((dimension) => {
            dimension.ratingEditable = false;
        });
        const board = await mountBoard({ config: readOnly, record: leadInRound2() });
        expect(
            roundPart(board, 'c-qualification-round-start').querySelector(
                '[data-id="qualify-again"]',
            ),
        ).toBeNull();
    });

    it('shows no previous round in round 1', async () => {
        const board = await mountBoard({
            config,
            record: clone(leadRecordData) as unknown as RecordRepresentation,
        });
        expect(previousOf(board, 'Budget')).toBeNull();
        expect(
            roundPart(board, 'c-qualification-round-status').querySelector(
                '[data-id="round-status"]',
            ),
        ).toBeNull();
    });

    it('walks a new round from the first dimension in the interview', async () => {
        const board = await mountBoard({ config, record: leadInRound2(), layout: 'interview' });
        await click(button(board, 'button.board__next'));
        await click(button(board, 'button.board__next'));
        expect(shadow(board).querySelector('.board__step')?.textContent).toMatch(/^\D*3\D/);

        shadow(board)
            .querySelector('c-qualification-round-start')
            ?.dispatchEvent(new CustomEvent('roundstarted', { detail: { round: 3 } }));
        await flush();

        expect(shadow(board).querySelector('.board__step')?.textContent).toMatch(/^\D*1\D/);
        expect(
            previousOf(board, 'Budget')?.querySelector('[data-id="previous-rating"]'),
        ).not.toBeNull();
    });
});
