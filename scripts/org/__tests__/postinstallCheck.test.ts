import {
    checkDashboardAccess,
    type DashboardRow,
    type FolderRow,
    type FolderShare,
    type OrgReader,
} from '../postinstall/dashboardAccess';

const ADMIN = '005000000000001AAA';

/** A fake org answering the check's queries from the rows given, and the shares per folder. */
function fakeOrg(
    dashboard: Partial<DashboardRow> | null,
    folders: FolderRow[],
    shares: Record<string, FolderShare[] | Error>,
): OrgReader & { queries: string[] } {
    const queries: string[] = [];
    return {
        queries,
        async query<T>(soql: string): Promise<T[]> {
            queries.push(soql);
            if (soql.includes('FROM Dashboard')) {
                return (
                    dashboard
                        ? [
                              {
                                  Id: '01Z1',
                                  Title: 'Beyond BANT Qualification',
                                  Type: 'SpecifiedUser',
                                  RunningUserId: null,
                                  ...dashboard,
                              },
                          ]
                        : []
                ) as T[];
            }
            if (soql.includes('FROM User')) {
                return [{ Name: 'Ada Admin', Profile: { Name: 'System Administrator' } }] as T[];
            }
            return folders as T[];
        },
        async folderShares(folderId: string): Promise<FolderShare[]> {
            const answer = shares[folderId] ?? [];
            if (answer instanceof Error) throw answer;
            return answer;
        },
    };
}

const HIDDEN_DASHBOARDS: FolderRow = {
    Id: '00l1',
    DeveloperName: 'BB_Qualification_Dashboards',
    AccessType: 'Hidden',
};
const PUBLIC_REPORTS: FolderRow = {
    Id: '00l2',
    DeveloperName: 'BB_Qualification_Reports',
    AccessType: 'Public',
};

describe('org:postinstall-check', () => {
    it('as installed: names the installing admin as running user and the unshared dashboard folder', async () => {
        const org = fakeOrg({ RunningUserId: ADMIN }, [HIDDEN_DASHBOARDS, PUBLIC_REPORTS], {});

        const result = await checkDashboardAccess(org);

        expect(result.failed).toBe(false);
        expect(result.actions).toBe(2);
        expect(result.lines[0]).toMatch(
            /^DECIDE {3}dashboard "Beyond BANT Qualification" runs as Ada Admin \(System Administrator\)/,
        );
        expect(result.lines[1]).toBe(
            'DECIDE   folder BB_Qualification_Dashboards is shared with nobody yet (admins only): share it (View) with the groups or roles who should open it.',
        );
        expect(result.lines[2]).toMatch(
            /^OK {7}folder BB_Qualification_Reports: every internal user can open it/,
        );
        expect(org.queries.some((soql) => soql.includes(`WHERE Id = '${ADMIN}'`))).toBe(true);
    });

    it('once decided: a dashboard run as the viewer and a folder shared with a group are fine', async () => {
        const org = fakeOrg({ Type: 'LoggedInUser' }, [HIDDEN_DASHBOARDS, PUBLIC_REPORTS], {
            '00l1': [{ accessType: 'view', shareType: 'group', sharedWithLabel: 'Sales' }],
        });

        const result = await checkDashboardAccess(org);

        expect(result.actions).toBe(0);
        expect(result.lines[0]).toContain('runs as the viewer (LoggedInUser)');
        expect(result.lines[1]).toBe(
            'OK       folder BB_Qualification_Dashboards is shared with Sales (group, view).',
        );
    });

    it('a public dashboard folder needs a decision, and unreadable shares say so', async () => {
        const publicDashboards = { ...HIDDEN_DASHBOARDS, AccessType: 'Public' };
        const shared = { ...PUBLIC_REPORTS, AccessType: 'Shared' };
        const org = fakeOrg({ RunningUserId: ADMIN }, [publicDashboards, shared], {
            '00l2': new Error('NOT_FOUND'),
        });

        const result = await checkDashboardAccess(org);

        expect(result.lines[1]).toMatch(
            /^DECIDE {3}folder BB_Qualification_Dashboards: every internal user can open it \(Public\): fine only once/,
        );
        expect(result.lines[2]).toContain('its shares could not be read (NOT_FOUND)');
    });

    it('fails when the install did not bring the dashboard or a folder', async () => {
        const result = await checkDashboardAccess(fakeOrg(null, [PUBLIC_REPORTS], {}));

        expect(result.failed).toBe(true);
        expect(result.lines).toContain(
            'MISSING  dashboard BB_Qualification_Overview: is Beyond BANT installed in this org?',
        );
        expect(result.lines).toContain('MISSING  folder BB_Qualification_Dashboards');
    });
});
