import { loadCatalog } from '../catalog';
import { createScorer, scorerFromCatalog } from '../recordScorer';

const catalog = loadCatalog();

describe('the record scorer (the trigger, in Node)', () => {
    it('scores with the stored framework and stores no rating in the explanation, as the trigger does', () => {
        const scored = scorerFromCatalog(catalog, 'de').score('Lead', {
            BB_Qualification_Framework__c: 'BANT',
            BB_Budget_Rating__c: 'Met',
            BB_Need_Rating__c: 'Partly_Met',
        });
        expect(scored).toMatchObject({ ok: true, framework: 'BANT' });
        if (!scored.ok) throw new Error(scored.error);
        expect(scored.evaluation.reasons).toContainEqual({
            code: 'WEAK_DIMENSION',
            dimension: 'Need',
            value: 'Partly_Met',
        });
        expect(scored.explanation).not.toContain('Teilweise erfüllt');
        expect(scored.explanation).not.toContain('Bedarf');
        expect(scored.explanation.split('\n').at(-1)).toBe(
            catalog.label('BB_Automation_Dimension_Reasons_On_Board', 'de'),
        );
    });

    it('stores the reasons that name no dimension, then the pointer to the board, in English by default', () => {
        const scored = scorerFromCatalog(catalog).score('Lead', {
            BB_Qualification_Framework__c: 'BANT',
            BB_Budget_Rating__c: 'Met',
            BB_Authority_Rating__c: 'Met',
            BB_Need_Rating__c: 'Met',
            BB_Timeline_Rating__c: 'Partly_Met',
        });
        if (!scored.ok) throw new Error(scored.error);
        const verdict = scored.evaluation.reasons.find(
            (reason) => reason.code === 'SCORE_MEETS_THRESHOLD',
        );
        if (verdict?.code !== 'SCORE_MEETS_THRESHOLD') throw new Error('no verdict reason');
        expect(scored.explanation).toBe(
            catalog
                .label('BB_Reason_Score_Meets_Threshold', 'en')
                .replace('{score}', String(verdict.score))
                .replace('{threshold}', String(verdict.threshold)) +
                '\n' +
                catalog.label('BB_Automation_Dimension_Reasons_On_Board', 'en'),
        );
    });

    it('stores the explanation whole, without a pointer, when no reason names a dimension', () => {
        const scored = scorerFromCatalog(catalog, 'de').score('Lead', {
            BB_Qualification_Framework__c: 'BANT',
        });
        expect(scored.ok && scored.explanation).toBe(
            catalog.label('BB_Reason_Nothing_Assessed', 'de'),
        );
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
        expect(beyond.ok && beyond.evaluation.reasons).toEqual([
            { code: 'BEYOND_HORIZON', dimension: 'Timeline', days: 181, horizon: 180 },
        ]);
        // The date's distance names the dimension, so the record stores only the pointer to the board.
        expect(beyond.ok && beyond.explanation).toBe(
            catalog.label('BB_Automation_Dimension_Reasons_On_Board', 'de'),
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
            dimensionReasonsPointer: '',
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
            dimensionReasonsPointer: '',
        });
        const record = { BB_Qualification_Framework__c: 'SPIN' };
        expect(withoutLabels.score('Lead', record)).toEqual(
            scorerFromCatalog(catalog, 'en').score('Lead', record),
        );
    });
});
