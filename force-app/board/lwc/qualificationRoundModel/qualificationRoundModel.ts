/**
 * Reads what a qualification round leaves on a record (docs/architecture.md, "Qualification rounds and
 * the trend"): the previous round's snapshot and the score/status trend, both versioned JSON in long
 * text fields. Shared by the board and the Node stand-in of the trigger.
 *
 * Nothing here throws: text that is not version 1 (garbage, another version, a huge value, members of
 * the wrong type) reads as "no previous round" or "no trend", so bad data never breaks the board.
 */

export const ROUND_FIELD = 'BB_Qualification_Round__c';
export const ROUND_STARTED_ON_FIELD = 'BB_Round_Started_On__c';
export const ROUND_REASON_FIELD = 'BB_Round_Reason__c';
export const PREVIOUS_ROUND_FIELD = 'BB_Previous_Round__c';
export const TREND_FIELD = 'BB_Qualification_Trend__c';

export const SNAPSHOT_VERSION = 1;
export const TREND_VERSION = 1;
/** Length of the two long text fields. */
export const LONG_FIELD_LENGTH = 32768;
/** The trend keeps the last 200 points. */
export const MAX_TREND_POINTS = 200;
/** Anything longer is not something the package wrote; parsing it would only cost time. */
const MAX_PARSE_LENGTH = 2 * LONG_FIELD_LENGTH;
const MAX_STATUS_LENGTH = 40;
const MAX_TIME_LENGTH = 40;
const MAX_TEXT_LENGTH = 4000;

export interface PreviousAnswer {
    readonly rating: string | null;
    readonly evidence: string | null;
    /** Amount (number), date ('YYYY-MM-DD') or text. */
    readonly value: string | number | null;
}

export interface PreviousRound {
    readonly round: number;
    readonly framework: string | null;
    readonly startedOn: string | null;
    readonly endedOn: string | null;
    readonly status: string | null;
    readonly score: number | null;
    readonly truncated: boolean;
    readonly answers: Readonly<Record<string, PreviousAnswer>>;
}

export interface TrendPoint {
    /** ISO time in UTC. */
    readonly at: string;
    readonly score: number | null;
    readonly status: string | null;
    readonly round: number;
    readonly roundStart: boolean;
}

/** The record's current round: its round field, 1 when blank or not a whole number ≥ 1. */
export function roundOf(value: unknown): number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : 1;
}

/** The snapshot in `BB_Previous_Round__c`, or null when there is none or it cannot be read. */
export function parsePreviousRound(stored: unknown): PreviousRound | null {
    const document = parseObject(stored);
    if (document === null || document.v !== SNAPSHOT_VERSION) return null;
    const answers: Record<string, PreviousAnswer> = {};
    const rawAnswers = document.answers;
    if (!isPlainObject(rawAnswers)) return null;
    for (const [key, raw] of Object.entries(rawAnswers)) {
        if (!isPlainObject(raw)) continue;
        answers[key] = {
            rating: text(raw.rating, MAX_STATUS_LENGTH),
            evidence: text(raw.evidence, MAX_TEXT_LENGTH),
            value:
                typeof raw.value === 'number' && Number.isFinite(raw.value)
                    ? raw.value
                    : text(raw.value, MAX_TEXT_LENGTH),
        };
    }
    return {
        round: roundOf(document.round),
        framework: text(document.framework, 80),
        startedOn: text(document.startedOn, MAX_TIME_LENGTH),
        endedOn: text(document.endedOn, MAX_TIME_LENGTH),
        status: text(document.status, MAX_STATUS_LENGTH),
        score: scoreOf(document.score),
        truncated: document.truncated === true,
        answers,
    };
}

/**
 * The part of a previous answer the user may see: the snapshot is one field, written when the round
 * started, so it holds evidence and values of fields that field-level security may hide from this
 * user. Evidence shows only to a user who can read the dimension's evidence field, the value only to
 * one who can read its value field (the rating is shown only beside a readable rating at all).
 */
export function readablePreviousAnswer(
    answer: PreviousAnswer | null,
    readable: { readonly evidence: boolean; readonly value: boolean },
): PreviousAnswer | null {
    if (answer === null) return null;
    return {
        rating: answer.rating,
        evidence: readable.evidence ? answer.evidence : null,
        value: readable.value ? answer.value : null,
    };
}

/** The points of `BB_Qualification_Trend__c`, oldest first; empty when there are none or they cannot be read. */
export function parseTrend(stored: unknown): TrendPoint[] {
    const document = parseObject(stored);
    if (document === null || document.v !== TREND_VERSION || !Array.isArray(document.points))
        return [];
    const points: TrendPoint[] = [];
    for (const raw of document.points as unknown[]) {
        if (!isPlainObject(raw)) continue;
        const at = text(raw.at, MAX_TIME_LENGTH);
        if (at === null) continue;
        points.push({
            at,
            score: scoreOf(raw.score),
            status: text(raw.status, MAX_STATUS_LENGTH),
            round: roundOf(raw.round),
            roundStart: raw.roundStart === true,
        });
    }
    return points.slice(-MAX_TREND_POINTS);
}

function parseObject(stored: unknown): Record<string, unknown> | null {
    if (typeof stored !== 'string' || stored.trim() === '' || stored.length > MAX_PARSE_LENGTH)
        return null;
    let parsed: unknown;
    try {
        parsed = JSON.parse(stored);
    } catch {
        return null;
    }
    return isPlainObject(parsed) ? parsed : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, maxLength: number): string | null {
    return typeof value === 'string' && value !== '' && value.length <= maxLength ? value : null;
}

function scoreOf(value: unknown): number | null {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100
        ? value
        : null;
}

/** What the board shows of the current round; `previous` only from round 2 on. */
export interface RoundState {
    readonly current: number;
    readonly startedOn: string | null;
    readonly reason: string | null;
    readonly previous: PreviousRound | null;
}

/** The round fields the board loads with its one getRecord (the trend loads later, on its own). */
export function roundFieldsOf(objectApiName: string): string[] {
    return [ROUND_FIELD, ROUND_STARTED_ON_FIELD, ROUND_REASON_FIELD, PREVIOUS_ROUND_FIELD].map(
        (field) => `${objectApiName}.${field}`,
    );
}

/** The round of a record as LDS returns it; fields the user cannot read count as blank. */
export function roundStateOf(
    fields: Readonly<Record<string, { value: unknown } | undefined>> | undefined,
): RoundState {
    const value = (field: string): unknown => fields?.[field]?.value ?? null;
    const current = roundOf(value(ROUND_FIELD));
    return {
        current,
        startedOn: text(value(ROUND_STARTED_ON_FIELD), MAX_TIME_LENGTH),
        reason: text(value(ROUND_REASON_FIELD), 255),
        previous: current > 1 ? parsePreviousRound(value(PREVIOUS_ROUND_FIELD)) : null,
    };
}
