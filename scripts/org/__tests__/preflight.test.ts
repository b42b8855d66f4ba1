import { resolve } from 'node:path';
import {
    findExisting,
    formatReport,
    listQueries,
    ownComponents,
    type ListQuery,
    type ListedComponent,
} from '../preflight/collisions';
import { packageComponents, type PackageComponent } from '../preflight/packageComponents';

jest.setTimeout(120000);

const REPO_ROOT = resolve(__dirname, '../../..');

const COMPONENTS: PackageComponent[] = [
    { type: 'ApexTrigger', fullName: 'LeadQualificationTrigger', packageDirectory: 'force-app' },
    { type: 'ApexClass', fullName: 'QualificationEngine', packageDirectory: 'force-app' },
    { type: 'ApexClass', fullName: 'QualificationHorizonJob', packageDirectory: 'force-app' },
    { type: 'CustomField', fullName: 'Lead.BB_Budget_Rating__c', packageDirectory: 'force-app' },
    {
        type: 'LightningComponentBundle',
        fullName: 'qualificationBoard',
        packageDirectory: 'force-app',
    },
    {
        type: 'Report',
        fullName: 'BB_Qualification_Reports/BB_Lead_Status_By_Owner',
        packageDirectory: 'force-app',
    },
    { type: 'PermissionSet', fullName: 'BB_Frameworks_Admin', packageDirectory: 'frameworks-app' },
];

/** A fake org: what it lists per query, and every call it received. */
function fakeOrg(listed: ListedComponent[]) {
    const calls: ListQuery[][] = [];
    const list = async (queries: ListQuery[]): Promise<ListedComponent[]> => {
        calls.push(queries);
        return listed.filter((item) => queries.some((query) => query.type === item.type));
    };
    return { list, calls };
}

describe('org:preflight', () => {
    it('lists each type once and foldered types per folder', () => {
        expect(listQueries(COMPONENTS)).toEqual([
            { type: 'ApexTrigger' },
            { type: 'ApexClass' },
            { type: 'CustomField' },
            { type: 'LightningComponentBundle' },
            { type: 'Report', folder: 'BB_Qualification_Reports' },
            { type: 'PermissionSet' },
        ]);
    });

    it("finds the org's own trigger and a packaged class, by name without regard to case, three queries a call", async () => {
        const org = fakeOrg([
            {
                type: 'ApexTrigger',
                fullName: 'LeadQualificationTrigger',
                manageableState: 'unmanaged',
            },
            {
                type: 'ApexClass',
                fullName: 'qualificationengine',
                manageableState: 'installedEditable',
                namespacePrefix: '',
            },
            { type: 'ApexClass', fullName: 'SomethingElse', manageableState: 'unmanaged' },
            { type: 'CustomField', fullName: 'Lead.Industry__c', manageableState: 'unmanaged' },
        ]);

        const existing = await findExisting(COMPONENTS, org.list);

        expect(org.calls.map((call) => call.length)).toEqual([3, 3]);
        expect(
            existing.map((component) => [component.fullName, component.manageableState]),
        ).toEqual([
            ['LeadQualificationTrigger', 'unmanaged'],
            ['QualificationEngine', 'installedEditable'],
        ]);
        expect(ownComponents(existing).map((component) => component.fullName)).toEqual([
            'LeadQualificationTrigger',
        ]);
        const report = formatReport('customer-sandbox', COMPONENTS.length, existing);
        expect(report).toContain('2 of the 7 components');
        expect(report).toContain("The org's own (1): installing would overwrite them");
        expect(report).toContain('  ApexTrigger LeadQualificationTrigger [force-app]');
        expect(report).toContain('  ApexClass QualificationEngine [force-app] (installedEditable)');
    });

    it('says so when the org has none of them', async () => {
        const existing = await findExisting(COMPONENTS, fakeOrg([]).list);

        expect(existing).toEqual([]);
        expect(formatReport('fresh', 7, existing)).toContain('none of the 7 components');
    });

    it('reads every named component of both packages from the source, without translations or standard objects', () => {
        const components = [
            ...packageComponents(REPO_ROOT, 'force-app'),
            ...packageComponents(REPO_ROOT, 'frameworks-app'),
        ];
        const names = new Set(
            components.map((component) => `${component.type} ${component.fullName}`),
        );

        for (const expected of [
            'ApexTrigger LeadQualificationTrigger',
            'ApexClass QualificationHorizonSchedule',
            'LightningComponentBundle qualificationBoard',
            'CustomField Lead.BB_Budget_Rating__c',
            'CustomLabel BB_Automation_Carry_Over_Failed',
            'Dashboard BB_Qualification_Dashboards/BB_Qualification_Overview',
        ]) {
            expect(names).toContain(expected);
        }
        expect(
            components.some((component) => component.packageDirectory === 'frameworks-app'),
        ).toBe(true);
        expect(names).not.toContain('CustomObject Lead');
        expect(components.some((component) => component.type.endsWith('Translation'))).toBe(false);
        expect(components.some((component) => component.type === 'CustomLabels')).toBe(false);
    });
});
