import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyCleanProject, lines, removeCopies, verify } from './support/fixtureProject';

afterAll(removeCopies);

/** The acceptance scenarios of issue 6: each breaks one thing in a copy of the clean fixture. */
function edit(root: string, file: string, change: (text: string) => string): void {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the scenario did not change ${file}`);
    writeFileSync(path, after);
}

function errorsNaming(root: string, file: string): string[] {
    return lines(
        verify(root).filter((finding) => finding.severity === 'error' && finding.file === file),
    );
}

const LEAD_FIELDS = 'force-app/model/objects/Lead/fields';

describe('npm run verify fails, naming the file, when', () => {
    it('a field that a Custom Metadata record binds is deleted', () => {
        const root = copyCleanProject();
        rmSync(join(root, LEAD_FIELDS, 'BB_Budget_Evidence__c.field-meta.xml'));
        const record =
            'force-app/model/customMetadata/BB_Qualification_Dimension.BANT_Budget.md-meta.xml';
        expect(errorsNaming(root, record)).toEqual([
            `${record}:19 BB_Qualification_Dimension__mdt.BANT_Budget: Evidence_Field__c names BB_Budget_Evidence__c, which does not exist on Lead (framework BANT applies to it)`,
        ]);
    });

    it('the -meta.xml of an Apex class is removed', () => {
        const root = copyCleanProject();
        const apexClass = 'force-app/board/classes/QualificationBoardController.cls';
        rmSync(join(root, `${apexClass}-meta.xml`));
        expect(errorsNaming(root, apexClass)).toContain(
            `${apexClass}: has no QualificationBoardController.cls-meta.xml beside it: SDR would silently leave it out of the deploy`,
        );
    });

    it('an XML tag is broken', () => {
        const root = copyCleanProject();
        const file = `${LEAD_FIELDS}/BB_Qualification_Score__c.field-meta.xml`;
        edit(root, file, (text) => text.replace('</precision>', '</precision'));
        expect(errorsNaming(root, file)).toEqual([
            expect.stringMatching(new RegExp(`^${file}:5 XML is not well formed: `)),
        ]);
    });

    it('an element of a field definition is misspelt', () => {
        const root = copyCleanProject();
        const file = `${LEAD_FIELDS}/BB_Qualification_Framework__c.field-meta.xml`;
        edit(root, file, (text) => text.replace(/<length>(\d+)<\/length>/, '<lenght>$1</lenght>'));
        expect(errorsNaming(root, file)).toContain(
            `${file}:5 unknown element <lenght> in CustomField (at CustomField/lenght)`,
        );
    });

    it('a field has a <type> that does not exist', () => {
        const root = copyCleanProject();
        const file = `${LEAD_FIELDS}/BB_Qualification_Score__c.field-meta.xml`;
        edit(root, file, (text) => text.replace('<type>Number</type>', '<type>Numbr</type>'));
        expect(errorsNaming(root, file)).toContainEqual(
            expect.stringMatching(
                new RegExp(
                    `^${file}:7 <CustomField/type> has "Numbr", which is not a FieldType value`,
                ),
            ),
        );
    });

    it('a German translation is removed', () => {
        const root = copyCleanProject();
        edit(root, 'force-app/i18n/translations/de.translation-meta.xml', (text) =>
            text.replace(
                / {4}<customLabels>\s*<label>[^<]*<\/label>\s*<name>BB_Question_Budget_1<\/name>\s*<\/customLabels>\n/,
                '',
            ),
        );
        const labels = 'force-app/i18n/labels/CustomLabels.labels-meta.xml';
        expect(errorsNaming(root, labels)).toEqual([
            `${labels}:10 custom label BB_Question_Budget_1 has no German translation in force-app/i18n/translations/de.translation-meta.xml`,
        ]);
    });
});
