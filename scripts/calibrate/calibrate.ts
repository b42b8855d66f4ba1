import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog, LANGUAGES, REPO_ROOT, type Catalog, type Language } from '../lib/catalog';
import { Bulk2 } from '../ops/lib/bulk2';
import { runCli } from '../ops/lib/cli';
import { RestApi } from '../ops/lib/restApi';
import { resolveSession } from '../ops/lib/session';
import { analyseFramework, DEFAULT_ANALYSIS, type FrameworkReport } from './analyse';
import type { DealFilter } from './collectDeals';
import { InputError, type Deal } from './deals';
import { readDealsFromCsv } from './readCsv';
import { readDealsFromOrg } from './readOrg';
import { reportJson, type CalibrationReport } from './report/json';
import { suggestedWeightFiles } from './weightsFiles';

export const USAGE = `Usage: npm run calibrate -- (--from-csv FILE | --target-org ALIAS) [options]

Compares closed Opportunities with their qualification at close: win rate by status and by rating
with 95 % Wilson intervals, each dimension's effect with the others held equal (L2-regularised
logistic regression, 95 % intervals), ROC AUC of today's score (bootstrap interval) and of suggested
weights (cross-validated), and the best-separating score threshold. Frameworks with too few won or
lost deals get a plain message instead of figures. Never writes to the org.

Where the deals come from (one of):
  --from-csv FILE        a Bulk API or Data Loader export of closed Opportunities: header of field
                         API names with Id, IsWon, BB_Qualification_Framework__c, and
                         BB_Ratings_At_Close__c or the rating fields (values as API names);
                         CloseDate for --from/--to, RecordType.DeveloperName or RecordTypeId for
                         --record-type; a column IsClosed, when present, leaves out open rows
  --target-org ALIAS     a Salesforce CLI alias or username: a Bulk API 2.0 query of the closed
                         Opportunities (SF_INSTANCE_URL + SF_ACCESS_TOKEN work too, without it)

Which deals:
  --from YYYY-MM-DD      CloseDate on or after this day
  --to YYYY-MM-DD        CloseDate on or before this day
  --framework NAME       only this framework (DeveloperName); default every framework in the data
  --record-type NAME     only this Opportunity record type (DeveloperName, or an Id from a CSV)

What it writes (nothing when the input is bad or no framework has enough deals):
  --html FILE            the report as one HTML page with inline SVG charts, readable offline
                         (default artifacts/calibration.html)
  --json FILE            the same figures as JSON: { "frameworks": [ { "name", "closed", "won",
                         "auc": { "current", "suggested", … }, "dimensions": [ { "key", "effect",
                         "low", "high", "significant", … } ], … } ] }
  --lang en|de           the report's language (default en)
  --write-weights DIR    the suggested weights as Custom Metadata record files
                         BB_Qualification_Dimension.<Framework>_<Key>.md-meta.xml, only for
                         frameworks where they beat today's weights beyond noise; for a partner to
                         review and deploy (the tool never deploys)

Statistics:
  --seed N               seed of the bootstrap and the cross-validation folds (default ${DEFAULT_ANALYSIS.seed});
                         the same input and seed give the same report
  --bootstrap N          bootstrap resamples for the AUC intervals (default ${DEFAULT_ANALYSIS.bootstrap})
  --help                 this text

Exit codes: 0 report written, 1 other failure, 2 bad option or input, 3 no framework with enough deals.
`;

