/**
 * What `npm run org:postinstall-check` reports after an install: who the shipped dashboard runs as
 * and who can open the folders of the dashboard and the reports. A dashboard that runs as a
 * specified user shows every viewer what that user sees, whatever the viewer's own sharing; the
 * package ships it that way (a dashboard run as the viewer can fail the whole install where the
 * org's quota of such dashboards is used) in a folder hidden from everyone, so an admin decides both.
 */

export const DASHBOARD = 'BB_Qualification_Overview';
export const DASHBOARD_FOLDER = 'BB_Qualification_Dashboards';
export const REPORT_FOLDER = 'BB_Qualification_Reports';

export interface DashboardRow {
    readonly Id: string;
    readonly Title: string;
    /** `SpecifiedUser`, `LoggedInUser` or `MyTeamUser`. */
    readonly Type: string;
    readonly RunningUserId: string | null;
}

export interface UserRow {
    readonly Name: string;
    readonly Profile?: { readonly Name: string } | null;
}

export interface FolderRow {
    readonly Id: string;
    readonly DeveloperName: string;
    /** `Hidden`, `Public`, `PublicInternal` or `Shared`. */
    readonly AccessType: string;
}

export interface FolderShare {
    readonly accessType: string;
    readonly shareType: string;
    readonly sharedWithLabel: string;
}

/** What the check reads from the org (a jsforce connection, or a fake in the tests). */
export interface OrgReader {
    query<T>(soql: string): Promise<T[]>;
    /** The folder's shares (Analytics REST API `/folders/{id}/shares`); throws when unavailable. */
    folderShares(folderId: string): Promise<FolderShare[]>;
}

export interface CheckResult {
    readonly lines: string[];
    /** Something the install should have brought is missing. */
    readonly failed: boolean;
    /** Something an admin must decide (running user, folder shares). */
    readonly actions: number;
}

export async function checkDashboardAccess(org: OrgReader): Promise<CheckResult> {
    const lines: string[] = [];
    let failed = false;
    let actions = 0;
    const dashboards = await org.query<DashboardRow>(
        `SELECT Id, Title, Type, RunningUserId FROM Dashboard WHERE DeveloperName = '${DASHBOARD}'`,
    );
    const dashboard = dashboards[0];
    if (!dashboard) {
        lines.push(`MISSING  dashboard ${DASHBOARD}: is Beyond BANT installed in this org?`);
        failed = true;
    } else if (dashboard.Type === 'SpecifiedUser') {
        const runningUser = dashboard.RunningUserId
            ? (
                  await org.query<UserRow>(
                      `SELECT Name, Profile.Name FROM User WHERE Id = '${dashboard.RunningUserId}'`,
                  )
              )[0]
            : undefined;
        const who = runningUser
            ? `${runningUser.Name}${runningUser.Profile ? ` (${runningUser.Profile.Name})` : ''}`
            : 'no user';
        lines.push(
            `DECIDE   dashboard "${dashboard.Title}" runs as ${who}: every viewer sees what that user sees, beyond the viewer's own sharing. Set a running user whose data all viewers may see (Dashboard → Properties → View Dashboard As), or "The dashboard viewer" where the org has a dynamic dashboard to spare.`,
        );
        actions++;
    } else {
        lines.push(
            `OK       dashboard "${dashboard.Title}" runs as the viewer (${dashboard.Type}): each viewer sees only the records they may see.`,
        );
    }
    const folders = await org.query<FolderRow>(
        `SELECT Id, DeveloperName, AccessType FROM Folder WHERE DeveloperName IN ('${DASHBOARD_FOLDER}', '${REPORT_FOLDER}')`,
    );
    for (const name of [DASHBOARD_FOLDER, REPORT_FOLDER]) {
        const folder = folders.find((candidate) => candidate.DeveloperName === name);
        if (!folder) {
            lines.push(`MISSING  folder ${name}`);
            failed = true;
            continue;
        }
        const line = await describeFolder(org, folder, name === DASHBOARD_FOLDER);
        if (line.startsWith('DECIDE')) actions++;
        lines.push(line);
    }
    return { lines, failed, actions };
}

async function describeFolder(
    org: OrgReader,
    folder: FolderRow,
    holdsDashboard: boolean,
): Promise<string> {
    if (folder.AccessType === 'Public' || folder.AccessType === 'PublicInternal') {
        return `${holdsDashboard ? 'DECIDE ' : 'OK     '}  folder ${folder.DeveloperName}: every internal user can open it (${folder.AccessType})${holdsDashboard ? ': fine only once the running user is one whose data everyone may see' : "; reports run with each viewer's own sharing"}.`;
    }
    let shares: FolderShare[];
    try {
        shares = await org.folderShares(folder.Id);
    } catch (error) {
        return `DECIDE   folder ${folder.DeveloperName} (${folder.AccessType}): its shares could not be read (${error instanceof Error ? error.message : String(error)}); check them in the folder's Share dialog.`;
    }
    if (shares.length === 0) {
        return `DECIDE   folder ${folder.DeveloperName} is shared with nobody yet (admins only): share it (View) with the groups or roles who should open it.`;
    }
    const list = shares
        .map((share) => `${share.sharedWithLabel} (${share.shareType}, ${share.accessType})`)
        .join(', ');
    return `OK       folder ${folder.DeveloperName} is shared with ${list}.`;
}
