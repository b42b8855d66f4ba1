import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationRating from 'c/qualificationRating';
import type { RatingChangeDetail } from 'c/qualificationRating';

setup();
jest.setTimeout(30000);

const SCALE = [
    { value: 'Not_Explored', label: 'Not yet explored' },
    { value: 'Not_Met', label: 'Not met' },
    { value: 'Partly_Met', label: 'Partly met' },
    { value: 'Met', label: 'Met' },
    { value: 'Blocker', label: 'Blocker' },
];

type RatingElement = HTMLElement & { focus(): void };

function mount(props: Record<string, unknown>): {
    element: RatingElement;
    root: ShadowRoot;
    changes: string[];
} {
    const element = createElement('c-qualification-rating', {
        is: QualificationRating,
    }) as RatingElement;
    Object.assign(element, { label: 'Budget', options: SCALE, ...props });
    const changes: string[] = [];
    element.addEventListener('ratingchange', (event) =>
        changes.push((event as CustomEvent<RatingChangeDetail>).detail.value),
    );
    document.body.appendChild(element);
    return { element, root: element.shadowRoot as ShadowRoot, changes };
}

function inputs(root: ShadowRoot): HTMLInputElement[] {
    return Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-qualification-rating', () => {
    it('shows the five ratings side by side as one named group, each with its text and colour key', async () => {
        const { root } = mount({ value: 'Partly_Met' });
        expect(root.querySelector('legend')?.textContent).toBe('Budget');
        expect(root.querySelector('.slds-radio_button-group')).not.toBeNull();
        const segments = Array.from(root.querySelectorAll<HTMLElement>('.rating__segment'));
        expect(segments.map((segment) => segment.dataset.rating)).toEqual(
            SCALE.map((option) => option.value),
        );
        expect(
            segments.map((segment) => segment.querySelector('.rating__text')?.textContent),
        ).toEqual(SCALE.map((option) => option.label));
        expect(segments.every((segment) => segment.querySelector('.rating__swatch'))).toBe(true);
        expect(
            inputs(root)
                .filter((input) => input.checked)
                .map((input) => input.value),
        ).toEqual(['Partly_Met']);
        await expect(root.host).toBeAccessible();
    });

    it('reads nothing stored as not explored', () => {
        const { root } = mount({ value: null });
        expect(inputs(root).find((input) => input.checked)?.value).toBe('Not_Explored');
    });

    it('reports the chosen rating, and ignores a segment that was unchecked', () => {
        const { root, changes } = mount({ value: 'Met' });
        const blocker = inputs(root).find((input) => input.value === 'Blocker')!;
        blocker.checked = true;
        blocker.dispatchEvent(new CustomEvent('change'));
        const met = inputs(root).find((input) => input.value === 'Met')!;
        met.checked = false;
        met.dispatchEvent(new CustomEvent('change'));
        expect(changes).toEqual(['Blocker']);
    });

    it('is one radio group per instance, so two boards on a page never share one', () => {
        const first = mount({});
        const second = mount({});
        const names = (root: ShadowRoot) => new Set(inputs(root).map((input) => input.name));
        expect(names(first.root).size).toBe(1);
        expect([...names(second.root)][0]).not.toBe([...names(first.root)][0]);
    });

    it('focuses the chosen segment, its one tab stop', () => {
        const { element, root } = mount({ value: 'Met' });
        element.focus();
        expect((root.activeElement as HTMLInputElement).value).toBe('Met');
    });

    it('locks every segment when disabled and carries an error as its description', () => {
        const { root } = mount({ disabled: true, error: 'Rate it first.' });
        expect(inputs(root).every((input) => input.disabled)).toBe(true);
        const first = inputs(root)[0]!;
        expect(first.getAttribute('aria-invalid')).toBe('true');
        const description = root.querySelector(`[id="${first.getAttribute('aria-describedby')}"]`);
        expect(description?.textContent).toBe('Rate it first.');

        const fine = mount({});
        expect(inputs(fine.root)[0]!.getAttribute('aria-invalid')).toBeNull();
        expect(inputs(fine.root)[0]!.getAttribute('aria-describedby')).toBeNull();
    });

    it('without options focuses nothing and renders an empty group', () => {
        const { element, root } = mount({ options: [] });
        element.focus();
        expect(inputs(root)).toHaveLength(0);
    });
});