export interface CalibrateIo {
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
    /** Bulk API client of an org (tests pass the loopback fake's). */
    readonly bulkFor?: (targetOrg: string | undefined) => Promise<Bulk2>;
    /** HTML rendering (Vega is an ES module: tests that cannot load it pass their own). */
    readonly renderHtml?: (
        report: CalibrationReport,
        catalog: Catalog,
        language: Language,
    ) => Promise<string>;
    readonly catalog?: Catalog;
    readonly projectRoot?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The tool: returns the exit code; writes files only after every figure and page is ready. */
export async function calibrate(argv: readonly string[], io: CalibrateIo): Promise<number> {
    let values;
    try {
        values = parseArgs({
            args: [...argv],
            options: {
                'from-csv': { type: 'string' },
                'target-org': { type: 'string' },
                from: { type: 'string' },
                to: { type: 'string' },
                framework: { type: 'string' },
                'record-type': { type: 'string' },
                html: { type: 'string' },
                json: { type: 'string' },
                lang: { type: 'string' },
                'write-weights': { type: 'string' },
                seed: { type: 'string' },
                bootstrap: { type: 'string' },
                help: { type: 'boolean' },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    } catch (error) {
        io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
        return 2;
    }
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    try {
        const catalog = io.catalog ?? loadCatalog(io.projectRoot ?? REPO_ROOT);
        const options = checkedOptions(values, catalog);
        const deals =
            values['from-csv'] !== undefined
                ? await readDealsFromCsv(values['from-csv'], catalog, options.filter)
                : await readDealsFromOrg(
                      await (io.bulkFor ?? defaultBulk)(values['target-org']),
                      catalog,
                      options.filter,
                      (line) => io.err(`${line}\n`),
                  );
        const source = values['from-csv'] ?? `org ${values['target-org'] ?? '(environment)'}`;
        const reports = analyseAll(deals, catalog, options);
        const enough = reports.filter((report) => report.tooFew === null);
        for (const report of reports.filter((r) => r.tooFew !== null))
            io.err(`${report.name}: ${report.tooFew}\n`);
        if (enough.length === 0) {
            io.err(
                reports.length === 0
                    ? `No closed deal${options.filter.framework ? ` of ${options.filter.framework}` : ''} in ${source}; nothing written\n`
                    : 'No framework has enough closed deals; nothing written\n',
            );
            return 3;
        }
        const report: CalibrationReport = {
            version: 1,
            source,
            filter: Object.fromEntries(
                Object.entries(options.filter).filter(([, value]) => value !== undefined),
            ) as Record<string, string>,
            seed: options.seed,
            frameworks: reports,
        };
        // Everything is computed and rendered before the first file is written.
        const render = io.renderHtml ?? (await import('./report/html')).renderHtml;
        const html = await render(report, catalog, options.language);
        const weightFiles =
            options.weightsDir === undefined
                ? undefined
                : suggestedWeightFiles(reports, catalog, io.projectRoot);
        writeText(options.htmlFile, html);
        io.out(`Report: ${options.htmlFile}\n`);
        if (options.jsonFile !== undefined) {
            writeText(options.jsonFile, reportJson(report));
            io.out(`Figures: ${options.jsonFile}\n`);
        }
        if (weightFiles !== undefined && options.weightsDir !== undefined) {
            for (const [name, text] of weightFiles) writeText(join(options.weightsDir, name), text);
            io.out(
                weightFiles.size === 0
                    ? "No weights suggested: none beats today's beyond noise; nothing written to --write-weights\n"
                    : `${weightFiles.size} suggested weight record(s) in ${options.weightsDir}: review them, then deploy them yourself\n`,
            );
        }
        for (const framework of enough)
            io.out(
                `${framework.name}: ${framework.closed} closed, ${framework.won} won; AUC today ${framework.auc.current?.toFixed(3)}, suggested ${framework.auc.suggested?.toFixed(3)}${framework.auc.suggest ? ' (better beyond noise)' : ''}\n`,
            );
        return 0;
    } catch (error) {
        if (error instanceof InputError) {
            io.err(`${error.message}; nothing written\n`);
            return 2;
        }
        throw error;
    }
}

interface Options {
    readonly filter: DealFilter;
    readonly language: Language;
    readonly htmlFile: string;
    readonly jsonFile: string | undefined;
    readonly weightsDir: string | undefined;
    readonly seed: number;
    readonly bootstrap: number;
}

function checkedOptions(
    values: Record<string, string | boolean | undefined>,
    catalog: Catalog,
): Options {
    const text = (name: string) => values[name] as string | undefined;
    const csv = text('from-csv');
    const org = text('target-org');
    if (csv !== undefined && org !== undefined)
        throw new InputError('Pass one of --from-csv FILE and --target-org ALIAS, not both');
    if (
        csv === undefined &&
        org === undefined &&
        !process.env.SF_INSTANCE_URL &&
        !process.env.SF_TARGET_ORG
    )
        throw new InputError('Pass --from-csv FILE or --target-org ALIAS (see --help)');
    for (const flag of ['from', 'to'])
        if (text(flag) !== undefined && !DAY.test(text(flag)!))
            throw new InputError(
                `--${flag} must be a day YYYY-MM-DD (was ${JSON.stringify(text(flag))})`,
            );
    const framework = text('framework');
    if (framework !== undefined && !catalog.frameworks.some((f) => f.name === framework))
        throw new InputError(
            `--framework ${framework} is unknown (known: ${catalog.frameworks.map((f) => f.name).join(', ')})`,
        );
    const language = (text('lang') ?? 'en') as Language;
    if (!(LANGUAGES as readonly string[]).includes(language))
        throw new InputError(
            `--lang takes ${LANGUAGES.join(' or ')} (was ${JSON.stringify(language)})`,
        );
    return {
        filter: {
            from: text('from'),
            to: text('to'),
            framework,
            recordType: text('record-type'),
        },
        language,
        htmlFile: resolve(text('html') ?? join(REPO_ROOT, 'artifacts', 'calibration.html')),
        jsonFile: text('json') === undefined ? undefined : resolve(text('json')!),
        weightsDir:
            text('write-weights') === undefined ? undefined : resolve(text('write-weights')!),
        seed: wholeNumber(text('seed'), '--seed', DEFAULT_ANALYSIS.seed, 0),
        bootstrap: wholeNumber(text('bootstrap'), '--bootstrap', DEFAULT_ANALYSIS.bootstrap, 100),
    };
}

function wholeNumber(
    value: string | undefined,
    flag: string,
    fallback: number,
    minimum: number,
): number {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < minimum)
        throw new InputError(
            `${flag} must be a whole number ≥ ${minimum} (was ${JSON.stringify(value)})`,
        );
    return number;
}

/** One report per framework in the data (or the one asked for), in catalog order. */
export function analyseAll(
    deals: readonly Deal[],
    catalog: Catalog,
    options: Pick<Options, 'filter' | 'seed' | 'bootstrap'>,
): FrameworkReport[] {
    const byFramework = new Map<string, Deal[]>();
    for (const deal of deals) {
        const list = byFramework.get(deal.framework) ?? [];
        list.push(deal);
        byFramework.set(deal.framework, list);
    }
    return catalog.frameworks
        .filter(
            (framework) =>
                byFramework.has(framework.name) || framework.name === options.filter.framework,
        )
        .map((framework) =>
            analyseFramework(framework, byFramework.get(framework.name) ?? [], {
                ...DEFAULT_ANALYSIS,
                seed: options.seed,
                bootstrap: options.bootstrap,
            }),
        );
}

async function defaultBulk(targetOrg: string | undefined): Promise<Bulk2> {
    const session = await resolveSession({ targetOrg });
    return new Bulk2(new RestApi(session));
}

function writeText(file: string, text: string): void {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
}

if (require.main === module) {
    runCli((argv) =>
        calibrate(argv, {
            out: (text) => process.stdout.write(text),
            err: (text) => process.stderr.write(text),
        }),
    );
}
