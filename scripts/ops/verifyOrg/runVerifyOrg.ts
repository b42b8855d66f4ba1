import {
    evaluate,
    type Evaluation,
    type FrameworkConfig,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { RestCalls } from '../lib/restCalls';
import { FRAMEWORK_FIELD, RESULT_FIELDS } from '../../lib/recordScorer';
import { notReplayable, storedDates, type VectorCase } from './vectors';
import { STATUS_TIME_FIELDS, statusTimeDisagreements } from './statusTimeChecks';
import type { QualifiedObject } from '../lib/cli';

export type VerifyObject = QualifiedObject;

export interface Disagreement {
    readonly vector: string;
    readonly objectApiName: VerifyObject;
    readonly field: string;
    readonly org: string;
    readonly engine: string;
}

export interface VerifyReport {
    readonly checked: number;
    readonly skipped: readonly { vector: string; reason: string }[];
    readonly disagreements: readonly Disagreement[];
    /** Cases where the TS engine itself does not give the vector's expected result. */
    readonly engineMismatches: readonly Disagreement[];
    readonly cleanupFailures: readonly string[];
}

export interface VerifyOptions {
    readonly rest: RestCalls;
    readonly frameworks: (name: string) => FrameworkConfig | undefined;
    readonly vectors: readonly VectorCase[];
    readonly objects: readonly VerifyObject[];
    /** Marks the records of this run, so leftovers of a crash can be found by it. */
    readonly runId: string;
    /** The org user's day ('YYYY-MM-DD'), which the trigger's Date.today() returns. */
    readonly today: string;
    readonly signal?: AbortSignal;
}

const COMPARED = [
    ['status', RESULT_FIELDS.status],
    ['score', RESULT_FIELDS.score],
    ['completeness', RESULT_FIELDS.completeness],
    ['nextDimension', RESULT_FIELDS.nextDimension],
    ['weakestDimension', RESULT_FIELDS.weakestDimension],
] as const;

interface Planned {
    readonly vector: VectorCase;
    readonly framework: FrameworkConfig;
    readonly engine: Evaluation;
    /** Value field → date, moved to the org's day. */
    readonly dates: Readonly<Record<string, string>>;
}

/**
 * Creates one record per conformance vector and object, reads back what the org's trigger stored,
 * and lists every field where the org and the TypeScript engine disagree, the two status times
 * included (statusTimeChecks.ts). Deletes every record it
 * created — and any record carrying this run's marker — whatever happens in between.
 */
export async function runVerifyOrg(options: VerifyOptions): Promise<VerifyReport> {
    const skipped: { vector: string; reason: string }[] = [];
    const engineMismatches: Disagreement[] = [];
    const planned: Planned[] = [];
    for (const vector of options.vectors) {
        const reason = notReplayable(vector, (name) => options.frameworks(name) !== undefined);
        if (reason) {
            skipped.push({ vector: vector.name, reason });
            continue;
        }
        const framework = options.frameworks(vector.framework) as FrameworkConfig;
        const dates = storedDates(vector, framework, options.today);
        if (typeof dates === 'string') {
            skipped.push({ vector: vector.name, reason: dates });
            continue;
        }
        const engine = evaluate(framework, vector.answers, {
            evaluationDay: vector.evaluationDay,
            values: vector.values,
        });
        for (const [key, field] of COMPARED) {
            if (String(engine[key]) !== String(vector.expected[key])) {
                engineMismatches.push({
                    vector: vector.name,
                    objectApiName: 'Lead',
                    field,
                    org: `expected ${String(vector.expected[key])}`,
                    engine: String(engine[key]),
                });
            }
        }
        planned.push({ vector, framework, engine, dates });
    }

    const created = new Map<VerifyObject, string[]>();
    const disagreements: Disagreement[] = [];
    let checked = 0;
    let cleanupFailures: string[] = [];
    try {
        for (const objectApiName of options.objects) {
            const ids: string[] = [];
            created.set(objectApiName, ids);
            const records = planned.map((plan, index) =>
                recordFor(objectApiName, plan, index, options),
            );
            const outcomes = await options.rest.create(objectApiName, records);
            const byId = new Map<string, { plan: Planned; written: Record<string, unknown> }>();
            outcomes.forEach((outcome, index) => {
                const plan = planned[index] as Planned;
                if (outcome.success && outcome.id) {
                    ids.push(outcome.id);
                    byId.set(outcome.id, {
                        plan,
                        written: records[index] as Record<string, unknown>,
                    });
                } else {
                    disagreements.push({
                        vector: plan.vector.name,
                        objectApiName,
                        field: 'create',
                        org: outcome.error ?? 'failed',
                        engine: 'record created',
                    });
                }
            });
            throwIfAborted(options.signal);
            for (const stored of await readBack(options.rest, objectApiName, ids)) {
                const record = byId.get(stored.Id as string);
                if (!record) continue;
                const { plan, written } = record;
                checked++;
                for (const [key, field] of COMPARED) {
                    const org =
                        stored[field] === null || stored[field] === undefined
                            ? 'null'
                            : String(stored[field]);
                    const engine = plan.engine[key] === null ? 'null' : String(plan.engine[key]);
                    if (!sameValue(org, engine))
                        disagreements.push({
                            vector: plan.vector.name,
                            objectApiName,
                            field,
                            org,
                            engine,
                        });
                }
                for (const time of statusTimeDisagreements(stored, written, plan.engine.status))
                    disagreements.push({ vector: plan.vector.name, objectApiName, ...time });
            }
            throwIfAborted(options.signal);
        }
    } finally {
        cleanupFailures = await cleanUp(options, created);
    }
    return { checked, skipped, disagreements, engineMismatches, cleanupFailures };
}

function recordFor(
    objectApiName: VerifyObject,
    plan: Planned,
    index: number,
    options: VerifyOptions,
): Record<string, unknown> {
    const fields: Record<string, unknown> =
        objectApiName === 'Lead'
            ? { LastName: marker(options.runId), Company: `Conformance ${index + 1}` }
            : {
                  Name: `${marker(options.runId)} #${index + 1}`,
                  StageName: 'Prospecting',
                  CloseDate: options.today,
              };
    fields[FRAMEWORK_FIELD] = plan.framework.name;
    for (const dimension of plan.framework.dimensions) {
        const value = plan.vector.answers[dimension.key];
        if (value !== undefined && value !== null && value !== '')
            fields[dimension.ratingField] = value;
    }
    Object.assign(fields, plan.dates);
    return fields;
}

export function marker(runId: string): string {
    return `BB Verify ${runId}`;
}

async function readBack(
    rest: RestCalls,
    objectApiName: VerifyObject,
    ids: readonly string[],
): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    const fields = ['Id', ...COMPARED.map(([, field]) => field), ...STATUS_TIME_FIELDS].join(', ');
    for (let start = 0; start < ids.length; start += 200) {
        const list = ids
            .slice(start, start + 200)
            .map((id) => `'${id}'`)
            .join(',');
        rows.push(
            ...(await rest.queryAll(
                `SELECT ${fields} FROM ${objectApiName} WHERE Id IN (${list})`,
            )),
        );
    }
    return rows;
}

