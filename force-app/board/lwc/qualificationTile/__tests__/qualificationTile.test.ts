import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationTile from 'c/qualificationTile';
import type { TileSelectDetail, TileView } from 'c/qualificationTile';

jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('../../qualificationBoard/__tests__/support/labels');
    return { ...actual, LABELS: boardLabels('en', Object.keys(actual.LABELS)) };
});

setup();
jest.setTimeout(30000);

const BUDGET: TileView = {
    key: 'Budget',
    position: 5,
    label: 'Budget',
    isGate: true,
    rating: 'Partly_Met',
    ratingLabel: 'Partly met',
    valueLabel: 'Budget Amount',
    valueText: '€84,000',
    evidenceLine: 'Pilot budget approved.',
};

function mount(tile?: TileView): { element: HTMLElement & { focus(): void }; root: ShadowRoot } {
    const element = createElement('c-qualification-tile', {
        is: QualificationTile,
    }) as HTMLElement & {
        focus(): void;
    };
    Object.assign(element, { tile });
    document.body.appendChild(element);
    return { element, root: element.shadowRoot as ShadowRoot };
}

const text = (root: ShadowRoot, selector: string) =>
    root.querySelector(selector)?.textContent?.trim() ?? null;

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-qualification-tile', () => {
    it('shows position, name, gate, rating in words, value and the first line of evidence', async () => {
        const { root } = mount(BUDGET);
        const button = root.querySelector<HTMLButtonElement>('button.tile')!;
        expect(button.dataset.rating).toBe('Partly_Met');
        expect(text(root, '.tile__position')).toBe('5');
        expect(text(root, '.tile__name')).toBe('Budget');
        expect(text(root, '.tile__gate')).toBe('Gate');
        expect(text(root, '.tile__rating-text')).toBe('Partly met');
        expect(text(root, '.tile__value-label')).toBe('Budget Amount');
        expect(text(root, '.tile__value-text')).toBe('€84,000');
        expect(text(root, '.tile__evidence')).toBe('Pilot budget approved.');
        expect(text(root, '.slds-assistive-text')).toBe('Edit Budget:');
        await expect(root.host).toBeAccessible();
    });

    it('says so when there is no evidence, value or gate, and greys a hidden rating', () => {
        const { root } = mount({
            ...BUDGET,
            isGate: false,
            rating: null,
            ratingLabel: "You don't have access to the rating of Budget.",
            valueLabel: 'Budget Amount',
            valueText: null,
            evidenceLine: null,
        });
        expect(root.querySelector('button.tile')?.getAttribute('data-rating')).toBe('Hidden');
        expect(root.querySelector('.tile__gate')).toBeNull();
        expect(text(root, '.tile__value-text')).toBe('–');
        expect(text(root, '.tile__evidence_empty')).toBe('No evidence yet');

        const noValue = mount({ ...BUDGET, valueLabel: null, valueText: null });
        expect(noValue.root.querySelector('.tile__value')).toBeNull();
    });

    it('asks to be edited on click (which Enter and Space fire on a button) and takes focus', () => {
        const { element, root } = mount(BUDGET);
        const selected: string[] = [];
        element.addEventListener('tileselect', (event) =>
            selected.push((event as CustomEvent<TileSelectDetail>).detail.key),
        );
        root.querySelector<HTMLButtonElement>('button.tile')!.click();
        expect(selected).toEqual(['Budget']);

        element.focus();
        expect(root.activeElement).toBe(root.querySelector('button.tile'));
    });

    it('renders without a tile', () => {
        const { root } = mount(undefined);
        expect(text(root, '.tile__name')).toBe('');
        expect(text(root, '.tile__position')).toBe('0');
        expect(text(root, '.tile__rating-text')).toBe('');
    });
});
