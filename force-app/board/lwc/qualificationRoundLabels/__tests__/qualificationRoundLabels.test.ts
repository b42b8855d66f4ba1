import { fillLabel, ROUND_LABELS } from 'c/qualificationRoundLabels';

describe('fillLabel', () => {
    it('fills numbered placeholders and leaves the ones without a value', () => {
        expect(fillLabel('Round {0} since {1}', 2)).toBe('Round 2 since {1}');
        expect(fillLabel('{1} before {0}', 'a', 'b')).toBe('b before a');
    });

    it('has a text for every label', () => {
        for (const text of Object.values(ROUND_LABELS)) expect(typeof text).toBe('string');
    });
});
