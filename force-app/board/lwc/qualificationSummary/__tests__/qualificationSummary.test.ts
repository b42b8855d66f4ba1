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
    stale: null,
};

const completenessBar = (root: ShadowRoot) =>
    root.querySelector('.summary__completeness [role="progressbar"]');
const scoreRing = (root: ShadowRoot) => root.querySelector('.summary__ring [role="progressbar"]');

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
        const ring = scoreRing(root);
        expect(ring?.getAttribute('aria-valuenow')).toBe('82');
        expect(ring?.getAttribute('aria-label')).toBe('Score');
        // The ring takes the status colour: SLDS's complete (green) ring for Qualified.
        expect(root.querySelector('.summary__ring')?.className).toContain(
            'slds-progress-ring_complete',
        );
        expect(root.querySelector('.summary__ring path')?.getAttribute('d')).toBe(
            'M 1 0 A 1 1 0 1 1 0.4258 -0.9048 L 0 0',
        );
        const bar = completenessBar(root);
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
        expect(text(root, '.summary__completeness-text')).toBe('0%');
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
        expect(root.querySelector('[data-status]')?.className).toBe(
            'slds-badge summary__badge_new',
        );
        expect(completenessBar(root)?.getAttribute('aria-valuenow')).toBe('100');
        expect(root.querySelector('.summary__ring')?.className).toContain(
            'slds-progress-ring_active-step',
        );
        expect(root.querySelector('.summary__question')).toBeNull();
    });

    it('draws an empty ring at 0, a full circle at 100 and a short arc below half', () => {
        const path = (score: number | null) =>
            mount({ ...qualified, score })
                .querySelector('.summary__ring path')
                ?.getAttribute('d');
        expect(path(0)).toBe('M 0 0');
        expect(path(null)).toBe('M 0 0');
        expect(path(100)).toBe('M 1 0 A 1 1 0 1 1 -1 0 A 1 1 0 1 1 1 0 Z');
        expect(path(25)).toBe('M 1 0 A 1 1 0 0 1 0.0000 1.0000 L 0 0');
    });

    it('colours status and ring alike for each verdict', () => {
        const themes = ['New', 'Working', 'Nurture', 'Disqualified'].map((status) => {
            const root = mount({ ...qualified, status, statusLabel: status });
            return [
                root.querySelector('[data-status]')?.className,
                root.querySelector('.summary__ring')?.className.split(' ').pop(),
            ];
        });
        expect(themes).toEqual([
            ['slds-badge summary__badge_new', 'slds-progress-ring_active-step'],
            ['slds-badge slds-badge_lightest', 'slds-progress-ring_active-step'],
            ['slds-badge slds-theme_warning', 'slds-progress-ring_warning'],
            ['slds-badge slds-theme_error', 'slds-progress-ring_expired'],
        ]);
    });

    it('says plainly when the stored result is not what the current configuration gives', async () => {
        const root = mount({
            ...qualified,
            status: 'Nurture',
            statusLabel: 'Nurture',
            score: 65,
            isPreview: false,
            stale: { statusLabel: 'Qualified', score: 72, horizon: null },
        });
        expect(text(root, '.summary__stale')).toBe(
            'This record was evaluated under an older configuration: stored Nurture with score 65, the current configuration gives Qualified with score 72. Saving the record or running rescore brings it up to date.',
        );
        expect(root.querySelector('.summary__stale')?.className).toContain('slds-text-color_error');
        expect(text(mount(qualified), '.summary__stale')).toBe('');
        await expect(root.host).toBeAccessible();
    });

    it('says that days passed, not the configuration, when the stored answers gave the stored result on the day of the last evaluation', async () => {
        const root = mount({
            ...qualified,
            status: 'Nurture',
            statusLabel: 'Nurture',
            score: 82,
            isPreview: false,
            stale: {
                statusLabel: 'Qualified',
                score: 82,
                horizon: { evaluatedDay: '2026-03-02', dimensionLabels: ['Timeline'] },
            },
        });
        expect(text(root, '.summary__stale')).toBe(
            'Stored: Nurture with score 82, as these answers were last evaluated on Mar 2, 2026. Since then the date of "Timeline" has come within its horizon; today they give Qualified with score 82. The daily horizon job or saving the record brings it up to date.',
        );
        // Routine, not an error: the daily job settles it.
        expect(root.querySelector('.summary__stale')?.className).not.toContain(
            'slds-text-color_error',
        );
        await expect(root.host).toBeAccessible();
    });
});
