import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationRoundStart from 'c/qualificationRoundStart';
import startRound from '@salesforce/apex/QualificationRoundController.startRound';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { flush } from './support';

jest.mock(
    '@salesforce/apex/QualificationRoundController.startRound',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);
jest.mock('c/qualificationRoundLabels', () => {
    const actual = jest.requireActual('c/qualificationRoundLabels');
    const { roundLabels } = jest.requireActual('./support');
    return { ...actual, ROUND_LABELS: roundLabels('en', Object.keys(actual.ROUND_LABELS)) };
});
jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { roundLabels } = jest.requireActual('./support');
    return { ...actual, LABELS: roundLabels('en', Object.keys(actual.LABELS)) };
});

setup();
jest.setTimeout(30000);

const startMock = startRound as unknown as jest.Mock;
const notifyMock = notifyRecordUpdateAvailable as unknown as jest.Mock;
const SEEN = '2026-12-01T09:00:00.000Z';

type Element = HTMLElement & {
    recordId: string;
    lastModifiedDate: string | null;
    currentRound: number;
    unsaved: boolean;
    canStart: boolean;
};

function mount(props: Partial<Element> = {}): Element {
    const element = createElement('c-qualification-round-start', {
        is: QualificationRoundStart,
    }) as Element;
    element.recordId = '006000000000001AAA';
    element.lastModifiedDate = SEEN;
    element.currentRound = 1;
    element.canStart = true;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function root(element: Element): ShadowRoot {
    return element.shadowRoot as ShadowRoot;
}

function query<T extends HTMLElement>(element: Element, id: string): T | null {
    return root(element).querySelector<T>(`[data-id="${id}"]`);
}

async function openAndType(element: Element, reason: string): Promise<void> {
    query<HTMLButtonElement>(element, 'qualify-again')?.click();
    await flush();
    const field = query<HTMLTextAreaElement>(element, 'round-reason');
    if (!field) throw new Error('no reason field');
    field.value = reason;
    field.dispatchEvent(new CustomEvent('input'));
    await flush();
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
});

describe('c-qualification-round-start', () => {
    it('asks for a reason, starts the round with the version the board shows, and reloads the record', async () => {
        startMock.mockResolvedValue({
            outcome: 'started',
            message: null,
            round: 2,
            startedOn: '2026-12-01T10:00:00Z',
        });
        const element = mount();
        const started = jest.fn();
        const toasts = jest.fn();
        element.addEventListener('roundstarted', started);
        element.addEventListener('lightning__showtoast', toasts);

        await openAndType(element, '  Decision maker joined ');
        expect(root(element).activeElement).toBe(query(element, 'round-reason'));
        expect(query(element, 'round-start')?.textContent?.trim()).toBe('Start round 2');
        query<HTMLButtonElement>(element, 'round-start')?.click();
        await flush();

        expect(startMock).toHaveBeenCalledWith({
            recordId: '006000000000001AAA',
            reason: 'Decision maker joined',
            lastModifiedDate: SEEN,
        });
        expect(notifyMock).toHaveBeenCalledWith([{ recordId: '006000000000001AAA' }]);
        expect(started.mock.calls[0][0].detail).toEqual({ round: 2 });
        expect(toasts.mock.calls[0][0].detail.title).toBe('Round 2 started');
        expect(query(element, 'round-form')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it.each([
        ['conflict', 'Someone changed this record after you opened it.'],
        ['noAccess', 'You cannot start a new qualification round: you may not read X.'],
        ['notSaved', 'The new qualification round could not be started on 006: rule'],
        ['invalid', 'Say why.'],
    ])('keeps the form and the reason when the server answers %s', async (outcome, message) => {
        startMock.mockResolvedValue({ outcome, message, round: null, startedOn: null });
        const element = mount();
        const started = jest.fn();
        element.addEventListener('roundstarted', started);

        await openAndType(element, 'CFO joined');
        query<HTMLButtonElement>(element, 'round-start')?.click();
        await flush();

        const error = query(element, 'round-error');
        expect(error?.textContent?.trim()).toBe(message);
        expect(error?.getAttribute('role')).toBe('alert');
        expect(error?.dataset.kind).toBe(outcome);
        expect(query<HTMLTextAreaElement>(element, 'round-reason')?.value).toBe('CFO joined');
        expect(notifyMock).not.toHaveBeenCalled();
        expect(started).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('says so in words when the network drops, and the form stays', async () => {
        startMock.mockRejectedValue(new TypeError('Failed to fetch'));
        const element = mount();

        await openAndType(element, 'CFO joined');
        query<HTMLButtonElement>(element, 'round-start')?.click();
        await flush();

        expect(query(element, 'round-error')?.dataset.kind).toBe('network');
        expect(query(element, 'round-error')?.textContent).not.toContain('Failed to fetch');
        expect(query(element, 'round-form')).not.toBeNull();
    });

    it('shows an Apex error message that is not a network failure', async () => {
        startMock.mockRejectedValue({ body: { message: 'Apex says no' }, status: 500 });
        const element = mount();

        await openAndType(element, 'CFO joined');
        query<HTMLButtonElement>(element, 'round-start')?.click();
        await flush();

        expect(query(element, 'round-error')?.textContent?.trim()).toBe('Apex says no');
    });

    it('cannot start without a reason, and Escape or Cancel close the form', async () => {
        const element = mount({ currentRound: 3 });
        await openAndType(element, '   ');
        expect(query<HTMLButtonElement>(element, 'round-start')?.disabled).toBe(true);
        expect(query(element, 'round-start')?.textContent?.trim()).toBe('Start round 4');
        query(element, 'round-form')?.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Escape' }),
        );
        await flush();
        expect(query(element, 'round-form')).toBeNull();
        expect(root(element).activeElement).toBe(query(element, 'qualify-again'));

        await openAndType(element, 'x');
        query<HTMLButtonElement>(element, 'round-cancel')?.click();
        await flush();
        expect(query(element, 'round-form')).toBeNull();
        expect(startMock).not.toHaveBeenCalled();
    });

    it('is unavailable while the board has unsaved edits, and says why', async () => {
        const element = mount({ unsaved: true });
        await flush();
        const button = query<HTMLButtonElement>(element, 'qualify-again');
        expect(button?.disabled).toBe(true);
        expect(query(element, 'round-save-first')?.textContent?.trim()).toBe(
            'Save or discard your changes before you qualify again.',
        );
        await expect(element).toBeAccessible();
    });

    it('offers nothing to a user who may not change any rating', async () => {
        const element = mount({ canStart: false });
        await flush();
        expect(query(element, 'qualify-again')).toBeNull();
    });
});
