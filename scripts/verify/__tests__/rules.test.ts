import type { Finding, RuleId } from '../finding';
import { copyCleanProject, lines, removeCopies, verify } from './support/fixtureProject';

afterAll(removeCopies);

/** Each rule stays quiet on the clean fixture and fires on its faulty overlay (fixtures/faulty/<rule>). */
const EXPECTED: Record<RuleId, readonly string[]> = {
    xml: [
        "force-app/i18n/labels/CustomLabels.labels-meta.xml:8 XML is not well formed: Expected closing tag 'value'",
    ],
    registry: [
        'force-app/board/classes/QualificationFrameworkPicklist.cls-meta.xml:3 apiVersion 65.0 differs from sfdx-project.json sourceApiVersion 66.0',
        'force-app/board/classes/QualificationOrphan.cls: has no QualificationOrphan.cls-meta.xml beside it',
        'force-app/model/notes.txt: is no known metadata type',
    ],
    schema: [
        'qualificationBoard.js-meta.xml:11 <targetConfigs/targetConfig/property> has unknown attribute colour',
        'qualificationBoard.js-meta.xml:18 supportedFormFactor type="Tiny" is not Small or Large',
        'BB_Qualification_Dimension.BANT_Budget.md-meta.xml:11 <CustomMetadata/values/value> has "three", which does not match its xsi:type xsd:double',
        'Lead/fields/BB_Budget_Amount__c.field-meta.xml:5 unknown element <precison> in CustomField',
        'Lead/fields/BB_Budget_Amount__c.field-meta.xml:6 <CustomField/required> has "maybe", which is not a valid boolean',
        'Lead/fields/BB_Budget_Amount__c.field-meta.xml:8 <CustomField/type> has "Curency", which is not a FieldType value',
        'Lead/fields/BB_Budget_Amount__c.field-meta.xml:9 <CustomField/label> occurs more than once',
        'Opportunity/fields/BB_Budget_Amount__c.field-meta.xml:2 root element is <CustomObject>, but a .field-meta.xml file holds a CustomField',
    ],
    references: [
        'BB_Lead_Qualified_Task.flow-meta.xml:14 $Record.BB_Score__c is not a field of the triggering object Lead',
        'BB_Lead_Qualified_Task.flow-meta.xml:33 start names Lead.BB_Qualification_State__c, which does not exist',
        'BB_Lead_Record_Page.flexipage-meta.xml:10 component c:qualificationCanvas is no LWC bundle of the package',
        'BB_Lead_Record_Page.flexipage-meta.xml:16 c:qualificationBoard has no design attribute frameworkName',
        'BB_Lead_Record_Page.flexipage-meta.xml:26 fieldItem names Lead.BB_Status__c, which does not exist',
        'qualificationBoard.ts:2 import @salesforce/apex/QualificationBoardController.getConfig: QualificationBoardController has no @AuraEnabled static method getConfig',
        'qualificationBoard.ts:3 import @salesforce/schema/Lead.BB_Budget_Score__c: field BB_Budget_Score__c does not exist on Lead',
        'qualificationBoard.ts:5 import @salesforce/label/c.BB_Dimension_Money: custom label BB_Dimension_Money does not exist',
        'Lead-de/BB_Framework__c.fieldTranslation-meta.xml:2 translates Lead.BB_Framework__c, which is not a field of the package',
        'BB_Rating_Scale-de.globalValueSetTranslation-meta.xml:3 names value Not_Explored by its API name; the platform matches <masterLabel> on the label "Not yet explored"',
        'BANT_Budget.md-meta.xml:7 BB_Qualification_Dimension__mdt.BANT_Budget: Framework__c names MEDDIC, which is no BB_Qualification_Framework__mdt record',
        'BANT_Budget.md-meta.xml:27 BB_Qualification_Dimension__mdt.BANT_Budget: Title_Label__c names BB_Dimension_Money, which is no custom label',
        'BB_Stage_Gate.Broken.md-meta.xml:7 BB_Stage_Gate__mdt.Broken: Object__c must be Lead or Opportunity (was Account)',
        'BB_Stage_Gate.Broken.md-meta.xml:11 BB_Stage_Gate__mdt.Broken: Framework__c names MEDDIC, which is no BB_Qualification_Framework__mdt record',
        'Opportunity/fields/BB_Budget_Rating__c.field-meta.xml: valueSetName BB_Rating is no Global Value Set of the package',
        'BB_Lead_Status.report-meta.xml:9 column Lead$BB_Qualification_Status__c is not a column of report type BB_Leads_Qualification__c',
        'BB_Leads_Qualification.reportType-meta.xml:13 column Lead.BB_Qualification_Stage__c does not exist',
    ],
    twins: [
        'Lead/fields/BB_Lead_Only__c.field-meta.xml: Lead.BB_Lead_Only__c has no twin Opportunity.BB_Lead_Only__c',
        'Lead/fields/BB_Qualification_Framework__c.field-meta.xml: Lead.BB_Qualification_Framework__c and Opportunity.BB_Qualification_Framework__c differ: length 40 vs 80',
    ],
    permissions: [
        'BB_Qualification_Admin.permissionset-meta.xml: BB_Qualification_Admin has no fieldPermissions for Opportunity.BB_Budget_Amount__c',
        'BB_Qualification_Admin.permissionset-meta.xml:17 Lead.BB_Budget_Amount__c is required: the platform rejects field permissions for it',
        'BB_Qualification_Rep.permissionset-meta.xml:17 Lead.BB_Budget_Amount__c is required',
        'BB_Qualification_Rep.permissionset-meta.xml:27 Lead.BB_Qualification_Score__c is a calculated result: reps may read it but not edit it',
        'BB_Qualification_Rep.permissionset-meta.xml:42 Opportunity.BB_Budget_Evidence__c is an answer reps give: it must be editable',
        'BB_Qualification_Rep.permissionset-meta.xml:68 grants the system permission ModifyAllData',
        'BB_Qualification_Rep.permissionset-meta.xml:73 grants modifyAllRecords on Lead',
        'BB_Qualification_Rep.permissionset-meta.xml:82 Lead.BB_Next_Dimension__c names a dimension, which tells its rating to reps whose field-level security hides it',
    ],
    translations: [
        'BB_Rating_Scale-de.globalValueSetTranslation-meta.xml: value Not_Explored (Not yet explored) of BB_Rating_Scale has no German translation',
        'BB_Rating_Scale-de.globalValueSetTranslation-meta.xml: value Met (Met) of BB_Rating_Scale has no German translation',
        'CustomLabels.labels-meta.xml:10 custom label BB_Question_Budget_1 has no German translation',
        'Opportunity-de/BB_Budget_Evidence__c.fieldTranslation-meta.xml:2 the German field translation of Opportunity.BB_Budget_Evidence__c has no label',
        'de.translation-meta.xml:7 translates the custom label BB_Dimension_Schedule, which does not exist',
        'de.translation-meta.xml:11 the German translation of BB_Reason_Gate_Not_Met lacks {dimension} and has {dimensoin} that the English text does not',
    ],
    limits: [
        'CustomLabels.labels-meta.xml:14 <labels/shortDescription> has 86 characters; the platform accepts at most 80',
        'Lead/fields/BB_Budget_Amount__c.field-meta.xml:4 <label> has 47 characters; the platform accepts at most 40',
    ],
    packages: [
        'sfdx-project.json: frameworks-app (Fixture Frameworks) depends on force-app, which sfdx-project.json declares after it',
        'frameworks-app/i18n/labels/CustomLabels.labels-meta.xml: the custom label BB_Dimension_Budget is also defined in force-app/i18n/labels/CustomLabels.labels-meta.xml',
    ],
    lwc: [
        'qualificationBoard.js-meta.xml:8 exposes target lightning__UtilityBar',
        'qualificationBoard.js-meta.xml:12 datasource apex://QualificationFrameworkChoices names no Apex class of the package',
        'qualificationBoard.js-meta.xml:12 design attribute frameworkName is no @api property',
        'qualificationBoard.js-meta.xml:15 record page object Account is not one of Lead, Opportunity',
    ],
};

