import { readFileSync } from 'node:fs';
import {
    RATING_VALUES,
    type Evaluation,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';

export interface VectorCase {
    readonly name: string;
    /** A shipped framework's DeveloperName, or an inline framework the org does not have. */
    readonly framework: string | { readonly name: string };
    readonly answers: Readonly<Record<string, unknown>>;
    readonly expected: Evaluation;
}

/** Reads the conformance vectors (docs/architecture.md, "Conformance vectors"), naming what is malformed. */
export function readVectors(path: string): VectorCase[] {
    let parsed: { version?: unknown; cases?: unknown };
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8')) as typeof parsed;
    } catch (error) {
        throw new Error(`Cannot read the conformance vectors ${path}: ${(error as Error).message}`);
    }
    if (parsed.version !== 1 || !Array.isArray(parsed.cases)) {
        throw new Error(
            `${path} is not a version 1 vector file ({ "version": 1, "cases": [...] })`,
        );
    }
    parsed.cases.forEach((item: unknown, index: number) => {
        const candidate = item as Partial<VectorCase> | null;
        if (
            !candidate ||
            typeof candidate.name !== 'string' ||
            !candidate.framework ||
            typeof candidate.answers !== 'object' ||
            !candidate.expected
        ) {
            throw new Error(`${path}: case ${index} needs name, framework, answers and expected`);
        }
    });
    return parsed.cases as VectorCase[];
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
    if (typeof vector.framework !== 'string')
        return `inline framework ${vector.framework.name} is not in the org's Custom Metadata`;
    if (!knownFramework(vector.framework)) return `framework ${vector.framework} is not shipped`;
    const invalid = Object.entries(vector.answers).find(
        ([, value]) =>
            !(value === null || value === undefined || value === '' || PICKLIST_VALUES.has(value)),
    );
    return invalid
        ? `answer ${invalid[0]} = ${JSON.stringify(invalid[1])} cannot be stored in a restricted picklist`
        : undefined;
}
