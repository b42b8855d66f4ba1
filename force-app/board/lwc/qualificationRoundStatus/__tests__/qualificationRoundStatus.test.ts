import { createElement } from 'lwc';
import QualificationRoundStatus from 'c/qualificationRoundStatus';

jest.mock('c/qualificationRoundLabels', () => {
    const actual = jest.requireActual('c/qualificationRoundLabels');
    const { roundLabels } = jest.requireActual('../../qualificationRoundStart/__tests__/support');
    return { ...actual, ROUND_LABELS: roundLabels('en', Object.keys(actual.ROUND_LABELS)) };
});

type Element = HTMLElement & {
    round: number | null;
    startedOn: string | null;
    reason: string | null;
};

function mount(props: Partial<Element>): Element {
    const element = createElement('c-qualification-round-status', {
        is: QualificationRoundStatus,
    }) as Element;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function text(element: Element, id: string): string | undefined {
    return (element.shadowRoot as ShadowRoot)
        .querySelector(`[data-id="${id}"]`)
        ?.textContent?.trim();
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-qualification-round-status', () => {
    it('says which round, since when and why', async () => {
        const element = mount({
            round: 2,
            startedOn: '2026-12-01T12:00:00Z',
            reason: 'Decision maker joined',
        });
        await Promise.resolve();
        expect(text(element, 'round-status')).toContain('Round 2 since Dec 1, 2026');
        expect(text(element, 'round-reason')).toBe('Decision maker joined');
    });

    it.each<[number | null]>([[null], [1]])('shows nothing in round 1 (%p)', async (round) => {
        const element = mount({ round, startedOn: null });
        await Promise.resolve();
        expect(text(element, 'round-status')).toBeUndefined();
    });

    it('shows a dash for a start it cannot read', async () => {
        const element = mount({ round: 3, startedOn: 'yesterday', reason: null });
        await Promise.resolve();
        expect(text(element, 'round-status')).toBe('Round 3 since –');
        expect(text(element, 'round-reason')).toBeUndefined();
    });
});