function expectExactly(findings: readonly Finding[], expected: readonly string[]): void {
    const actual = lines(findings);
    for (const fragment of expected)
        expect(actual.some((line) => matches(line, fragment))).toBe(true);
    expect(actual).toHaveLength(expected.length);
}

/** `fragment` is `<path tail>:<line?> <message start>`; the tail must end the finding's path. */
function matches(line: string, fragment: string): boolean {
    const [location = '', ...message] = fragment.split(' ');
    const [tail = '', lineNumber = ''] = location.split(':');
    const [actualFile = '', actualLine = ''] = (line.split(' ')[0] ?? '').split(':');
    return (
        actualFile.endsWith(tail) &&
        actualLine === lineNumber &&
        line.slice(line.indexOf(' ') + 1).startsWith(message.join(' '))
    );
}

describe('the clean fixture', () => {
    it('passes every rule', () => {
        expect(lines(verify(copyCleanProject()))).toEqual([]);
    });
});

describe.each(Object.entries(EXPECTED) as Array<[RuleId, readonly string[]]>)(
    'the %s rule',
    (rule, expected) => {
        it('stays quiet on the clean fixture', () => {
            expect(lines(verify(copyCleanProject(), rule))).toEqual([]);
        });

        it(`reports each fault of fixtures/faulty/${rule} with file and line`, () => {
            const findings = verify(copyCleanProject(rule), rule);
            expect(
                findings.every((finding) => finding.rule === rule && finding.severity === 'error'),
            ).toBe(true);
            expectExactly(findings, expected);
        });
    },
);
