/**
 * What the package's round service and trend recorder write, done in Node (the local preview's trigger and
 * its QualificationRoundController fake). Same rules and formats as the Apex classes
 * `QualificationRoundService`, `QualificationRoundSnapshot`, `QualificationTrend` and
 * `QualificationTrendRecorder` (docs/architecture.md, "Qualification rounds and the trend").
 */
import type { FrameworkConfig } from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import {
    LONG_FIELD_LENGTH,
    MAX_TREND_POINTS,
    parseTrend,
    PREVIOUS_ROUND_FIELD,
    ROUND_FIELD,
    ROUND_REASON_FIELD,
    ROUND_STARTED_ON_FIELD,
    roundOf,
    SNAPSHOT_VERSION,
    TREND_FIELD,
    TREND_VERSION,
    type TrendPoint,
} from '../../force-app/board/lwc/qualificationRoundModel/qualificationRoundModel';
import { RESULT_FIELDS } from './resultFields';

export {
    PREVIOUS_ROUND_FIELD,
    ROUND_FIELD,
    ROUND_REASON_FIELD,
    ROUND_STARTED_ON_FIELD,
    TREND_FIELD,
};

/** The fields only the round action writes (reps read them). */
export const ROUND_FIELDS: readonly string[] = [
    ROUND_FIELD,
    ROUND_STARTED_ON_FIELD,
    ROUND_REASON_FIELD,
    PREVIOUS_ROUND_FIELD,
    TREND_FIELD,
];

const MAX_REASON_LENGTH = 255;
const NOT_EXPLORED = 'Not_Explored';

type Fields = Readonly<Record<string, unknown>>;

/** ISO time in UTC to the second, as Apex `formatGmt('yyyy-MM-dd\'T\'HH:mm:ss\'Z\'')` writes it. */
export function isoSeconds(at: Date): string {
    return `${at.toISOString().slice(0, 19)}Z`;
}

/**
 * The field changes that start a new round: the snapshot of the current round, the framework's ratings
 * back to Not_Explored, the round + 1, its start and reason. Evidence and values stay as they are.
 */
export function startRoundChanges(
    fields: Fields,
    framework: Pick<FrameworkConfig, 'name' | 'dimensions'>,
    reason: string,
    now: Date,
    createdDate?: string,
): Record<string, string | number> {
    const endingRound = roundOf(fields[ROUND_FIELD]);
    const startedOn = fields[ROUND_STARTED_ON_FIELD];
    const changes: Record<string, string | number> = {
        [PREVIOUS_ROUND_FIELD]: snapshotOf(
            fields,
            framework,
            endingRound,
            typeof startedOn === 'string' && startedOn !== '' ? startedOn : createdDate,
            now,
        ),
        [ROUND_FIELD]: endingRound + 1,
        [ROUND_STARTED_ON_FIELD]: now.toISOString(),
        [ROUND_REASON_FIELD]: reason.trim().slice(0, MAX_REASON_LENGTH),
    };
    for (const dimension of framework.dimensions) changes[dimension.ratingField] = NOT_EXPLORED;
    return changes;
}

/** `BB_Previous_Round__c` for the round that ends; always fits the field (see QualificationRoundSnapshot). */
export function snapshotOf(
    fields: Fields,
    framework: Pick<FrameworkConfig, 'name' | 'dimensions'>,
    round: number,
    startedOn: string | undefined,
    endedOn: Date,
): string {
    const answers: Record<string, Record<string, unknown>> = {};
    for (const dimension of framework.dimensions) {
        const answer: Record<string, unknown> = {};
        putIfSet(answer, 'rating', fields[dimension.ratingField]);
        putIfSet(answer, 'evidence', fields[dimension.evidenceField]);
        if (dimension.valueField) putIfSet(answer, 'value', fields[dimension.valueField]);
        answers[dimension.key] = answer;
    }
    const snapshot: Record<string, unknown> = {
        v: SNAPSHOT_VERSION,
        round,
        framework: framework.name,
        endedOn: isoSeconds(endedOn),
        answers,
    };
    if (startedOn) snapshot.startedOn = isoSeconds(new Date(startedOn));
    putIfSet(snapshot, 'status', fields[RESULT_FIELDS.status]);
    putIfSet(snapshot, 'score', fields[RESULT_FIELDS.score]);
    let serialized = JSON.stringify(snapshot);
    while (serialized.length > LONG_FIELD_LENGTH) {
        snapshot.truncated = true;
        const longest = Object.values(answers)
            .filter((answer) => typeof answer.evidence === 'string' && answer.evidence !== '')
            .sort((a, b) => String(b.evidence).length - String(a.evidence).length)[0];
        if (longest === undefined) {
            snapshot.answers = {};
            return JSON.stringify(snapshot);
        }
        const evidence = String(longest.evidence);
        longest.evidence = evidence.slice(0, Math.floor((evidence.length * 3) / 4));
        serialized = JSON.stringify(snapshot);
    }
    return serialized;
}

/**
 * The trend after a save, as the trigger keeps it: a point when status or score changed (any status on
 * insert, `before` undefined) or the round went up (marked once per round); undefined when nothing moved.
 */
export function trendAfterSave(
    before: Fields | undefined,
    after: Fields,
    now: Date,
): string | null | undefined {
    const round = roundOf(after[ROUND_FIELD]);
    let roundStart = before !== undefined && round > roundOf(before[ROUND_FIELD]);
    const status = after[RESULT_FIELDS.status];
    const score = after[RESULT_FIELDS.score];
    const moved =
        before === undefined
            ? status !== null && status !== undefined && status !== ''
            : status !== before[RESULT_FIELDS.status] || score !== before[RESULT_FIELDS.score];
    if (!roundStart && !moved) return undefined;
    const points: TrendPoint[] = parseTrend(after[TREND_FIELD]);
    roundStart &&= !points.some((point) => point.roundStart && point.round === round);
    points.push({
        at: isoSeconds(now),
        score: typeof score === 'number' ? Math.trunc(score) : null,
        status: typeof status === 'string' && status !== '' ? status : null,
        round,
        roundStart,
    });
    return serializeTrend(points.slice(-MAX_TREND_POINTS));
}

function serializeTrend(points: TrendPoint[]): string | null {
    const kept = [...points];
    const write = (): string =>
        JSON.stringify({
            v: TREND_VERSION,
            points: kept.map((point) => {
                const out: Record<string, unknown> = { at: point.at, round: point.round };
                if (point.score !== null) out.score = point.score;
                if (point.status !== null) out.status = point.status;
                if (point.roundStart) out.roundStart = true;
                return out;
            }),
        });
    if (kept.length === 0) return null;
    let serialized = write();
    while (serialized.length > LONG_FIELD_LENGTH && kept.length > 1) {
        kept.shift();
        serialized = write();
    }
    return serialized;
}

function putIfSet(target: Record<string, unknown>, key: string, value: unknown): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'string' && value.trim() === '') return;
    target[key] = value;
}
