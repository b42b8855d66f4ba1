import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationTrend from 'c/qualificationTrend';
import { getRecord } from 'lightning/uiRecordApi';
import { flush } from '../../qualificationRoundStart/__tests__/support';

jest.mock('c/qualificationRoundLabels', () => {
    const actual = jest.requireActual('c/qualificationRoundLabels');
    const { roundLabels } = jest.requireActual('../../qualificationRoundStart/__tests__/support');
    return { ...actual, ROUND_LABELS: roundLabels('en', Object.keys(actual.ROUND_LABELS)) };
});

setup();
jest.setTimeout(30000);

interface TestWireAdapter {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): Record<string, unknown>;
}
const recordAdapter = getRecord as unknown as TestWireAdapter;

type Element = HTMLElement & {
    recordId: string;
    objectApiName: string;
    statusLabels: Record<string, string>;
};

const TREND = JSON.stringify({
    v: 1,
    points: [
        { at: '2026-11-02T09:00:00Z', score: 30, status: 'Working', round: 1 },
        { at: '2026-11-10T09:00:00Z', score: 70, status: 'Qualified', round: 1 },
        { at: '2026-12-01T10:00:00Z', score: 0, status: 'New', round: 2, roundStart: true },
    ],
});

function mount(): Element {
    const element = createElement('c-qualification-trend', { is: QualificationTrend }) as Element;
    element.recordId = '006000000000001AAA';
    element.objectApiName = 'Opportunity';
    element.statusLabels = { Working: 'Working', Qualified: 'Qualified', New: 'New' };
    document.body.appendChild(element);
    return element;
}

function record(value: unknown, withField = true) {
    return {
        apiName: 'Opportunity',
        id: '006000000000001AAA',
        fields: withField ? { BB_Qualification_Trend__c: { value, displayValue: null } } : {},
    };
}

function query(element: Element, selector: string): Element[] {
    return Array.from((element.shadowRoot as ShadowRoot).querySelectorAll(selector)) as Element[];
}

function text(element: Element, id: string): string | undefined {
    return query(element, `[data-id="${id}"]`)[0]?.textContent?.trim();
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-qualification-trend', () => {
    it('asks for the trend field only after it has rendered', async () => {
        mount();
        // The wire's record id is set in renderedCallback: the request leaves after the first render.
        await flush();
        expect(recordAdapter.getLastConfig()).toEqual({
            recordId: '006000000000001AAA',
            optionalFields: ['Opportunity.BB_Qualification_Trend__c'],
        });
    });

    it('draws the score over its changes, marks round starts and says it in words', async () => {
        const element = mount();
        await flush();
        recordAdapter.emit(record(TREND));
        await flush();

        expect(query(element, 'circle')).toHaveLength(3);
        expect(query(element, '[data-id="trend-round"]')).toHaveLength(1);
        const roundLabel = query(element, '[data-id="trend-round"] text')[0];
        expect(roundLabel?.textContent).toBe('R2');
        // At the right edge the label reads left of its line instead of being cut off or crossed.
        expect([roundLabel?.getAttribute('x'), roundLabel?.getAttribute('text-anchor')]).toEqual([
            '231',
            'end',
        ]);
        // Spaced by time: eight days, then three weeks.
        expect(query(element, 'polyline')[0]?.getAttribute('points')).toBe('6,37 69,19 234,50');
        expect(query(element, '[data-id="trend-chart"]')[0]?.getAttribute('aria-label')).toBe(
            'Score 30 → 0 over 3 evaluations, now in round 2',
        );
        expect(text(element, 'trend-summary')).toBe(
            'Score 30 → 0 over 3 evaluations, now in round 2 · New',
        );
        // sfdx-lwc-jest's i18n stubs: locale en-US, time zone America/Los_Angeles.
        expect(query(element, '[data-id="trend-points"] li')[1]?.textContent).toBe(
            'Nov 10, 2026, 1:00 AM: 70 points, Qualified',
        );
        expect(query(element, 'circle')[2]?.getAttribute('class')).toContain('trend__point_new');
        await expect(element).toBeAccessible();
    });

    it.each([
        ['a blank field', null],
        ['garbage', '{"v":1,"points":['],
        ['another version', '{"v":9,"points":[{"at":"x","score":1}]}'],
    ])('says there is no history yet for %s', async (_what, value) => {
        const element = mount();
        await flush();
        recordAdapter.emit(record(value));
        await flush();
        expect(text(element, 'trend-empty')).toBe(
            'No history yet: the trend starts with the next change of score or status.',
        );
        expect(query(element, 'svg')).toHaveLength(0);
    });

    it('says plainly when the user cannot read the trend', async () => {
        const element = mount();
        await flush();
        recordAdapter.emit(record(null, false));
        await flush();
        expect(text(element, 'trend-unavailable')).toBe('The trend is not available to you.');
    });

    it('says the same when loading fails', async () => {
        const element = mount();
        await flush();
        recordAdapter.error();
        await flush();
        expect(text(element, 'trend-unavailable')).toBe('The trend is not available to you.');
    });

    it('puts the label of a round that starts on the left right of its line', async () => {
        const element = mount();
        await flush();
        recordAdapter.emit(
            record(
                JSON.stringify({
                    v: 1,
                    points: [
                        { at: '2026-11-02T09:00:00Z', score: 0, round: 2, roundStart: true },
                        { at: '2026-11-10T09:00:00Z', score: 40, round: 2 },
                    ],
                }),
            ),
        );
        await flush();
        const roundLabel = query(element, '[data-id="trend-round"] text')[0];
        expect([roundLabel?.getAttribute('x'), roundLabel?.getAttribute('text-anchor')]).toEqual([
            '9',
            'start',
        ]);
    });

    it('says a single point in words instead of drawing a lone dot', async () => {
        const element = mount();
        await flush();
        recordAdapter.emit(
            record(JSON.stringify({ v: 1, points: [{ at: '2026-12-01T10:00:00Z', score: 50 }] })),
        );
        await flush();
        expect(query(element, 'svg')).toHaveLength(0);
        expect(text(element, 'trend-first')).toBe(
            'First evaluation on Dec 1, 2026, 2:00 AM: score 50, –. The line starts with the next change.',
        );
    });

    it('spaces points evenly when their times cannot be read', async () => {
        const element = mount();
        await flush();
        recordAdapter.emit(
            record(
                JSON.stringify({
                    v: 1,
                    points: [
                        { at: 'last week', score: 10, round: 1 },
                        { at: 'yesterday', score: 20, round: 1 },
                        { at: 'today', score: 30, round: 1 },
                    ],
                }),
            ),
        );
        await flush();
        expect(query(element, 'circle').map((circle) => circle.getAttribute('cx'))).toEqual([
            '6',
            '120',
            '234',
        ]);
    });

    it('keeps a time it cannot read as written and an unknown status as its API name', async () => {
        const element = mount();
        await flush();
        recordAdapter.emit(
            record(
                JSON.stringify({
                    v: 1,
                    points: [{ at: 'last week', score: 10, status: 'Parked', round: 1 }],
                }),
            ),
        );
        await flush();
        expect(text(element, 'trend-first')).toBe(
            'First evaluation on last week: score 10, Parked. The line starts with the next change.',
        );
    });
});
