import { loadCatalog } from '../catalog';
import { isMisconfigured, scorerFromCatalog } from '../recordScorer';
import { evaluateOnSave } from '../../preview/server/records/evaluateOnSave';

const catalog = loadCatalog();
const bant = catalog.framework('BANT');
/** BANT as a subscriber admin might break it: Budget's weight set to 0. */
const brokenBant = {
    ...bant,
    dimensions: bant.dimensions.map((dimension) =>
        dimension.key === 'Budget' ? { ...dimension, weight: 0 } : dimension,
    ),
};

/** The shipped catalog with that BANT in place of the shipped one. */
const brokenCatalog = Object.create(catalog, {
    frameworks: { value: [brokenBant, ...catalog.frameworks.filter((f) => f !== bant)] },
}) as typeof catalog;

describe('a framework that is set up incorrectly (the trigger saves unevaluated)', () => {
    it('is reported with the admin label and does not stop the other frameworks', () => {
        const scorer = scorerFromCatalog(brokenCatalog);

        const scored = scorer.score('Lead', { BB_Budget_Rating__c: 'Met' });

        expect(scored).toMatchObject({ ok: false, label: 'BB_Automation_Invalid_Configuration' });
        expect(isMisconfigured(scored)).toBe(true);
        expect(!scored.ok && scored.error).toMatch(
            /^The qualification framework BANT is set up incorrectly\. Ask your Salesforce admin to fix it: .*Weight__c/s,
        );
        expect(scorer.score('Lead', { BB_Qualification_Framework__c: 'GPCTBA_CI' })).toMatchObject({
            ok: true,
            framework: 'GPCTBA_CI',
        });
        expect(
            isMisconfigured(scorer.score('Lead', { BB_Qualification_Framework__c: 'SPIN' })),
        ).toBe(false);
    });

    it('saves the record on the preview unevaluated: the result stays, the explanation says why', () => {
        const saved = evaluateOnSave(
            'Lead',
            {
                BB_Need_Rating__c: 'Blocker',
                BB_Qualification_Status__c: 'Qualified',
                BB_Qualified_On__c: '2026-01-05T09:00:00.000Z',
                BB_Last_Evaluated__c: '2026-01-05T09:00:00.000Z',
            },
            brokenCatalog,
            'de',
            new Date('2026-04-01T08:00:00.000Z'),
        );

        expect(saved).toMatchObject({
            BB_Need_Rating__c: 'Blocker',
            BB_Qualification_Status__c: 'Qualified',
            BB_Qualified_On__c: '2026-01-05T09:00:00.000Z',
            BB_Last_Evaluated__c: null,
        });
        const notEvaluated = catalog.label('BB_Automation_Not_Evaluated', 'de');
        expect(notEvaluated).not.toBe(catalog.label('BB_Automation_Not_Evaluated', 'en'));
        expect(saved.BB_Qualification_Explanation__c).toContain(notEvaluated.replace('{0}', ''));
        expect(saved.BB_Qualification_Explanation__c).toContain(
            'BANT_Budget: Weight__c must be greater than 0 (was 0)',
        );
    });
});
