/**
 * Two package directories in one project: the core fixture and an extension package that depends on
 * it (fixtures/extension, the shape of frameworks-app). References resolve only within a package and
 * its dependencies, and each package translates and grants its own fields.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyCleanProject, FIXTURES, lines, removeCopies, verify } from './support/fixtureProject';

afterAll(removeCopies);

function twoPackageProject(fault?: string): string {
    const root = copyCleanProject();
    cpSync(join(FIXTURES, 'extension'), root, { recursive: true });
    if (fault) cpSync(join(FIXTURES, 'faulty', fault), root, { recursive: true });
    return root;
}

describe('a project with an extension package', () => {
    it('passes every rule when each package defines, translates and grants its own', () => {
        expect(lines(verify(twoPackageProject()))).toEqual([]);
    });

    it('fails when an extension dimension names a field neither package defines, and when the core names the extension', () => {
        expect(lines(verify(twoPackageProject('extension-references'), 'references'))).toEqual([
            'force-app/model/customMetadata/BB_Qualification_Dimension.BANT_Champion.md-meta.xml:11 BB_Qualification_Dimension__mdt.BANT_Champion: Rating_Field__c names BB_Champion_Rating__c, which does not exist on Lead (framework BANT applies to it)',
            'force-app/model/customMetadata/BB_Qualification_Dimension.BANT_Champion.md-meta.xml:11 BB_Qualification_Dimension__mdt.BANT_Champion: Rating_Field__c names BB_Champion_Rating__c, which does not exist on Opportunity (framework BANT applies to it)',
            'force-app/model/customMetadata/BB_Qualification_Dimension.BANT_Champion.md-meta.xml:19 BB_Qualification_Dimension__mdt.BANT_Champion: Title_Label__c names BB_Dimension_Champion, which is no custom label',
            'frameworks-app/model/customMetadata/BB_Qualification_Dimension.MEDDPICC_Metrics.md-meta.xml:11 BB_Qualification_Dimension__mdt.MEDDPICC_Metrics: Rating_Field__c names BB_Metrics_Rating__c, which does not exist on Lead (framework MEDDPICC applies to it)',
            'frameworks-app/model/customMetadata/BB_Qualification_Dimension.MEDDPICC_Metrics.md-meta.xml:11 BB_Qualification_Dimension__mdt.MEDDPICC_Metrics: Rating_Field__c names BB_Metrics_Rating__c, which does not exist on Opportunity (framework MEDDPICC applies to it)',
        ]);
    });

    it('wants the German text of an extension label in the extension, not in the core', () => {
        const root = twoPackageProject();
        const german = join(root, 'frameworks-app/i18n/translations/de.translation-meta.xml');
        const entry = /\s*<customLabels>\s*<label>Fürsprecher<\/label>[\s\S]*?<\/customLabels>/;
        const removed = entry.exec(readFileSync(german, 'utf8'))?.[0] ?? '';
        writeFileSync(german, readFileSync(german, 'utf8').replace(removed, ''));
        const core = join(root, 'force-app/i18n/translations/de.translation-meta.xml');
        writeFileSync(
            core,
            readFileSync(core, 'utf8').replace('</Translations>', `${removed}\n</Translations>`),
        );
        expect(lines(verify(root, 'translations'))).toEqual([
            'force-app/i18n/translations/de.translation-meta.xml:12 translates the custom label BB_Dimension_Champion, which does not exist',
            'frameworks-app/i18n/labels/CustomLabels.labels-meta.xml:3 custom label BB_Dimension_Champion has no German translation in frameworks-app/i18n/translations/de.translation-meta.xml',
        ]);
    });

    it('wants the extension fields granted by its own permission sets', () => {
        const root = twoPackageProject();
        rmSync(join(root, 'frameworks-app/access'), { recursive: true });
        expect(lines(verify(root, 'permissions'))).toEqual([
            'frameworks-app: frameworks-app has no admin permission set: BB_Qualification_Admin, or exactly one named *_Admin, must grant its fields',
            'frameworks-app: frameworks-app has no rep permission set: BB_Qualification_Rep, or exactly one named *_Rep, must grant its fields',
        ]);
    });

    it('wants the twin of an extension field in the extension', () => {
        const root = twoPackageProject();
        rmSync(
            join(
                root,
                'frameworks-app/model/objects/Opportunity/fields/BB_Champion_Evidence__c.field-meta.xml',
            ),
        );
        expect(lines(verify(root, 'twins'))).toEqual([
            'frameworks-app/model/objects/Lead/fields/BB_Champion_Evidence__c.field-meta.xml: Lead.BB_Champion_Evidence__c has no twin Opportunity.BB_Champion_Evidence__c: Lead conversion cannot carry it over',
        ]);
    });
});
