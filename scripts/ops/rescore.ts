import { parseArgs } from 'node:util';
import { loadCatalog, LANGUAGES, type Language } from '../lib/catalog';
import { Bulk2 } from './lib/bulk2';
import { CheckpointFile } from './lib/checkpoint';
import { interruptSignal, parseObjects, positiveInteger, runCli } from './lib/cli';
import { CsvReportFile } from './lib/csvFile';
import { ProgressBar } from './lib/progress';
import { RestApi } from './lib/restApi';
import { scorerFromCatalog } from '../lib/recordScorer';
import { resolveSession } from './lib/session';
import { catalogForOrg, orgFrameworkNames } from './lib/orgFrameworks';
import { DRY_RUN_COLUMNS } from './rescore/changes';
import { parseDay } from './rescore/horizon';
import { RescoreInterrupted, runRescore } from './rescore/runRescore';

const USAGE = `Usage: npm run rescore -- [--target-org <alias>] [options]

Re-evaluates every Lead and Opportunity with the shipped frameworks the org has installed (core, and
Beyond BANT Frameworks when it is there) and uploads the records whose stored result changed (Bulk API 2.0). Without --target-org, SF_INSTANCE_URL and SF_ACCESS_TOKEN are used.

  --objects <list>         Lead,Opportunity (default both)
  --dry-run                upload nothing; write the changes to --changes-file
  --changes-file <path>    default rescore-changes.csv
  --failures-file <path>   rejected rows with the platform's error; default rescore-failures.csv
  --checkpoint <path>      resume position; default .rescore-checkpoint.json
  --restart                ignore an existing checkpoint
  --batch-size <n>         changed rows per ingest job (default 10000)
  --page-size <n>          records per result page (default 50000)
  --max-open-jobs <n>      ingest jobs in flight before waiting (default 5)
  --language <en|de>       language of the stored explanation (default en)
  --horizon-day <day>      only the records whose horizon outcome changes on this day
                           (YYYY-MM-DD), evaluated on that day: what QualificationHorizonJob does
  --catch-up-days <n>      with --horizon-day: also the n days before it (default 0)
`;

export async function main(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: {
            'target-org': { type: 'string', short: 'o' },
            objects: { type: 'string' },
            'dry-run': { type: 'boolean' },
            'changes-file': { type: 'string' },
            'failures-file': { type: 'string' },
            checkpoint: { type: 'string' },
            restart: { type: 'boolean' },
            'batch-size': { type: 'string' },
            'page-size': { type: 'string' },
            'max-open-jobs': { type: 'string' },
            language: { type: 'string' },
            'horizon-day': { type: 'string' },
            'catch-up-days': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    });
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    const objects = parseObjects(values.objects);
    const language = (values.language ?? 'en') as Language;
    if (!LANGUAGES.includes(language))
        throw new Error(
            `--language must be one of ${LANGUAGES.join(', ')} (was ${values.language})`,
        );
    const batchSize = positiveInteger(values['batch-size'], '--batch-size', 10_000);
    if (batchSize > 150_000_000)
        throw new Error(
            '--batch-size is above the Bulk API 2.0 limit of 150,000,000 records per job',
        );
    const horizonDay =
        values['horizon-day'] === undefined
            ? undefined
            : parseDay(values['horizon-day'], '--horizon-day');
    const catchUpDays = wholeNumber(values['catch-up-days'], '--catch-up-days');
    if (catchUpDays > 0 && horizonDay === undefined)
        throw new Error('--catch-up-days needs --horizon-day');
    const session = await resolveSession({ targetOrg: values['target-org'] });
    const rest = new RestApi(session);
    // Only what the org has installed: the extension's frameworks, and their fields, may be absent.
    const { catalog, notInOrg } = catalogForOrg(
        loadCatalog(),
        await orgFrameworkNames((soql) => rest.json('GET', `/query?q=${encodeURIComponent(soql)}`)),
    );
    if (notInOrg.length > 0)
        process.stdout.write(
            `Not installed in the org, left out: ${notInOrg.join(', ')} (their package is not there)\n`,
        );
    const scorer = scorerFromCatalog(catalog, language);
    const dryRun = values['dry-run'] === true;
    const checkpoint = new CheckpointFile(values.checkpoint ?? '.rescore-checkpoint.json');
    const resuming = !values.restart && checkpoint.read() !== undefined;
    const failures = new CsvReportFile(
        values['failures-file'] ?? 'rescore-failures.csv',
        ['Object', 'Id', 'Error', 'Ingest job'],
        resuming,
    );
    const changes = dryRun
        ? new CsvReportFile(
              values['changes-file'] ?? 'rescore-changes.csv',
              DRY_RUN_COLUMNS,
              resuming,
          )
        : undefined;
    const interrupt = interruptSignal();
    try {
        const summaries = await runRescore({
            bulk: new Bulk2(rest),
            scorer,
            objects,
            checkpoint,
            instanceHost: new URL(session.instanceUrl).host,
            restart: values.restart === true,
            changes,
            failures,
            batchSize,
            pageSize: positiveInteger(values['page-size'], '--page-size', 50_000),
            maxPendingJobs: positiveInteger(values['max-open-jobs'], '--max-open-jobs', 5),
            progress: new ProgressBar(),
            signal: interrupt.signal,
            ...(horizonDay === undefined
                ? {}
                : {
                      evaluationDay: horizonDay,
                      horizon: { day: horizonDay, catchUpDays, frameworks: catalog.frameworks },
                  }),
        });
        for (const summary of summaries) {
            process.stdout.write(
                `${summary.objectApiName}: ${summary.processed} evaluated, ${summary.changed} changed${dryRun ? ' (dry run)' : ''}, ${summary.failed} failed\n`,
            );
        }
        if (changes) process.stdout.write(`Changes: ${changes.path}\n`);
        const failed = summaries.reduce((sum, summary) => sum + summary.failed, 0);
        if (failed > 0)
            process.stdout.write(`Failures with the platform's error: ${failures.path}\n`);
        return failed > 0 ? 2 : 0;
    } catch (error) {
        if (error instanceof RescoreInterrupted) {
            process.stderr.write(`${error.message}\n`);
            return 130;
        }
        throw error;
    } finally {
        changes?.flush();
        failures.flush();
        interrupt.dispose();
    }
}

/** A whole number ≥ 0 from a flag (0 when absent), or a clear error naming the flag. */
function wholeNumber(value: string | undefined, flag: string): number {
    if (value === undefined) return 0;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0)
        throw new Error(`${flag} must be a whole number ≥ 0 (was ${JSON.stringify(value)})`);
    return number;
}

if (require.main === module) runCli(main);
