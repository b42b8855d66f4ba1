import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationPanel from 'c/qualificationPanel';
import type { AnswerChangeDetail, PanelDimension } from 'c/qualificationPanel';

jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('../../qualificationBoard/__tests__/support/labels');
    return { ...actual, LABELS: boardLabels('en', Object.keys(actual.LABELS)) };
});

setup();
jest.setTimeout(30000);

const SCALE = [
    { value: 'Not_Explored', label: 'Not yet explored' },
    { value: 'Met', label: 'Met' },
];

function dimension(overrides: Partial<PanelDimension> = {}): PanelDimension {
    return {
        key: 'Timeline',
        label: 'Timeline',
        isGate: false,
        questions: ['By when must it be solved?', 'What happens if it slips?'],
        ratingField: 'BB_Timeline_Rating__c',
        evidenceField: 'BB_Timeline_Evidence__c',
        valueField: 'BB_Decision_Date__c',
        valueLabel: 'Decision Date',
        valueType: 'date',
        ratingReadable: true,
        evidenceReadable: true,
        valueReadable: true,
        ratingEditable: true,
        evidenceEditable: true,
        valueEditable: true,
        ...overrides,
    };
}

function mount(props: Record<string, unknown>): {
    element: HTMLElement;
    root: ShadowRoot;
    changes: AnswerChangeDetail[];
} {
    const element = createElement('c-qualification-panel', {
        is: QualificationPanel,
    });
    Object.assign(element, { ratingScale: SCALE, ...props });
    const changes: AnswerChangeDetail[] = [];
    element.addEventListener('answerchange', (event) =>
        changes.push((event as CustomEvent<AnswerChangeDetail>).detail),
    );
    document.body.appendChild(element);
    return { element, root: element.shadowRoot as ShadowRoot, changes };
}

function dateText(root: ShadowRoot): HTMLInputElement {
    const input = root
        .querySelector('c-qualification-date-input')
        ?.shadowRoot?.querySelector<HTMLInputElement>('.date-input__text');
    if (!input) {
        throw new Error('No date field');
    }
    return input;
}

function dateHelp(root: ShadowRoot): string | undefined {
    return root
        .querySelector('c-qualification-date-input')
        ?.shadowRoot?.querySelector('.date-input__help')
        ?.textContent?.trim();
}

function ratingOf(root: ShadowRoot): HTMLElement & { focus(): void } {
    return root.querySelector('c-qualification-rating') as HTMLElement & { focus(): void };
}

