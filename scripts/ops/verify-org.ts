import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
    dayInTimeZone,
    dayNumber,
} from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { loadCatalog, REPO_ROOT } from '../lib/catalog';
import { interruptSignal, parseObjects, runCli } from './lib/cli';
import { RestCalls } from './lib/restCalls';
import { openConnection, resolveSession } from './lib/session';
import { runVerifyOrg, type VerifyReport } from './verifyOrg/runVerifyOrg';
import { readVectors } from './verifyOrg/vectors';
import { catalogForOrg, orgFrameworkNames } from './lib/orgFrameworks';

/** The core's vectors and those of Beyond BANT Frameworks (frameworks-app). */
const DEFAULT_VECTORS = [
    join(REPO_ROOT, 'force-app/scoring/staticresources/BB_QualificationVectors.json'),
    join(REPO_ROOT, 'frameworks-app/scoring/staticresources/BB_FrameworksVectors.json'),
];

const USAGE = `Usage: npm run verify-org -- [--target-org <alias>] [--objects Lead,Opportunity] [--vectors <file>]... [--day YYYY-MM-DD]

Creates a record for every conformance vector (the core's, and those of Beyond BANT Frameworks when the
org has it installed; --vectors, repeatable, names other files), reads back what the Apex trigger stored, and reports
every field where the org disagrees with the TypeScript engine, the two status times included (blank, or
stamped at the record's save, where the Node side stamps them). Deletes what it created, also on failure.
Dates move so that they lie as far from the org's day as from the vector's: --day is the running
user's day in the org (default: today in UTC; pass it when the user's time zone is on another day).
`;

export async function main(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: {
            'target-org': { type: 'string', short: 'o' },
            objects: { type: 'string' },
            vectors: { type: 'string', multiple: true },
            day: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    });
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    const objects = parseObjects(values.objects);
    const vectors = (values.vectors ?? DEFAULT_VECTORS.filter((file) => existsSync(file))).flatMap(
        (file) => readVectors(file),
    );
    const session = await resolveSession({ targetOrg: values['target-org'] });
    const rest = new RestCalls(openConnection(session));
    // Vectors of a package the org does not have (Beyond BANT Frameworks) are skipped, not failed.
    const { catalog, notInOrg } = catalogForOrg(
        loadCatalog(),
        await orgFrameworkNames(async (soql) => ({ records: await rest.queryAll(soql) })),
    );
    if (notInOrg.length > 0)
        process.stdout.write(`Not installed in the org: ${notInOrg.join(', ')}\n`);
    const interrupt = interruptSignal();
    try {
        const report = await runVerifyOrg({
            rest,
            frameworks: (name) => catalog.frameworks.find((framework) => framework.name === name),
            vectors,
            objects,
            runId: randomBytes(4).toString('hex'),
            today: parseDay(values.day),
            signal: interrupt.signal,
        });
        printReport(report);
        return report.disagreements.length ||
            report.engineMismatches.length ||
            report.cleanupFailures.length
            ? 1
            : 0;
    } finally {
        interrupt.dispose();
    }
}

function parseDay(day: string | undefined): string {
    if (day === undefined) return dayInTimeZone(new Date(), 'UTC');
    if (dayNumber(day) === undefined)
        throw new Error(`--day must be a calendar day as YYYY-MM-DD (was ${day})`);
    return day;
}

function printReport(report: VerifyReport): void {
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(
        `${report.checked} records checked, ${report.skipped.length} vectors skipped, ${report.disagreements.length} disagreements`,
    );
    for (const skip of report.skipped) out(`  skipped: ${skip.vector}: ${skip.reason}`);
    for (const d of report.disagreements)
        out(
            `  DISAGREES ${d.objectApiName} "${d.vector}": ${d.field} org=${d.org} engine=${d.engine}`,
        );
    for (const d of report.engineMismatches)
        out(`  ENGINE ≠ VECTOR "${d.vector}": ${d.field} ${d.org}, engine=${d.engine}`);
    for (const failure of report.cleanupFailures) out(`  NOT DELETED ${failure}`);
}

if (require.main === module) runCli(main);
