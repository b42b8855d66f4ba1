import { loadCatalog } from '../../../lib/catalog';
import { evaluateOnSave } from '../records/evaluateOnSave';

const catalog = loadCatalog();
const FIRST = new Date('2026-04-01T08:00:00.000Z');
const LATER = new Date('2026-04-03T08:00:00.000Z');
const EVEN_LATER = new Date('2026-04-05T08:00:00.000Z');

const allMet = {
    BB_Qualification_Framework__c: 'BANT',
    BB_Budget_Rating__c: 'Met',
    BB_Authority_Rating__c: 'Met',
    BB_Need_Rating__c: 'Met',
    BB_Timeline_Rating__c: 'Met',
};

describe('the preview save writes the result fields v2 as the trigger does', () => {
    it('stamps entering Qualified, keeps it while Qualified and clears it when leaving', () => {
        const nurture = evaluateOnSave(
            'Lead',
            { ...allMet, BB_Need_Rating__c: 'Partly_Met' },
            catalog,
            'en',
            FIRST,
        );
        expect(nurture).toMatchObject({
            BB_Qualification_Status__c: 'Nurture',
            BB_Weakest_Dimension__c: 'Need',
            BB_Status_Changed_On__c: FIRST.toISOString(),
            BB_Qualified_On__c: null,
        });

        const qualified = evaluateOnSave(
            'Lead',
            { ...nurture, ...allMet },
            catalog,
            'en',
            LATER,
            nurture,
        );
        expect(qualified).toMatchObject({
            BB_Qualification_Status__c: 'Qualified',
            BB_Weakest_Dimension__c: null,
            BB_Status_Changed_On__c: LATER.toISOString(),
            BB_Qualified_On__c: LATER.toISOString(),
        });

        const stillQualified = evaluateOnSave(
            'Lead',
            { ...qualified, BB_Authority_Rating__c: 'Partly_Met' },
            catalog,
            'en',
            EVEN_LATER,
            qualified,
        );
        expect(stillQualified).toMatchObject({
            BB_Qualification_Status__c: 'Qualified',
            BB_Weakest_Dimension__c: 'Authority',
            BB_Status_Changed_On__c: LATER.toISOString(),
            BB_Qualified_On__c: LATER.toISOString(),
        });

        const disqualified = evaluateOnSave(
            'Lead',
            { ...stillQualified, BB_Budget_Rating__c: 'Blocker' },
            catalog,
            'en',
            EVEN_LATER,
            stillQualified,
        );
        expect(disqualified).toMatchObject({
            BB_Qualification_Status__c: 'Disqualified',
            BB_Status_Changed_On__c: EVEN_LATER.toISOString(),
            BB_Qualified_On__c: null,
        });
    });
});