function radios(root: ShadowRoot): HTMLInputElement[] {
    const rating = root.querySelector('c-qualification-rating');
    return rating
        ? Array.from(rating.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
        : [];
}

function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- tests wait for the re-render
    return new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-qualification-panel', () => {
    it('reports a date typed in the user’s locale, a cleared one as null, and keeps a partial one out', () => {
        const { root, changes } = mount({ dimension: dimension(), structuredValue: '2026-06-30' });
        const input = dateText(root);
        expect(input.value).toBe('06/30/2026');

        for (const text of ['07/15/2026', '', '02/31/2027']) {
            input.value = text;
            input.dispatchEvent(new CustomEvent('input'));
        }

        expect(changes).toEqual([
            { key: 'Timeline', field: 'BB_Decision_Date__c', value: '2026-07-15' },
            { key: 'Timeline', field: 'BB_Decision_Date__c', value: null },
            {
                key: 'Timeline',
                field: 'BB_Decision_Date__c',
                value: null,
                pending: {
                    text: '02/31/2027',
                    message: '02/31/2027 is not a day of the calendar.',
                },
            },
        ]);
    });

    it('shows what the board keeps pending in the field, and a decision date that has passed', () => {
        const pending = mount({
            dimension: dimension(),
            structuredValue: '2026-06-30',
            pendingInputs: {
                BB_Decision_Date__c: {
                    text: '06/31',
                    message: 'Enter the whole date as MM/DD/YYYY.',
                },
            },
            revealErrors: true,
        });
        expect(dateText(pending.root).value).toBe('06/31');
        expect(dateText(pending.root).getAttribute('aria-invalid')).toBe('true');
        expect(dateHelp(pending.root)).toBe('Enter the whole date as MM/DD/YYYY.');

        const past = mount({
            dimension: dimension({ hasHorizon: true }),
            structuredValue: '2026-06-30',
            today: '2026-07-01',
        });
        expect(dateHelp(past.root)).toBe('This date has passed: ask for a new one.');
        const future = mount({
            dimension: dimension({ hasHorizon: true }),
            structuredValue: '2026-06-30',
            today: '2026-06-30',
        });
        expect(dateHelp(future.root)).toBeUndefined();
    });

    it('reports a currency value as a number with cents, and text as text', () => {
        const currency = mount({
            dimension: dimension({ valueType: 'currency', valueField: 'BB_Budget_Amount__c' }),
        });
        const amount = currency.root.querySelector<HTMLInputElement>('input[type="number"]');
        expect(amount?.step).toBe('0.01');
        amount!.value = '1250.50';
        amount!.dispatchEvent(new CustomEvent('change'));
        expect(currency.changes).toEqual([
            { key: 'Timeline', field: 'BB_Budget_Amount__c', value: 1250.5 },
        ]);

        const plain = mount({ dimension: dimension({ valueType: 'number' }) });
        expect(plain.root.querySelector<HTMLInputElement>('input[type="number"]')?.step).toBe(
            'any',
        );

        const text = mount({
            dimension: dimension({
                valueType: 'text',
                valueField: 'BB_Decision_Maker__c',
                valueLabel: 'Decision Maker',
            }),
        });
        const name = text.root.querySelector<HTMLInputElement>('input[type="text"]');
        name!.value = 'Dana Whitfield';
        name!.dispatchEvent(new CustomEvent('change'));
        expect(text.changes).toEqual([
            { key: 'Timeline', field: 'BB_Decision_Maker__c', value: 'Dana Whitfield' },
        ]);
    });

    it('counts evidence characters against the 2,000 limit and never cuts longer notes', () => {
        const { element, root, changes } = mount({
            dimension: dimension(),
            evidence: 'Board meeting on 3 June.',
        });
        const textarea = root.querySelector<HTMLTextAreaElement>('textarea')!;
        expect(textarea.hasAttribute('maxlength')).toBe(false);
        expect(textarea.value).toBe('Board meeting on 3 June.');
        expect(root.querySelector('.panel__counter')?.textContent).toBe('24/2000 characters');

        const long = 'x'.repeat(5000);
        textarea.value = long;
        textarea.dispatchEvent(new CustomEvent('input'));
        const message =
            '3,000 characters over the limit of 2,000. Nothing was cut: shorten the notes to save them.';
        expect(changes).toEqual([
            {
                key: 'Timeline',
                field: 'BB_Timeline_Evidence__c',
                value: null,
                pending: { text: long, message },
            },
        ]);
        // The board keeps the text pending: the box shows it whole, with the problem.
        Object.assign(element, {
            pendingInputs: { BB_Timeline_Evidence__c: { text: long, message } },
        });
        return Promise.resolve().then(() => {
            expect(textarea.value).toHaveLength(5000);
            expect(root.querySelector('.panel__too-long')?.textContent?.trim()).toBe(message);
            expect(root.querySelector('.panel__counter')?.textContent).toBe('5000/2000 characters');
            expect(textarea.getAttribute('aria-invalid')).toBe('true');
        });
    });

    it('shows the dimension with its Gate mark, its rating and reports a chosen rating', async () => {
        const { root, changes } = mount({ dimension: dimension({ isGate: true }), value: null });
        expect(root.querySelector('.panel__name')?.textContent).toBe('Timeline');
        expect(root.querySelector('.panel__gate')?.textContent).toBe('Gate');
        const met = radios(root).find((radio) => radio.value === 'Met')!;
        expect(radios(root).find((radio) => radio.checked)?.value).toBe('Not_Explored');

        met.checked = true;
        met.dispatchEvent(new CustomEvent('change'));
        expect(changes).toEqual([
            { key: 'Timeline', field: 'BB_Timeline_Rating__c', value: 'Met' },
        ]);

        const plain = mount({ dimension: dimension() });
        expect(plain.root.querySelector('.panel__gate')).toBeNull();
        await expect(root.host).toBeAccessible();
    });

    it('puts the guiding questions in front when asked, without a toggle', async () => {
        const { root } = mount({ dimension: dimension(), questionsInFront: true });
        expect(root.querySelector('.panel__questions-toggle')).toBeNull();
        expect(root.querySelector('.panel__guide-title')?.textContent?.trim()).toBe(
            'Guiding questions',
        );
        expect(
            Array.from(root.querySelectorAll('.panel__guide-list li')).map(
                (item) => item.textContent,
            ),
        ).toEqual(['By when must it be solved?', 'What happens if it slips?']);
        // In front means before the rating in reading and tab order.
        const guide = root.querySelector('.panel__guide')!;
        expect(
            guide.compareDocumentPosition(ratingOf(root)) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).toBeTruthy();
        await expect(root.host).toBeAccessible();
    });

    it('focuses its rating, or its heading when the rating is locked', () => {
        const editable = mount({ dimension: dimension(), value: 'Met' });
        (editable.element as HTMLElement & { focus(): void }).focus();
        expect(editable.root.activeElement).toBe(ratingOf(editable.root));

        const locked = mount({ dimension: dimension(), readOnly: true });
        (locked.element as HTMLElement & { focus(): void }).focus();
        expect(locked.root.activeElement).toBe(locked.root.querySelector('.panel__title'));
    });

    it('offers Done and Escape to close when closable, and nothing when not', () => {
        const { element, root } = mount({ dimension: dimension(), closable: true });
        const closed = jest.fn();
        element.addEventListener('close', closed);
        root.querySelector<HTMLButtonElement>('.panel__done')!.click();
        const section = root.querySelector('section')!;
        section.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        section.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
        expect(closed).toHaveBeenCalledTimes(2);

        const fixed = mount({ dimension: dimension() });
        const notClosed = jest.fn();
        fixed.element.addEventListener('close', notClosed);
        expect(fixed.root.querySelector('.panel__done')).toBeNull();
        fixed.root
            .querySelector('section')!
            .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        expect(notClosed).not.toHaveBeenCalled();
    });

    it('keeps an empty evidence area to one line until focused, with a placeholder', () => {
        const { root } = mount({ dimension: dimension(), evidence: null });
        const textarea = root.querySelector<HTMLTextAreaElement>('textarea')!;
        expect(textarea.placeholder).toBe('Add what you heard and who said it');
        expect(textarea.value).toBe('');
    });

    it('opens and closes the guiding questions with aria-expanded', async () => {
        const { root } = mount({ dimension: dimension() });
        const toggle = root.querySelector<HTMLButtonElement>('.panel__questions-toggle');
        const list = root.querySelector<HTMLOListElement>('ol.panel__questions');
        expect(toggle?.getAttribute('aria-expanded')).toBe('false');
        expect(list?.hidden).toBe(true);

        toggle!.click();
        await flush();
        expect(toggle?.getAttribute('aria-expanded')).toBe('true');
        expect(toggle?.textContent?.trim()).toBe('Hide guiding questions');
        expect(list?.hidden).toBe(false);
        expect(Array.from(list!.querySelectorAll('li')).map((item) => item.textContent)).toEqual([
            'By when must it be solved?',
            'What happens if it slips?',
        ]);
        await expect(root.host).toBeAccessible();
    });

    it('locks every input while read only, and shows no questions section without questions', () => {
        const { root } = mount({
            dimension: dimension({ questions: [] }),
            readOnly: true,
            value: 'Met',
        });
        expect(radios(root)).toHaveLength(2);
        expect(radios(root).every((radio) => radio.disabled)).toBe(true);
        expect(radios(root).find((radio) => radio.value === 'Met')?.checked).toBe(true);
        expect(root.querySelector<HTMLTextAreaElement>('textarea')?.readOnly).toBe(true);
        expect(dateText(root).readOnly).toBe(true);
        expect(root.querySelector('.panel__questions')).toBeNull();
        expect(root.querySelector('.panel__questions-toggle')).toBeNull();
        expect(root.querySelector('.panel__title')?.textContent).not.toContain('Read only');
    });

    it('names a hidden value field by its field name when it has no label', () => {
        const { root } = mount({
            dimension: dimension({ valueReadable: false, valueLabel: null }),
        });
        expect(root.querySelector('.panel__hidden')?.textContent).toBe(
            "You don't have access to BB_Decision_Date__c.",
        );
    });

    it('without a dimension renders an empty panel and reports nothing', () => {
        const { root, changes } = mount({});
        expect(root.querySelector('input')).toBeNull();
        expect(root.querySelector('.panel__title')?.textContent?.trim()).toBe('');
        expect(changes).toEqual([]);
    });

    it('ignores an unchecked radio change', () => {
        const { root, changes } = mount({ dimension: dimension() });
        const radio = radios(root).find((candidate) => candidate.value === 'Met')!;
        radio.checked = false;
        radio.dispatchEvent(new CustomEvent('change'));
        expect(changes).toEqual([]);
    });

    it('does not take a number the browser cannot read for a cleared value', () => {
        const { root, changes } = mount({
            dimension: dimension({ valueType: 'currency', valueField: 'BB_Budget_Amount__c' }),
            structuredValue: 50000,
        });
        const amount = root.querySelector<HTMLInputElement>('input[type="number"]')!;
        Object.defineProperty(amount, 'validity', { value: { badInput: true } });
        amount.value = '';
        amount.dispatchEvent(new CustomEvent('change'));

        expect(changes).toEqual([
            {
                key: 'Timeline',
                field: 'BB_Budget_Amount__c',
                value: null,
                pending: { text: '', message: 'Enter a number.' },
            },
        ]);
    });

    it('counts an amount while it is typed and refuses a negative or too large one', async () => {
        const { element, root, changes } = mount({
            dimension: dimension({ valueType: 'currency', valueField: 'BB_Budget_Amount__c' }),
        });
        const amount = root.querySelector<HTMLInputElement>('input[type="number"]')!;
        expect(amount.min).toBe('0');
        for (const [text, type] of [
            ['70000', 'input'],
            ['-5', 'input'],
            ['1e20', 'change'],
        ]) {
            amount.value = text!;
            amount.dispatchEvent(new CustomEvent(type!));
        }
        expect(changes.map((change) => [change.value, change.pending?.message])).toEqual([
            [70000, undefined],
            [null, 'Enter an amount of 0 or more.'],
            [null, 'Enter at most 16 digits before the decimal point.'],
        ]);
        // The problem shows once the field is left.
        Object.assign(element, { pendingInputs: { BB_Budget_Amount__c: changes[2]!.pending } });
        await Promise.resolve();
        expect(root.querySelector('.panel__value-problem')?.textContent?.trim()).toBe(
            'Enter at most 16 digits before the decimal point.',
        );
        expect(amount.getAttribute('aria-invalid')).toBe('true');
        expect(amount.getAttribute('aria-describedby')).toBe(
            root.querySelector('.panel__value-problem')?.id,
        );
    });

    it('tells what Blocker does on a gate and elsewhere', () => {
        const scale = [...SCALE, { value: 'Blocker', label: 'Blocker' }];
        const gate = mount({ dimension: dimension({ isGate: true }), ratingScale: scale });
        const other = mount({ dimension: dimension(), ratingScale: scale, value: 'Blocker' });
        const help = (root: ShadowRoot) =>
            ratingOf(root).shadowRoot!.querySelector('.rating__blocker-help');
        expect(help(gate.root)?.textContent).toBe('Blocker on this gate disqualifies the record.');
        expect(help(gate.root)?.className).toContain('slds-assistive-text');
        expect(help(other.root)?.textContent).toMatch(/^Blocker here holds qualification back/);
        expect(help(other.root)?.className).not.toContain('slds-assistive-text');
        const blocker = ratingOf(gate.root).shadowRoot!.querySelector<HTMLInputElement>(
            'input[value="Blocker"]',
        )!;
        expect(blocker.getAttribute('aria-describedby')).toBe(help(gate.root)?.id);

        const interview = mount({
            dimension: dimension(),
            ratingScale: scale,
            questionsInFront: true,
        });
        expect(help(interview.root)?.className).not.toContain('slds-assistive-text');
        expect(interview.root.querySelector('.panel')?.className).toContain('panel_steady');
    });

    it('ties a save error to the inputs it is about', async () => {
        const { root } = mount({
            dimension: dimension(),
            fieldErrors: {
                BB_Decision_Date__c: 'Must be in the future.',
                BB_Timeline_Rating__c: 'Rate it first.',
            },
        });
        const error = root.querySelector<HTMLElement>('.panel__error')!;
        expect(error.textContent?.trim()).toBe('Must be in the future. Rate it first.');
        // The date field is its own component: it reads the message from its own description.
        const date = dateText(root);
        expect(date.getAttribute('aria-invalid')).toBe('true');
        const dateRoot = root.querySelector('c-qualification-date-input')!.shadowRoot!;
        expect(dateRoot.querySelector('.date-input__save-error')?.textContent).toBe(
            'Must be in the future. Rate it first.',
        );
        expect(date.getAttribute('aria-describedby')).toContain(
            dateRoot.querySelector('.date-input__save-error')!.id,
        );
        // The rating is its own component: it reads the message from its own description.
        const radio = radios(root)[0]!;
        expect(radio.getAttribute('aria-invalid')).toBe('true');
        const description = ratingOf(root).shadowRoot!.querySelector(
            `[id="${radio.getAttribute('aria-describedby')}"]`,
        );
        expect(description?.textContent).toBe('Must be in the future. Rate it first.');
        const textarea = root.querySelector<HTMLTextAreaElement>('textarea')!;
        expect(textarea.getAttribute('aria-invalid')).toBeNull();
        expect(textarea.getAttribute('aria-describedby')).toBe(
            root.querySelector('.panel__counter')?.id,
        );
        await expect(root.host).toBeAccessible();
    });
});
