import { parseArgs } from 'node:util';
import { positiveInteger, runCli } from './lib/cli';
import { RestCalls } from './lib/restCalls';
import { openConnection, resolveSession } from './lib/session';
import { runSeed } from './seed/seedAll';

const USAGE = `Usage: npm run seed -- [--target-org <alias>] [--leads <n>] [--opportunities <n>]

Loads sample Leads and Opportunities with qualification answers. Re-running updates the records a
previous run created (keyed by Lead.Email bb-seed+<key>@example.com and an Opportunity name suffix
[bb-seed:<key>]) instead of duplicating them. Without --target-org, SF_INSTANCE_URL and
SF_ACCESS_TOKEN are used.
`;

export async function main(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: {
            'target-org': { type: 'string', short: 'o' },
            leads: { type: 'string' },
            opportunities: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    });
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    const leads = positiveInteger(values.leads, '--leads', 24);
    const opportunities = positiveInteger(values.opportunities, '--opportunities', 12);
    const session = await resolveSession({ targetOrg: values['target-org'] });
    const summaries = await runSeed(new RestCalls(openConnection(session)), {
        leads,
        opportunities,
    });
    for (const summary of summaries) {
        process.stdout.write(
            `${summary.objectApiName}: ${summary.created} created, ${summary.updated} updated, ${summary.failures.length} failed\n`,
        );
        for (const failure of summary.failures) process.stdout.write(`  ${failure}\n`);
    }
    return summaries.some((summary) => summary.failures.length > 0) ? 2 : 0;
}

if (require.main === module) runCli(main);
