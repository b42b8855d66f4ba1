import { createElement } from 'lwc';
import QualificationPanel from 'c/qualificationPanel';
import type { PanelDimension } from 'c/qualificationPanel';
import type { PreviousRound } from 'c/qualificationRoundModel';

jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('../../qualificationBoard/__tests__/support/labels');
    return { ...actual, LABELS: boardLabels('en', Object.keys(actual.LABELS)) };
});

jest.setTimeout(30000);

// The previous round's snapshot is one field written when the round started: it holds the evidence
// of every dimension, including fields that field-level security hides from the user now looking.
const PREVIOUS: PreviousRound = {
    round: 1,
    framework: 'BANT',
    startedOn: null,
    endedOn: '2026-11-01T09:00:00Z',
    status: 'Working',
    score: 40,
    truncated: false,
    answers: {
        Timeline: { rating: 'Met', evidence: 'CFO signs in Q3', value: '2026-09-30' },
    },
};

function dimension(overrides: Partial<PanelDimension>): PanelDimension {
    return {
        key: 'Timeline',
        label: 'Timeline',
        isGate: false,
        questions: [],
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

function previousPart(overrides: Partial<PanelDimension>): {
    rating: string | undefined;
    evidence: string | undefined;
} {
    const element = createElement('c-qualification-panel', { is: QualificationPanel });
    Object.assign(element, {
        dimension: dimension(overrides),
        ratingScale: [{ value: 'Met', label: 'Met' }],
        value: 'Not_Explored',
        previousRound: PREVIOUS,
    });
    document.body.appendChild(element);
    const previous = element.shadowRoot!.querySelector('c-qualification-previous-answer');
    const text = (id: string): string | undefined =>
        previous?.shadowRoot?.querySelector(`[data-id="${id}"]`)?.textContent?.trim();
    return { rating: text('previous-rating'), evidence: text('previous-evidence') };
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-qualification-panel: the previous answer and field-level security', () => {
    it('shows the previous evidence to a user who can read the evidence field', () => {
        expect(previousPart({})).toEqual({ rating: 'Met', evidence: 'CFO signs in Q3' });
    });

    it('keeps the previous evidence from a user who cannot read the evidence field', () => {
        expect(previousPart({ evidenceReadable: false, evidenceEditable: false })).toEqual({
            rating: 'Met',
            evidence: undefined,
        });
    });

    it('shows nothing of the previous round beside a rating the user cannot read', () => {
        expect(previousPart({ ratingReadable: false, ratingEditable: false })).toEqual({
            rating: undefined,
            evidence: undefined,
        });
    });
});
