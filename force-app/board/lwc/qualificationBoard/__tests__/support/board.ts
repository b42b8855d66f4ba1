/**
 * Mounting and driving the board in tests: wire fixtures, the Apex mock and the DOM queries every
 * board test needs.
 */
import { createElement } from 'lwc';
import QualificationBoard from 'c/qualificationBoard';
import { getRecord } from 'lightning/uiRecordApi';
import getBoardConfig from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';

export interface TestWireAdapter {
    emit(value: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): Record<string, unknown>;
    /** The adapter class behind the mock; its instances receive each wire configuration. */
    adapter: { prototype: { update(config: Record<string, unknown>): void } };
}

export const recordAdapter = getRecord as unknown as TestWireAdapter;
export const configMock = getBoardConfig as unknown as jest.Mock<Promise<BoardConfig>, [unknown]>;

export function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

/** Lets pending promises and the re-render they cause settle. */
export function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- tests wait for the microtask queue to drain
    return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface MountOptions {
    config: BoardConfig;
    record?: RecordRepresentation;
    layout?: string;
    frameworkName?: string;
}

/** Mounts the board, answers its Apex call and (if given) its getRecord wire. */
export async function mountBoard({
    config,
    record,
    layout,
    frameworkName,
}: MountOptions): Promise<HTMLElement> {
    configMock.mockResolvedValue(clone(config));
    const element = createElement('c-qualification-board', {
        is: QualificationBoard,
    });
    element.recordId = record?.id ?? '00Q000000000001AAA';
    if (layout) {
        element.layout = layout;
    }
    if (frameworkName) {
        element.frameworkName = frameworkName;
    }
    document.body.appendChild(element);
    await flush();
    if (record) {
        recordAdapter.emit(clone(record));
        await flush();
    }
    return element;
}

export function shadow(element: Element): ShadowRoot {
    const root = element.shadowRoot;
    if (!root) {
        throw new Error(`${element.tagName} has no shadow root`);
    }
    return root;
}

export function panels(board: HTMLElement): HTMLElement[] {
    return Array.from(shadow(board).querySelectorAll<HTMLElement>('c-qualification-panel'));
}

export function tiles(board: HTMLElement): HTMLElement[] {
    return Array.from(shadow(board).querySelectorAll<HTMLElement>('c-qualification-tile'));
}

export function panelFor(board: HTMLElement, key: string): HTMLElement {
    const panel = panels(board).find((candidate) =>
        shadow(candidate).querySelector(`[data-key="${key}"]`),
    );
    if (!panel) {
        throw new Error(`No panel for ${key}`);
    }
    return panel;
}

export function summaryRoot(board: HTMLElement): ShadowRoot {
    const summary = shadow(board).querySelector('c-qualification-summary');
    if (!summary) {
        throw new Error('No summary');
    }
    return shadow(summary);
}

/** The radio buttons of a panel's rating control (an empty list when the panel shows none). */
export function ratingInputs(panel: HTMLElement): HTMLInputElement[] {
    const rating = shadow(panel).querySelector('c-qualification-rating');
    return rating
        ? Array.from(shadow(rating).querySelectorAll<HTMLInputElement>('input[type="radio"]'))
        : [];
}

export async function rate(board: HTMLElement, key: string, value: string): Promise<void> {
    const radio = ratingInputs(panelFor(board, key)).find((input) => input.value === value);
    if (!radio) {
        throw new Error(`No ${value} option for ${key}`);
    }
    radio.checked = true;
    radio.dispatchEvent(new CustomEvent('change'));
    await flush();
}

export async function typeEvidence(board: HTMLElement, key: string, text: string): Promise<void> {
    const textarea = shadow(panelFor(board, key)).querySelector<HTMLTextAreaElement>('textarea');
    if (!textarea) {
        throw new Error(`No evidence field for ${key}`);
    }
    textarea.value = text;
    textarea.dispatchEvent(new CustomEvent('input'));
    await flush();
}

export function button(board: HTMLElement, selector: string): HTMLButtonElement {
    const found = shadow(board).querySelector<HTMLButtonElement>(selector);
    if (!found) {
        throw new Error(`No button ${selector}`);
    }
    return found;
}

export async function click(target: HTMLElement): Promise<void> {
    target.click();
    await flush();
    await flush();
}

export function problem(board: HTMLElement): HTMLElement | null {
    return shadow(board).querySelector<HTMLElement>('.board__problem');
}

/**
 * Types into the structured value field and leaves it: a number input, or the date field's text in
 * the user's locale (en-US in Jest: 01/15/2027).
 */
export async function enterValue(board: HTMLElement, key: string, value: string): Promise<void> {
    const panel = shadow(panelFor(board, key));
    const dateInput = panel.querySelector('c-qualification-date-input');
    const input = dateInput
        ? shadow(dateInput).querySelector<HTMLInputElement>('.date-input__text')
        : panel.querySelector<HTMLInputElement>('.panel__value input');
    if (!input) {
        throw new Error(`No value field for ${key}`);
    }
    input.value = value;
    input.dispatchEvent(new CustomEvent('input'));
    input.dispatchEvent(new CustomEvent(dateInput ? 'blur' : 'change'));
    await flush();
}

/** The interview opens at the dimension to explore next; this walks back to its first step. */
export async function toFirstStep(board: HTMLElement): Promise<void> {
    const previous = button(board, '.board__previous');
    while (!previous.disabled) {
        // One step at a time: each click renders before the next.
        // eslint-disable-next-line no-await-in-loop
        await click(previous);
    }
}
