import {
    MAX_TREND_POINTS,
    parsePreviousRound,
    readablePreviousAnswer,
    parseTrend,
    roundFieldsOf,
    roundOf,
    roundStateOf,
} from 'c/qualificationRoundModel';

const snapshot = {
    v: 1,
    round: 1,
    framework: 'BANT',
    startedOn: '2026-11-02T09:00:00Z',
    endedOn: '2026-12-01T10:00:00Z',
    status: 'Nurture',
    score: 60,
    answers: {
        Budget: { rating: 'Met', evidence: 'Signed off', value: 50000 },
        Timeline: { rating: 'Partly_Met', value: '2027-03-31' },
        Need: {},
    },
};

describe('parsePreviousRound', () => {
    it('reads a version-1 snapshot', () => {
        const round = parsePreviousRound(JSON.stringify(snapshot));
        expect(round).toEqual({
            round: 1,
            framework: 'BANT',
            startedOn: '2026-11-02T09:00:00Z',
            endedOn: '2026-12-01T10:00:00Z',
            status: 'Nurture',
            score: 60,
            truncated: false,
            answers: {
                Budget: { rating: 'Met', evidence: 'Signed off', value: 50000 },
                Timeline: { rating: 'Partly_Met', evidence: null, value: '2027-03-31' },
                Need: { rating: null, evidence: null, value: null },
            },
        });
    });

    it.each([
        ['nothing', null],
        ['a number', 42],
        ['blank text', '  '],
        ['garbage', 'not json {'],
        ['an array', '[1,2]'],
        ['another version', JSON.stringify({ ...snapshot, v: 2 })],
        ['a version as text', JSON.stringify({ ...snapshot, v: '1' })],
        ['answers that are a list', JSON.stringify({ ...snapshot, answers: [] })],
        ['huge text', JSON.stringify({ ...snapshot, pad: 'x'.repeat(70000) })],
    ])('reads %s as no previous round', (_what, stored) => {
        expect(parsePreviousRound(stored)).toBeNull();
    });

    it('drops members of the wrong type instead of failing', () => {
        const round = parsePreviousRound(
            JSON.stringify({
                v: 1,
                round: -2,
                score: 900,
                status: { x: 1 },
                truncated: 'yes',
                answers: { Budget: { rating: 5, evidence: ['a'], value: { a: 1 } }, Need: 'Met' },
            }),
        );
        expect(round).toEqual({
            round: 1,
            framework: null,
            startedOn: null,
            endedOn: null,
            status: null,
            score: null,
            truncated: false,
            answers: { Budget: { rating: null, evidence: null, value: null } },
        });
    });
});

describe('parseTrend', () => {
    it('reads points oldest first with their round starts', () => {
        const points = parseTrend(
            JSON.stringify({
                v: 1,
                points: [
                    { at: '2026-11-02T09:00:00Z', score: 30, status: 'Working', round: 1 },
                    {
                        at: '2026-12-01T10:00:00Z',
                        score: 0,
                        status: 'New',
                        round: 2,
                        roundStart: true,
                    },
                ],
            }),
        );
        expect(points).toEqual([
            {
                at: '2026-11-02T09:00:00Z',
                score: 30,
                status: 'Working',
                round: 1,
                roundStart: false,
            },
            { at: '2026-12-01T10:00:00Z', score: 0, status: 'New', round: 2, roundStart: true },
        ]);
    });

    it.each([
        ['nothing', undefined],
        ['garbage', '{"v":1,"points":['],
        ['another version', '{"v":3,"points":[]}'],
        ['points that are not a list', '{"v":1,"points":{"at":"x"}}'],
        [
            'huge text',
            `{"v":1,"points":[${'{"at":"2026-12-01T10:00:00Z"},'.repeat(3000)}{"at":"x"}]}`,
        ],
    ])('reads %s as no trend', (_what, stored) => {
        expect(parseTrend(stored)).toEqual([]);
    });

    it('skips points without a time and keeps at most 200', () => {
        const many = Array.from({ length: 250 }, (_, index) => ({
            at: `2026-12-01T10:${String(index % 60).padStart(2, '0')}:00Z`,
            score: index % 101,
        }));
        const points = parseTrend(JSON.stringify({ v: 1, points: [{ score: 5 }, 'x', ...many] }));
        expect(points).toHaveLength(MAX_TREND_POINTS);
        expect(points[0]?.score).toBe(50);
    });
});

describe('roundOf', () => {
    it.each([
        [null, 1],
        [undefined, 1],
        [0, 1],
        [2.5, 1],
        ['3', 1],
        [3, 3],
    ])('reads %p as round %p', (value, round) => {
        expect(roundOf(value)).toBe(round);
    });
});

describe('roundStateOf', () => {
    it('reads round, start, reason and the previous round of a record in round 2', () => {
        const state = roundStateOf({
            BB_Qualification_Round__c: { value: 2 },
            BB_Round_Started_On__c: { value: '2026-12-01T10:00:00.000Z' },
            BB_Round_Reason__c: { value: 'CFO joined' },
            BB_Previous_Round__c: { value: JSON.stringify(snapshot) },
        });
        expect(state.current).toBe(2);
        expect(state.startedOn).toBe('2026-12-01T10:00:00.000Z');
        expect(state.reason).toBe('CFO joined');
        expect(state.previous?.answers.Budget?.rating).toBe('Met');
    });

    it('shows no previous round in round 1, even when a snapshot is stored', () => {
        expect(roundStateOf({ BB_Previous_Round__c: { value: JSON.stringify(snapshot) } })).toEqual(
            { current: 1, startedOn: null, reason: null, previous: null },
        );
        expect(roundStateOf(undefined)).toEqual({
            current: 1,
            startedOn: null,
            reason: null,
            previous: null,
        });
    });

    it('names the fields the board loads', () => {
        expect(roundFieldsOf('Lead')).toEqual([
            'Lead.BB_Qualification_Round__c',
            'Lead.BB_Round_Started_On__c',
            'Lead.BB_Round_Reason__c',
            'Lead.BB_Previous_Round__c',
        ]);
    });
});

describe('readablePreviousAnswer', () => {
    const answer = { rating: 'Met', evidence: 'CFO signs in Q3', value: 50000 };

    it('keeps evidence and value the user can read', () => {
        expect(readablePreviousAnswer(answer, { evidence: true, value: true })).toEqual(answer);
    });

    it('drops the evidence and the value of fields the user cannot read, keeping the rating', () => {
        expect(readablePreviousAnswer(answer, { evidence: false, value: false })).toEqual({
            rating: 'Met',
            evidence: null,
            value: null,
        });
        expect(readablePreviousAnswer(answer, { evidence: true, value: false })?.value).toBeNull();
    });

    it('has nothing to show for a dimension the previous round did not have', () => {
        expect(readablePreviousAnswer(null, { evidence: true, value: true })).toBeNull();
    });
});
