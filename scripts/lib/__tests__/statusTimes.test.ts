import { statusTimes } from '../statusTimes';

const EARLIER = '2026-03-02T09:00:00.000Z';
const NOW = '2026-04-01T12:00:00.000Z';

function stored(status: string | null, changedOn: string | null, qualifiedOn: string | null) {
    return {
        BB_Qualification_Status__c: status,
        BB_Status_Changed_On__c: changedOn,
        BB_Qualified_On__c: qualifiedOn,
    };
}

describe('the status times (QualificationStatusTimestamps in Node)', () => {
    it('stamps the first status of a new record', () => {
        expect(statusTimes({ written: {}, evaluatedStatus: 'Nurture', now: NOW })).toEqual({
            statusChangedOn: NOW,
            qualifiedOn: null,
        });
    });

    it('stamps both times when a record enters Qualified', () => {
        const record = stored('Nurture', EARLIER, null);
        expect(
            statusTimes({
                stored: record,
                written: record,
                evaluatedStatus: 'Qualified',
                now: NOW,
            }),
        ).toEqual({ statusChangedOn: NOW, qualifiedOn: NOW });
    });

    it('keeps both times while the record stays Qualified', () => {
        const record = stored('Qualified', EARLIER, EARLIER);
        expect(
            statusTimes({
                stored: record,
                written: record,
                evaluatedStatus: 'Qualified',
                now: NOW,
            }),
        ).toEqual({ statusChangedOn: EARLIER, qualifiedOn: EARLIER });
    });

    it('clears the qualified time when the record leaves Qualified', () => {
        const record = stored('Qualified', EARLIER, EARLIER);
        expect(
            statusTimes({ stored: record, written: record, evaluatedStatus: 'Nurture', now: NOW }),
        ).toEqual({ statusChangedOn: NOW, qualifiedOn: null });
    });

    it('gives a Qualified record from before the fields a qualified time, and invents no change', () => {
        const record = stored('Qualified', null, null);
        expect(
            statusTimes({
                stored: record,
                written: record,
                evaluatedStatus: 'Qualified',
                now: NOW,
            }),
        ).toEqual({ statusChangedOn: null, qualifiedOn: NOW });
    });

    it('keeps the times a write brings with its status when the evaluation agrees', () => {
        const before = stored('New', NOW, null);
        const written = stored('Qualified', EARLIER, EARLIER);
        expect(
            statusTimes({ stored: before, written, evaluatedStatus: 'Qualified', now: NOW }),
        ).toEqual({ statusChangedOn: EARLIER, qualifiedOn: EARLIER });
        expect(
            statusTimes({ stored: before, written, evaluatedStatus: 'Nurture', now: NOW }),
        ).toEqual({ statusChangedOn: NOW, qualifiedOn: null });
    });

    it('does not mistake a stored time for one the write brought', () => {
        const before = stored('Nurture', EARLIER, null);
        const written = { ...before, BB_Qualification_Status__c: 'Qualified' };
        expect(
            statusTimes({ stored: before, written, evaluatedStatus: 'Qualified', now: NOW }),
        ).toEqual({ statusChangedOn: NOW, qualifiedOn: NOW });
    });
});
