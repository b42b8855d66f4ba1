import { parseArgs } from 'node:util';
import { positiveInteger, runCli } from './lib/cli';
import { RestCalls } from './lib/restCalls';
import { openConnection, resolveSession } from './lib/session';
import { runSeed } from './seed/seedAll';
import { orgFrameworkNames } from './lib/orgFrameworks';

/** The frameworks Beyond BANT Frameworks ships (frameworks-app). */
const EXTENSION_FRAMEWORKS = ['MEDDPICC', 'CHAMP', 'ANUM', 'FAINT'];

function nonNegative(value: string | undefined, flag: string, fallback: number): number {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value))
        throw new Error(`${flag} must be a whole number of 0 or more (was ${value})`);
    return Number(value);
}

const USAGE = `Usage: npm run seed -- [--target-org <alias>] [--leads <n>] [--opportunities <n>]
                        [--framework-leads <n>] [--framework-opportunities <n>]

Loads sample Leads and Opportunities with qualification answers. Re-running updates the records a
previous run created (keyed by Lead.Email bb-seed+<key>@example.com and an Opportunity name suffix
[bb-seed:<key>]) instead of duplicating them. Without --target-org, SF_INSTANCE_URL and
SF_ACCESS_TOKEN are used. When the org has Beyond BANT Frameworks installed, it also loads samples on
MEDDPICC, CHAMP, ANUM and FAINT (default 7 Leads and 6 Opportunities, keys fw-lead-… and fw-opp-…).
`;

export async function main(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: {
            'target-org': { type: 'string', short: 'o' },
            leads: { type: 'string' },
            opportunities: { type: 'string' },
            'framework-leads': { type: 'string' },
            'framework-opportunities': { type: 'string' },
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
    const rest = new RestCalls(openConnection(session));
    // The extension's samples need its fields: only when its frameworks are in the org.
    const inOrg = await orgFrameworkNames(async (soql) => ({ records: await rest.queryAll(soql) }));
    const hasExtension = EXTENSION_FRAMEWORKS.every((name) => inOrg.has(name));
    if (!hasExtension)
        process.stdout.write(
            'Beyond BANT Frameworks is not installed in the org: no MEDDPICC, CHAMP, ANUM or FAINT samples.\n',
        );
    const summaries = await runSeed(rest, {
        leads,
        opportunities,
        frameworkLeads: hasExtension
            ? nonNegative(values['framework-leads'], '--framework-leads', 7)
            : 0,
        frameworkOpportunities: hasExtension
            ? nonNegative(values['framework-opportunities'], '--framework-opportunities', 6)
            : 0,
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
