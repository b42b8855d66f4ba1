/**
 * The conformance vectors of the scoring contract v2 as they should be: the case inputs of casesV1,
 * casesV2 and casesEdges, each with its expected result computed by contract.ts in exact fractions
 * from the shipped Custom Metadata records and the inline frameworks. No engine code is imported,
 * so both engines are checked against a third reading of the contract. generateVectors.ts writes
 * them.
 */
import { join, resolve } from 'node:path';
import type { CaseInput } from './caseInput';
import { expectedResult, type VectorFramework, type VectorResult } from './contract';
import { V1_CASES, V1_FRAMEWORKS } from './casesV1';
import { DEFAULT_DAY, V2_CASES, V2_FRAMEWORKS } from './casesV2';
import { EDGE_CASES, EDGE_FRAMEWORKS } from './casesEdges';
import { readShippedFrameworks } from './shippedFrameworks';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const VECTORS_FILE = join(
    REPO_ROOT,
    'force-app/scoring/staticresources/BB_QualificationVectors.json',
);

export interface VectorCase extends CaseInput {
    readonly evaluationDay: string;
    readonly expected: VectorResult;
}

export interface VectorsDocument {
    readonly version: 2;
    readonly description: string;
    readonly frameworks: Readonly<Record<string, VectorFramework>>;
    readonly cases: readonly VectorCase[];
}

const DESCRIPTION =
    "Conformance vectors for the scoring contract v2 in docs/architecture.md. 'framework' names an inline framework of 'frameworks' (FrameworkConfig shape, for what the shipped weights cannot produce) or else a shipped framework's DeveloperName. 'values' maps dimension keys to structured values (dates as YYYY-MM-DD); 'evaluationDay' is the day the case is evaluated on. Expected results are computed with exact fractions by scripts/vectors/generateVectors.ts, independently of either engine (npm run vectors).";

/** The vectors as they should be, from the records under `root` (the repository by default). */
export function buildVectors(root: string = REPO_ROOT): VectorsDocument {
    const shipped = readShippedFrameworks(root);
    const inline: Record<string, VectorFramework> = {
        ...V1_FRAMEWORKS,
        ...V2_FRAMEWORKS,
        ...EDGE_FRAMEWORKS,
    };
    for (const name of Object.keys(inline)) {
        if (shipped.has(name)) throw new Error(`inline framework ${name} shadows a shipped one`);
    }
    const names = new Set<string>();
    const cases = [...V1_CASES, ...V2_CASES, ...EDGE_CASES].map((input): VectorCase => {
        if (names.has(input.name)) throw new Error(`case name used twice: ${input.name}`);
        names.add(input.name);
        const framework = inline[input.framework] ?? shipped.get(input.framework);
        if (!framework) throw new Error(`${input.name}: unknown framework ${input.framework}`);
        const evaluationDay = input.evaluationDay ?? DEFAULT_DAY;
        return {
            name: input.name,
            framework: input.framework,
            answers: input.answers,
            ...(input.values === undefined ? {} : { values: input.values }),
            evaluationDay,
            expected: expectedResult(framework, input.answers, input.values ?? {}, evaluationDay),
        };
    });
    return { version: 2, description: DESCRIPTION, frameworks: inline, cases };
}
