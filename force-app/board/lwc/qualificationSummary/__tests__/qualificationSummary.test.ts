import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationSummary from 'c/qualificationSummary';
import type { SummaryView } from 'c/qualificationSummary';

jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('../../qualificationBoard/__tests__/support/labels');
    return { ...actual, LABELS: boardLabels('en', Object.keys(actual.LABELS)) };
});

setup();
jest.setTimeout(30000);

function mount(summary?: SummaryView): ShadowRoot {
    const element = createElement('c-qualification-summary', {
        is: QualificationSummary,
    }) as HTMLElement & { summary?: SummaryView };
    element.summary = summary;
    document.body.appendChild(element);
    return element.shadowRoot as ShadowRoot;
}

function text(root: ShadowRoot, selector: string): string {
    return root.querySelector(selector)?.textContent?.trim() ?? '';
}

const qualified: SummaryView = {
    status: 'Qualified',
    statusLabel: 'Qualified',
    score: 82,
    completeness: 90,
    reasons: ['Score 82 meets the threshold of 70.'],
    nextDimensionLabel: 'Timeline',
    nextQuestion: 'By when must it be solved?',
    isPreview: true,
    excludesHidden: false,
};

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-qualification-summary', () => {
    it('shows status, score, completeness with progress bar semantics, reasons and the next question', async () => {
        const root = mount(qualified);

        expect(text(root, '[data-status]')).toBe('Qualified');
        expect(root.querySelector('[data-status]')?.className).toContain('slds-theme_success');
        expect(text(root, '.summary__score')).toBe('82');
        const bar = root.querySelector('[role="progressbar"]');
        expect(bar?.getAttribute('aria-valuenow')).toBe('90');
        expect(bar?.getAttribute('aria-valuemin')).toBe('0');
        expect(bar?.getAttribute('aria-valuemax')).toBe('100');
        expect(bar?.getAttribute('aria-label')).toBe('Completeness');
        expect(text(root, '.summary__reasons')).toBe('Score 82 meets the threshold of 70.');
        expect(text(root, '.summary__next')).toBe('Explore next: Timeline');
        expect(text(root, '.summary__question')).toBe('By when must it be solved?');
        expect(text(root, '.summary__preview')).toBe('Unsaved preview');
        await expect(root.host).toBeAccessible();
    });

    it('a record never evaluated and fully explored reads as such', () => {
        const root = mount({
            ...qualified,
            status: null,
            score: null,
            completeness: null,
            reasons: [],
            nextDimensionLabel: null,
            isPreview: false,
            excludesHidden: true,
        });

        expect(text(root, '[data-status]')).toBe('Not evaluated yet');
        expect(text(root, '.summary__score')).toBe('–');
        expect(text(root, '.summary__completeness-text')).toBe('0 %');
        expect(root.querySelector('.summary__reasons')).toBeNull();
        expect(text(root, '.summary__next')).toBe('Every dimension is explored.');
        expect(root.querySelector('.summary__question')).toBeNull();
        expect(root.querySelector('.summary__preview')).toBeNull();
        expect(text(root, '.summary__excludes')).toBe(
            'The preview leaves out what you cannot see.',
        );
    });

    it('renders without a summary and themes an unknown status neutrally', () => {
        expect(text(mount(undefined), '[data-status]')).toBe('Not evaluated yet');
        const root = mount({
            ...qualified,
            status: 'Custom',
            statusLabel: 'Custom',
            completeness: 140,
            nextQuestion: null,
        });
        expect(root.querySelector('[data-status]')?.className).toBe('slds-badge');
        expect(root.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe(
            '100',
        );
        expect(root.querySelector('.summary__question')).toBeNull();
    });
});
