import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationPreviousAnswer from 'c/qualificationPreviousAnswer';
import type { PreviousAnswer } from 'c/qualificationRoundModel';
import { fillLabel } from 'c/qualificationRoundLabels';
import { roundLabels } from '../../qualificationRoundStart/__tests__/support';

// The German texts as shipped, so the test follows the translators' wording.
const GERMAN = roundLabels('de', [
    'Round_Previous',
    'Round_Previous_Empty',
    'Round_Still_True',
    'Round_Still_True_Of',
]);

jest.mock('c/qualificationRoundLabels', () => {
    const actual = jest.requireActual('c/qualificationRoundLabels');
    const support = jest.requireActual('../../qualificationRoundStart/__tests__/support');
    return { ...actual, ROUND_LABELS: support.roundLabels('de', Object.keys(actual.ROUND_LABELS)) };
});

setup();
jest.setTimeout(30000);

const SCALE = [
    { value: 'Not_Explored', label: 'Noch nicht geklärt' },
    { value: 'Not_Met', label: 'Nicht erfüllt' },
    { value: 'Partly_Met', label: 'Teilweise erfüllt' },
    { value: 'Met', label: 'Erfüllt' },
    { value: 'Blocker', label: 'K.-o.-Kriterium' },
];

type Element = HTMLElement & {
    dimensionKey: string;
    dimensionLabel: string;
    ratingField: string;
    previous: PreviousAnswer | null;
    previousRound: number;
    currentRating: string | null;
    ratingScale: typeof SCALE;
    editable: boolean;
};

function mount(props: Partial<Element>): Element {
    const element = createElement('c-qualification-previous-answer', {
        is: QualificationPreviousAnswer,
    }) as unknown as Element;
    Object.assign(element, {
        dimensionKey: 'Budget',
        dimensionLabel: 'Budget',
        ratingField: 'BB_Budget_Rating__c',
        previousRound: 1,
        ratingScale: SCALE,
        editable: true,
        currentRating: 'Not_Explored',
        ...props,
    });
    // A parent that listens as the board does on the panel host.
    const host = document.createElement('div');
    host.appendChild(element);
    document.body.appendChild(host);
    return element;
}

function query(element: Element, id: string): HTMLElement | null {
    return (element.shadowRoot as ShadowRoot).querySelector(`[data-id="${id}"]`);
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-qualification-previous-answer', () => {
    it('shows the previous rating and evidence, in German, with Still true', async () => {
        const element = mount({
            previous: { rating: 'Met', evidence: 'Budget freigegeben', value: 50000 },
        });
        await Promise.resolve();

        expect(query(element, 'previous')?.textContent).toContain(
            fillLabel(GERMAN.Round_Previous ?? '', 1),
        );
        expect(query(element, 'previous-rating')?.textContent?.trim()).toBe('Erfüllt');
        expect(query(element, 'previous-evidence')?.textContent?.trim()).toBe('Budget freigegeben');
        expect(query(element, 'still-true')?.textContent).toContain(GERMAN.Round_Still_True);
        expect(query(element, 'still-true')?.textContent).toContain(
            fillLabel(GERMAN.Round_Still_True_Of ?? '', 'Budget', 'Erfüllt', 1),
        );
        await expect(element).toBeAccessible();
    });

    it('Still true sends the previous rating as the panel answer change, out of the panel', async () => {
        const element = mount({ previous: { rating: 'Partly_Met', evidence: null, value: null } });
        const heard = jest.fn();
        element.parentElement?.addEventListener('answerchange', heard);
        await Promise.resolve();

        query(element, 'still-true')?.click();

        expect(heard).toHaveBeenCalledTimes(1);
        expect(heard.mock.calls[0][0].detail).toEqual({
            key: 'Budget',
            field: 'BB_Budget_Rating__c',
            value: 'Partly_Met',
        });
    });

    it.each([
        ['the rating is already taken over', { currentRating: 'Met' }],
        ['the user may not edit the rating', { editable: false }],
    ])('offers no Still true when %s', async (_why, props) => {
        const element = mount({
            previous: { rating: 'Met', evidence: null, value: null },
            ...props,
        });
        await Promise.resolve();
        expect(query(element, 'still-true')).toBeNull();
        expect(query(element, 'previous-rating')?.textContent?.trim()).toBe('Erfüllt');
    });

    it.each([
        ['no answer', null],
        [
            'an unexplored rating',
            { rating: 'Not_Explored', evidence: 'asked, no answer', value: null },
        ],
        ['an unknown rating', { rating: 'Maybe', evidence: null, value: null }],
    ])('says the dimension was not rated for %s', async (_what, previous) => {
        const element = mount({ previous, previousRound: 2 });
        await Promise.resolve();
        expect(query(element, 'previous-rating')?.textContent?.trim()).toBe(
            GERMAN.Round_Previous_Empty,
        );
        expect(query(element, 'still-true')).toBeNull();
    });

    it('shows the rating API name when the scale has no label for it, and a blocker in red', async () => {
        const element = mount({
            previous: { rating: 'Blocker', evidence: null, value: null },
            ratingScale: [],
        });
        await Promise.resolve();
        const badge = query(element, 'previous-rating');
        expect(badge?.textContent?.trim()).toBe('Blocker');
        expect(badge?.dataset.rating).toBe('Blocker');
    });
});
