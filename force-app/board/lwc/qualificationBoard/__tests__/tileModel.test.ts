import type { PanelDimension } from 'c/qualificationPanel';
import { firstLine, formatStructured, tileView } from '../tileModel';

jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('./support/labels');
    return { ...actual, LABELS: boardLabels('en', Object.keys(actual.LABELS)) };
});

const SCALE = [
    { value: 'Not_Explored', label: 'Not yet explored' },
    { value: 'Met', label: 'Met' },
];

function dimension(overrides: Partial<PanelDimension> = {}): PanelDimension {
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

describe('tileModel', () => {
    it('formats amounts, numbers and dates in the user’s locale and currency', () => {
        expect(formatStructured(84000, 'currency', 'de-DE', 'EUR')).toBe('84.000\u00a0€');
        expect(formatStructured(84000, 'currency', 'en-US', 'USD')).toBe('$84,000');
        expect(formatStructured(1234.5, 'number', 'de-DE', 'EUR')).toBe('1.234,5');
        // The stored calendar day, whatever the time zone of the browser.
        expect(formatStructured('2026-03-31', 'date', 'de-DE', 'EUR')).toBe('31.03.2026');
        expect(formatStructured('2026-03-31', 'date', 'en-US', 'USD')).toBe('Mar 31, 2026');
        expect(formatStructured('Dr. Tobias Wendt', 'text')).toBe('Dr. Tobias Wendt');
        expect(formatStructured('soon', 'date')).toBe('soon');
        expect(formatStructured(null, 'date')).toBeNull();
        expect(formatStructured('', 'text')).toBeNull();
    });

    it('takes the first line of the notes that says something', () => {
        expect(firstLine('\n  \nCFO agreed.\nSecond line')).toBe('CFO agreed.');
        expect(firstLine('   ')).toBeNull();
        expect(firstLine(null)).toBeNull();
    });

    it('names the rating from the scale, unrated as not explored, and an unknown one as written', () => {
        const input = {
            dimension: dimension(),
            value: null,
            evidence: null,
            structuredValue: null,
        };
        expect(tileView(input, 4, SCALE)).toEqual({
            key: 'Timeline',
            position: 4,
            label: 'Timeline',
            isGate: false,
            rating: 'Not_Explored',
            ratingLabel: 'Not yet explored',
            valueLabel: 'Decision Date',
            valueText: null,
            evidenceLine: null,
            holdNote: null,
        });
        expect(tileView(input, 4, SCALE, true).holdNote).toBe(
            'Date beyond the horizon: holds qualification back',
        );
        expect(tileView({ ...input, value: 'Legacy' }, 4, SCALE).ratingLabel).toBe('Legacy');
    });

    it('shows nothing the user cannot read, and says which rating is hidden', () => {
        const hidden = dimension({
            ratingReadable: false,
            evidenceReadable: false,
            valueReadable: false,
        });
        const view = tileView(
            { dimension: hidden, value: 'Met', evidence: 'secret', structuredValue: '2026-01-01' },
            1,
            SCALE,
        );
        expect(view).toMatchObject({
            rating: null,
            ratingLabel: "You don't have access to the rating of Timeline.",
            valueLabel: null,
            valueText: null,
            evidenceLine: null,
        });
        const unlabelled = tileView(
            {
                dimension: dimension({ valueLabel: null }),
                value: 'Met',
                evidence: null,
                structuredValue: null,
            },
            1,
            SCALE,
        );
        expect(unlabelled.valueLabel).toBe('BB_Decision_Date__c');
        const noValueField = tileView(
            {
                dimension: dimension({ valueField: null }),
                value: 'Met',
                evidence: null,
                structuredValue: null,
            },
            1,
            SCALE,
        );
        expect(noValueField.valueLabel).toBeNull();
    });
});
