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
    it('reports a date value, and a cleared one as null', () => {
        const { root, changes } = mount({ dimension: dimension(), structuredValue: '2026-06-30' });
        const input = root.querySelector<HTMLInputElement>('input[type="date"]');
        expect(input?.value).toBe('2026-06-30');

        input!.value = '2026-07-15';
        input!.dispatchEvent(new CustomEvent('change'));
        input!.value = '';
        input!.dispatchEvent(new CustomEvent('change'));

        expect(changes).toEqual([
            { key: 'Timeline', field: 'BB_Decision_Date__c', value: '2026-07-15' },
            { key: 'Timeline', field: 'BB_Decision_Date__c', value: null },
        ]);
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

    it('counts evidence characters against the 2,000 limit', () => {
        const { root } = mount({ dimension: dimension(), evidence: 'Board meeting on 3 June.' });
        const textarea = root.querySelector<HTMLTextAreaElement>('textarea');
        expect(textarea?.maxLength).toBe(2000);
        expect(textarea?.value).toBe('Board meeting on 3 June.');
        expect(root.querySelector('.panel__counter')?.textContent).toBe('24/2000 characters');
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
        expect(root.querySelector<HTMLInputElement>('input[type="date"]')?.readOnly).toBe(true);
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
        const reportValidity = jest.spyOn(amount, 'reportValidity');
        Object.defineProperty(amount, 'validity', { value: { badInput: true } });
        amount.value = '';
        amount.dispatchEvent(new CustomEvent('change'));

        expect(changes).toEqual([]);
        expect(reportValidity).toHaveBeenCalled();
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
        const date = root.querySelector<HTMLInputElement>('input[type="date"]')!;
        expect(date.getAttribute('aria-invalid')).toBe('true');
        expect(date.getAttribute('aria-describedby')).toBe(error.id);
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
