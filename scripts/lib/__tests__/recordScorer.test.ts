import { loadCatalog } from '../catalog';
import { createScorer, scorerFromCatalog } from '../recordScorer';

const catalog = loadCatalog();

describe('the record scorer (the trigger, in Node)', () => {
    it('scores with the stored framework and explains weak ratings by their label', () => {
        const scored = scorerFromCatalog(catalog, 'de').score('Lead', {
            BB_Qualification_Framework__c: 'BANT',
            BB_Budget_Rating__c: 'Met',
            BB_Need_Rating__c: 'Partly_Met',
        });
        expect(scored).toMatchObject({ ok: true, framework: 'BANT' });
        expect(scored.ok && scored.explanation).toContain('Teilweise erfüllt');
    });

    it('measures the decision date against the Timeline horizon on the day it is given', () => {
        const scorer = scorerFromCatalog(catalog, 'de');
        const lead = {
            BB_Qualification_Framework__c: 'BANT',
            BB_Budget_Rating__c: 'Met',
            BB_Authority_Rating__c: 'Met',
            BB_Need_Rating__c: 'Met',
            BB_Timeline_Rating__c: 'Met',
            BB_Decision_Date__c: '2026-08-28', // 180 days after 2026-03-01
        };
        expect(scorer.valueFields('Lead')).toContain('BB_Decision_Date__c');
        expect(scorer.valueFields('Lead')).not.toContain('BB_Timeline_Rating__c');
        const atHorizon = scorer.score('Lead', lead, '2026-03-01');
        expect(atHorizon.ok && atHorizon.evaluation.status).toBe('Qualified');
        const beyond = scorer.score('Lead', lead, '2026-02-28');
        expect(beyond.ok && beyond.evaluation.status).toBe('Nurture');
        expect(beyond.ok && beyond.explanation).toBe(
            catalog
                .label('BB_Reason_Beyond_Horizon', 'de')
                .replace('{dimension}', 'Zeitrahmen')
                .replace('{days}', '181')
                .replace('{horizon}', '180'),
        );
    });

    it('falls back to the default framework, and stores it only once something is assessed', () => {
        const scorer = scorerFromCatalog(catalog);
        expect(scorer.score('Opportunity', {})).toMatchObject({
            ok: true,
            framework: 'Beyond_BANT_Canvas',
            storesFramework: false,
        });
        expect(scorer.score('Opportunity', { BB_Goals_Rating__c: 'Met' })).toMatchObject({
            framework: 'Beyond_BANT_Canvas',
            storesFramework: true,
        });
        expect(scorer.score('Lead', { BB_Qualification_Framework__c: 'GPCTBA_CI' })).toMatchObject({
            framework: 'GPCTBA_CI',
            storesFramework: true,
        });
    });

    it('reports an unknown framework with the Apex trigger label, in the saver language', () => {
        const scored = scorerFromCatalog(catalog, 'de').score('Lead', {
            BB_Qualification_Framework__c: 'SPIN',
        });
        expect(scored).toMatchObject({ ok: false, label: 'BB_Automation_Unknown_Framework' });
        expect(!scored.ok && scored.error).toBe(
            catalog
                .label('BB_Automation_Unknown_Framework', 'de')
                .replace('{0}', 'SPIN')
                .replace('{1}', catalog.frameworks.map((f) => f.name).join(', ')),
        );
    });

    it('reports a framework that does not apply and an object without default', () => {
        const leadOnly = { ...catalog.framework('BANT'), applicableObjects: ['Lead'] };
        const scorer = createScorer({
            frameworks: [leadOnly],
            reasonTemplates: {},
            dimensionTitles: {},
        });
        expect(scorer.score('Opportunity', { BB_Qualification_Framework__c: 'BANT' })).toEqual({
            ok: false,
            label: 'BB_Automation_Framework_Not_Applicable',
            error: 'The qualification framework BANT cannot be used on Opportunity records.',
        });
        expect(scorer.score('Opportunity', {})).toEqual({
            ok: false,
            label: 'BB_Automation_No_Framework',
            error: 'No qualification framework is set and Opportunity has no default framework. Give a framework name.',
        });
    });

    it('falls back to the English the package ships when no label texts are given', () => {
        const withoutLabels = createScorer({
            frameworks: catalog.frameworks,
            reasonTemplates: {},
            dimensionTitles: {},
        });
        const record = { BB_Qualification_Framework__c: 'SPIN' };
        expect(withoutLabels.score('Lead', record)).toEqual(
            scorerFromCatalog(catalog, 'en').score('Lead', record),
        );
    });
});
