import { resolve } from 'node:path';
import { runCli } from '../ops/lib/cli';
import { targetOrgArgs } from './targetOrgArgs';
import { openConnection, resolveSession } from '../ops/lib/session';
import { packageDirectories } from '../lib/packageDirectories';
import {
    findExisting,
    formatReport,
    ownComponents,
    type MetadataLister,
} from './preflight/collisions';
import { packageComponents } from './preflight/packageComponents';

const USAGE = `Usage: npm run org:preflight -- --target-org <alias>

Before installing Beyond BANT (and Beyond BANT Frameworks) into an org: lists every component of
both packages that the org already has, by the Metadata API's listMetadata. Classes, triggers and
Lightning components carry no prefix, so a customer's own LeadQualificationTrigger, for example,
would be overwritten by the install. Exit code 1 when the org has components of its own under our
names, 0 otherwise (components from an installed package are listed: expected on an upgrade).

  --target-org <alias>   the org the Salesforce CLI is logged in to (or SF_INSTANCE_URL + SF_ACCESS_TOKEN)
`;

const REPO_ROOT = resolve(__dirname, '../..');

async function main(argv: string[]): Promise<number> {
    const args = targetOrgArgs(argv, USAGE);
    if (args === null) return 0;
    const components = packageDirectories(REPO_ROOT).flatMap((directory) =>
        packageComponents(REPO_ROOT, directory.path),
    );
    const session = await resolveSession({ targetOrg: args.targetOrg });
    const connection = openConnection(session);
    const list: MetadataLister = async (queries) =>
        connection.metadata.list(queries, session.apiVersion);
    const existing = await findExisting(components, list);
    process.stdout.write(
        formatReport(args.targetOrg ?? session.instanceUrl, components.length, existing),
    );
    return ownComponents(existing).length > 0 ? 1 : 0;
}

runCli(main);
