import { statusTimeDisagreements } from '../verifyOrg/statusTimeChecks';

const CREATED = '2026-03-02T10:00:00.000+0000';
const written = { LastName: 'BB Verify run' };

describe('statusTimeDisagreements', () => {
    it('accepts a new Qualified record stamped once, within a minute of its CreatedDate', () => {
        const stamp = '2026-03-02T10:00:00.400+0000';
        expect(
            statusTimeDisagreements(
                {
                    CreatedDate: CREATED,
                    BB_Qualified_On__c: stamp,
                    BB_Status_Changed_On__c: stamp,
                },
                written,
                'Qualified',
            ),
        ).toEqual([]);
    });

    it('names a missing change time, a Qualified On on a Nurture record and a stamp a minute off', () => {
        expect(
            statusTimeDisagreements(
                {
                    CreatedDate: CREATED,
                    BB_Qualified_On__c: CREATED,
                    BB_Status_Changed_On__c: null,
                },
                written,
                'Nurture',
            ),
        ).toEqual([
            {
                field: 'BB_Status_Changed_On__c',
                org: 'null',
                engine: `stamped at the save (CreatedDate ${CREATED})`,
            },
            { field: 'BB_Qualified_On__c', org: CREATED, engine: 'null' },
        ]);
        expect(
            statusTimeDisagreements(
                { CreatedDate: CREATED, BB_Status_Changed_On__c: '2026-03-02T10:01:00.001+0000' },
                written,
                'Working',
            ).map((d) => d.field),
        ).toEqual(['BB_Status_Changed_On__c']);
    });

    it('names two different stamps of one save and a record without a readable CreatedDate', () => {
        expect(
            statusTimeDisagreements(
                {
                    CreatedDate: CREATED,
                    BB_Qualified_On__c: '2026-03-02T10:00:01.000+0000',
                    BB_Status_Changed_On__c: CREATED,
                },
                written,
                'Qualified',
            ),
        ).toEqual([
            expect.objectContaining({
                field: 'BB_Qualified_On__c',
                engine: expect.stringContaining('one save stamps both'),
            }),
        ]);
        expect(statusTimeDisagreements({ CreatedDate: 'yesterday' }, written, 'New')).toEqual([
            { field: 'CreatedDate', org: 'yesterday', engine: 'a date-time' },
        ]);
    });
});
