import { join, relative } from 'node:path';
import { runStaticRules } from '../semantic/staticRules';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(__dirname, 'fixtures', 'semantic-rules');
const FORCE_APP = join(ROOT, 'force-app');

/** `Fixture.cls:line message` of every finding of the static rules on one fixture. */
function findings(name: string): string[] {
    return runStaticRules({
        sources: [join(FIXTURES, `${name}.cls`)],
        metadata: [FORCE_APP],
    }).map((problem) => `${relative(FIXTURES, problem.file)}:${problem.line} ${problem.message}`);
}

const unselected = (file: string, line: number, reader: string, field: string, query: number) =>
    `${file}.cls:${line} Unselected field: ${reader} ${field} of Lead rows from the SOQL query at ${file}.cls:${query}, which does not select it (SObjectException in the org)`;

describe('apex:semantic rule: a field read that the query did not select', () => {
    it('fails reads through a local, a clone, a list element, a for-loop, get() by name, constant and token, map values and a relationship', () => {
        const file = 'UnselectedFieldReads';
        expect(findings(file)).toEqual([
            unselected(file, 9, 'reads', 'LastName', 8),
            unselected(file, 12, 'reads', 'Email', 10),
            unselected(file, 14, 'reads', 'Phone', 10),
            unselected(file, 15, 'reads', 'Status', 10),
            unselected(file, 16, 'reads', 'Title', 10),
            unselected(file, 19, 'reads', 'Industry', 10),
            unselected(file, 20, 'reads', 'Owner.Name', 8),
        ]);
    });

    it("fails the storedLeads() pattern: rows a method of the class returns, read in the test and handed to code that reads more (the switch branch the caller's value takes)", () => {
        const file = 'UnselectedFieldStoredRows';
        expect(findings(file)).toEqual([
            unselected(file, 12, 'reads', 'BB_Qualification_Round__c', 21),
            unselected(
                file,
                16,
                `hands it to ${file}.Reader.stamp (${file}.cls:47), which reads`,
                'BB_Status_Changed_On__c',
                21,
            ),
            unselected(
                file,
                17,
                `hands it to ${file}.Reader.run (${file}.cls:40), which reads`,
                'BB_Qualified_On__c',
                21,
            ),
        ]);
    });

    it('passes fields selected, written before they are read, related, subqueries, in-memory records, dynamic names, aggregates and other objects', () => {
        expect(findings('SelectedFieldReads')).toEqual([]);
    });
});

describe("apex:semantic rule: a test that assumes the org's language, day or data", () => {
    const guard = 'assert it inside if (…TestLanguage…) and the English fallback in the else';
    const day = (line: number, what: string) =>
        `TestAssumesOrg.cls:${line} Day: ${what} outside System.runAs in a test that runs code as another user: the two users' days differ when their time zones straddle midnight; take the day inside runAs or use a fixed date`;

    it("fails German asserted unguarded, translationExists, a label in a named language, the build user's day or time zone beside runAs and records it never created", () => {
        expect(findings('TestAssumesOrg')).toEqual([
            `TestAssumesOrg.cls:10 Org language: asserts 'Nicht erfüllt', text another language shows only where the Translation Workbench has that language active; ${guard}`,
            "TestAssumesOrg.cls:11 Org language: asserts System.Label.translationExists, the org's Translation Workbench, which a test cannot arrange; probe the language with …TestLanguage and assert each branch",
            `TestAssumesOrg.cls:12 Org language: asserts System.Label.get(…, language), which gives that language only where the Translation Workbench has it active; ${guard}`,
            day(18, 'Date.today()'),
            day(19, "decisionDay(), which takes today's date,"),
            day(20, 'Datetime.now().date()'),
            day(21, 'UserInfo.getTimeZone()'),
            'TestAssumesOrg.cls:30 Org data: queries Lead, which this test class never creates (no new Lead(...) here or in a test helper it calls); the build org has no Lead records',
        ]);
    });

    it('fails SeeAllData=true', () => {
        expect(findings('TestAssumesAllData')).toEqual([
            'TestAssumesAllData.cls:1 Org data: SeeAllData=true makes the test depend on records the build org does not have; insert what the test needs',
        ]);
    });

    it('passes German behind the language probe, its own foreign text, the day taken inside runAs or fixed, and records it inserted', () => {
        expect(findings('TestArrangesOrg')).toEqual([]);
    });
});
