import { runCli } from '../ops/lib/cli';
import { targetOrgArgs } from './targetOrgArgs';
import { openConnection, resolveSession } from '../ops/lib/session';
import {
    checkDashboardAccess,
    type FolderShare,
    type OrgReader,
} from './postinstall/dashboardAccess';

const USAGE = `Usage: npm run org:postinstall-check -- --target-org <alias>

After installing Beyond BANT: reports who the dashboard "Beyond BANT Qualification" runs as and who
can open the folders of the dashboard and of the reports (docs/partners.md, install checklist).
Lines marked DECIDE need an admin's choice; exit code 1 when the dashboard or a folder is missing.

  --target-org <alias>   the org the Salesforce CLI is logged in to (or SF_INSTANCE_URL + SF_ACCESS_TOKEN)
`;

async function main(argv: string[]): Promise<number> {
    const args = targetOrgArgs(argv, USAGE);
    if (args === null) return 0;
    const session = await resolveSession({ targetOrg: args.targetOrg });
    const connection = openConnection(session);
    const org: OrgReader = {
        query: async <T>(soql: string) =>
            (await connection.query<T & Record<string, unknown>>(soql)).records as T[],
        folderShares: async (folderId: string) =>
            (
                await connection.request<{ shares?: FolderShare[] }>(
                    `/services/data/v${session.apiVersion}/folders/${folderId}/shares`,
                )
            ).shares ?? [],
    };
    const result = await checkDashboardAccess(org);
    process.stdout.write(`${result.lines.join('\n')}\n`);
    if (result.actions > 0) {
        process.stdout.write(
            `\n${result.actions} item(s) to decide: docs/partners.md, "Install checklist", step 4.\n`,
        );
    }
    return result.failed ? 1 : 0;
}

runCli(main);
