import {
    parsePreviousRound,
    parseTrend,
} from '../../../force-app/board/lwc/qualificationRoundModel/qualificationRoundModel';
import {
    isoSeconds,
    PREVIOUS_ROUND_FIELD,
    ROUND_FIELD,
    ROUND_REASON_FIELD,
    ROUND_STARTED_ON_FIELD,
    snapshotOf,
    startRoundChanges,
    TREND_FIELD,
    trendAfterSave,
} from '../rounds';

const framework = {
    name: 'BANT',
    dimensions: [
        {
            key: 'Budget',
            ratingField: 'BB_Budget_Rating__c',
            evidenceField: 'BB_Budget_Evidence__c',
            valueField: 'BB_Budget_Amount__c',
        },
        { key: 'Need', ratingField: 'BB_Need_Rating__c', evidenceField: 'BB_Need_Evidence__c' },
    ],
} as unknown as Parameters<typeof startRoundChanges>[1];

const NOW = new Date('2026-12-01T10:00:00.123Z');

describe('startRoundChanges', () => {
    it('keeps the round as a snapshot, resets ratings only and counts the round up', () => {
        const changes = startRoundChanges(
            {
                BB_Budget_Rating__c: 'Met',
                BB_Budget_Evidence__c: 'Signed "2027"',
                BB_Budget_Amount__c: 50000,
                BB_Need_Rating__c: 'Partly_Met',
                BB_Qualification_Status__c: 'Nurture',
                BB_Qualification_Score__c: 60,
            },
            framework,
            '  Decision maker joined  ',
            NOW,
            '2026-11-02T09:00:00.000Z',
        );
        expect(changes).toMatchObject({
            BB_Budget_Rating__c: 'Not_Explored',
            BB_Need_Rating__c: 'Not_Explored',
            [ROUND_FIELD]: 2,
            [ROUND_STARTED_ON_FIELD]: NOW.toISOString(),
            [ROUND_REASON_FIELD]: 'Decision maker joined',
        });
        expect(changes).not.toHaveProperty('BB_Budget_Evidence__c');
        expect(parsePreviousRound(changes[PREVIOUS_ROUND_FIELD])).toEqual({
            round: 1,
            framework: 'BANT',
            startedOn: '2026-11-02T09:00:00Z',
            endedOn: '2026-12-01T10:00:00Z',
            status: 'Nurture',
            score: 60,
            truncated: false,
            answers: {
                Budget: { rating: 'Met', evidence: 'Signed "2027"', value: 50000 },
                Need: { rating: 'Partly_Met', evidence: null, value: null },
            },
        });
    });

    it('counts on from a later round and keeps when that round started', () => {
        const changes = startRoundChanges(
            { [ROUND_FIELD]: 3, [ROUND_STARTED_ON_FIELD]: '2026-11-20T08:00:00.000Z' },
            framework,
            'x'.repeat(300),
            NOW,
        );
        expect(changes[ROUND_FIELD]).toBe(4);
        expect(String(changes[ROUND_REASON_FIELD])).toHaveLength(255);
        expect(parsePreviousRound(changes[PREVIOUS_ROUND_FIELD])).toMatchObject({
            round: 3,
            startedOn: '2026-11-20T08:00:00Z',
        });
    });
});

describe('snapshotOf', () => {
    it('shortens the longest evidence until the snapshot fits its field, and says so', () => {
        const stored = snapshotOf(
            { BB_Budget_Evidence__c: '"'.repeat(20000), BB_Need_Evidence__c: 'short' },
            framework,
            1,
            undefined,
            NOW,
        );
        expect(stored.length).toBeLessThanOrEqual(32768);
        const round = parsePreviousRound(stored);
        expect(round?.truncated).toBe(true);
        expect(round?.answers.Need?.evidence).toBe('short');
    });
});

describe('trendAfterSave', () => {
    const points = (stored: string | null | undefined) => parseTrend(stored);

    it('starts the trend with the first evaluation of a new record', () => {
        const trend = trendAfterSave(
            undefined,
            { BB_Qualification_Status__c: 'Working', BB_Qualification_Score__c: 30 },
            NOW,
        );
        expect(points(trend)).toEqual([
            { at: isoSeconds(NOW), score: 30, status: 'Working', round: 1, roundStart: false },
        ]);
    });

    it('adds nothing when neither status, score nor round moved', () => {
        const before = { BB_Qualification_Status__c: 'Working', BB_Qualification_Score__c: 30 };
        expect(trendAfterSave(before, { ...before, BB_Need_Evidence__c: 'note' }, NOW)).toBe(
            undefined,
        );
    });

    it('marks a round start once, even when the verdict stays', () => {
        const before = { BB_Qualification_Status__c: 'New', BB_Qualification_Score__c: 0 };
        const first = trendAfterSave(before, { ...before, [ROUND_FIELD]: 2 }, NOW);
        expect(points(first)).toEqual([
            { at: isoSeconds(NOW), score: 0, status: 'New', round: 2, roundStart: true },
        ]);
        const carried = trendAfterSave(
            { ...before, [TREND_FIELD]: first },
            { ...before, [TREND_FIELD]: first, [ROUND_FIELD]: 2, BB_Qualification_Score__c: 20 },
            NOW,
        );
        expect(points(carried).map((point) => point.roundStart)).toEqual([true, false]);
    });

    it('replaces a broken trend and keeps at most 200 points', () => {
        expect(
            points(
                trendAfterSave(
                    { BB_Qualification_Status__c: 'New' },
                    { BB_Qualification_Status__c: 'Working', [TREND_FIELD]: '{"v":1,"points":[' },
                    NOW,
                ),
            ),
        ).toHaveLength(1);
        const many = JSON.stringify({
            v: 1,
            points: Array.from({ length: 200 }, () => ({ at: '2026-11-01T00:00:00Z', score: 1 })),
        });
        const capped = points(
            trendAfterSave(
                { BB_Qualification_Score__c: 1 },
                { BB_Qualification_Score__c: 2, [TREND_FIELD]: many },
                NOW,
            ),
        );
        expect(capped).toHaveLength(200);
        expect(capped[199]?.score).toBe(2);
    });
});