function sameValue(org: string, engine: string): boolean {
    if (org === engine) return true;
    const orgNumber = Number(org);
    return (
        org !== 'null' &&
        engine !== 'null' &&
        !Number.isNaN(orgNumber) &&
        orgNumber === Number(engine)
    );
}

async function cleanUp(
    options: VerifyOptions,
    created: ReadonlyMap<VerifyObject, string[]>,
): Promise<string[]> {
    const failures: string[] = [];
    for (const objectApiName of options.objects) {
        try {
            const ids = new Set(created.get(objectApiName) ?? []);
            // Records created by a request whose answer was lost still carry the marker.
            const nameField = objectApiName === 'Lead' ? 'LastName' : 'Name';
            const operator =
                objectApiName === 'Lead'
                    ? `= '${marker(options.runId)}'`
                    : `LIKE '${marker(options.runId)} #%'`;
            for (const row of await options.rest.queryAll<{ Id: string }>(
                `SELECT Id FROM ${objectApiName} WHERE ${nameField} ${operator}`,
            ))
                ids.add(row.Id);
            const outcomes = await options.rest.destroy(objectApiName, [...ids]);
            outcomes.forEach((outcome, index) => {
                if (!outcome.success)
                    failures.push(`${objectApiName} ${[...ids][index]}: ${outcome.error}`);
            });
        } catch (error) {
            failures.push(
                `${objectApiName}: ${error instanceof Error ? error.message : String(error)}`,
            );
        }
    }
    return failures;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw new Error('Interrupted: the records created so far were deleted');
}
