import { readFileSync } from 'node:fs';
import {
    dayNumber,
    RATING_VALUES,
    type Evaluation,
    type FrameworkConfig,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';

export interface VectorCase {
    readonly name: string;
    /** A shipped framework's DeveloperName, or the name of one of the file's inline frameworks. */
    readonly framework: string;
    /** True when `framework` is one of the file's inline frameworks, which the org does not have. */
    readonly inline?: boolean;
    readonly answers: Readonly<Record<string, unknown>>;
    /** Structured values by dimension key (dates as 'YYYY-MM-DD'). */
    readonly values?: Readonly<Record<string, unknown>>;
    /** The day the expected result is for. */
    readonly evaluationDay: string;
    readonly expected: Evaluation;
}

/** Reads the conformance vectors (docs/architecture.md, "Conformance vectors"), naming what is malformed. */
export function readVectors(path: string): VectorCase[] {
    let parsed: { version?: unknown; frameworks?: unknown; cases?: unknown };
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8')) as typeof parsed;
    } catch (error) {
        throw new Error(`Cannot read the conformance vectors ${path}: ${(error as Error).message}`);
    }
    if (parsed.version !== 2 || !Array.isArray(parsed.cases)) {
        throw new Error(
            `${path} is not a version 2 vector file ({ "version": 2, "frameworks": {...}, "cases": [...] })`,
        );
    }
    const inline = new Set(
        typeof parsed.frameworks === 'object' && parsed.frameworks !== null
            ? Object.keys(parsed.frameworks)
            : [],
    );
    return parsed.cases.map((item: unknown, index: number): VectorCase => {
        const candidate = item as Partial<VectorCase> | null;
        if (
            !candidate ||
            typeof candidate.name !== 'string' ||
            typeof candidate.framework !== 'string' ||
            typeof candidate.answers !== 'object' ||
            dayNumber(candidate.evaluationDay) === undefined ||
            !candidate.expected
        ) {
            throw new Error(
                `${path}: case ${index} needs name, framework, answers, evaluationDay and expected`,
            );
        }
        return { ...(candidate as VectorCase), inline: inline.has(candidate.framework) };
    });
}

const PICKLIST_VALUES = new Set<unknown>(RATING_VALUES);

/**
 * Why a case cannot be replayed in an org, or undefined when it can: the org only has the shipped
 * frameworks, and a restricted picklist refuses values outside the rating scale.
 */
export function notReplayable(
    vector: VectorCase,
    knownFramework: (name: string) => boolean,
): string | undefined {
    if (vector.inline)
        return `inline framework ${vector.framework} is not in the org's Custom Metadata`;
    if (!knownFramework(vector.framework)) return `framework ${vector.framework} is not shipped`;
    const invalid = Object.entries(vector.answers).find(
        ([, value]) =>
            !(value === null || value === undefined || value === '' || PICKLIST_VALUES.has(value)),
    );
    return invalid
        ? `answer ${invalid[0]} = ${JSON.stringify(invalid[1])} cannot be stored in a restricted picklist`
        : undefined;
}

/**
 * How a case's dates are stored so the org's trigger, evaluating on `today`, sees the same
 * distances as the case on its own day: each date moves by the days between the two. Only dates of
 * dimensions with a horizon matter to the result; a blank one is left empty. Returns value field →
 * date to write, or a reason why the case cannot be replayed (a text a Date field refuses).
 */
export function storedDates(
    vector: VectorCase,
    framework: FrameworkConfig,
    today: string,
): Record<string, string> | string {
    const shift = (dayNumber(today) as number) - (dayNumber(vector.evaluationDay) as number);
    const fields: Record<string, string> = {};
    for (const dimension of framework.dimensions) {
        const value = vector.values?.[dimension.key];
        if (
            dimension.horizonDays === undefined ||
            dimension.horizonDays === null ||
            !dimension.valueField ||
            value === undefined ||
            value === null ||
            value === ''
        ) {
            continue;
        }
        const day = dayNumber(value);
        if (day === undefined) {
            return `value ${dimension.key} = ${JSON.stringify(value)} cannot be stored in the Date field ${dimension.valueField}`;
        }
        fields[dimension.valueField] = new Date((day + shift) * 86_400_000)
            .toISOString()
            .slice(0, 10);
    }
    return fields;
}
