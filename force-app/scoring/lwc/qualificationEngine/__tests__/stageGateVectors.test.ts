/**
 * The stage-gate vectors (BB_StageGateVectors.json, also read by the Apex stage-gate tests) run
 * through this engine. The file must be exactly what scripts/vectors/stageGateVectors.ts computes
 * with its independent reference, so it cannot drift from the contract by a hand edit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStageGateVectors } from '../../../../../scripts/vectors/stageGateVectors';
import { decideStageMove } from '../qualificationEngine';
import type {
    StageGateConfig,
    StageGateEvaluation,
    StageMoveDecision,
    StageOption,
} from '../qualificationEngine';

interface VectorCase {
    name: string;
    gates: string[];
    move: {
        objectApiName: string;
        framework: string | null;
        fromStage: string | null;
        toStage: string | null;
    };
    evaluation: StageGateEvaluation;
    expected: StageMoveDecision;
}

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const vectors = JSON.parse(
    readFileSync(
        join(ROOT, 'force-app', 'scoring', 'staticresources', 'BB_StageGateVectors.json'),
        'utf8',
    ),
) as {
    version: number;
    stages: StageOption[];
    frameworks: Record<string, string[]>;
    gates: StageGateConfig[];
    cases: VectorCase[];
};

describe('stage-gate vectors', () => {
    it('are exactly what the generator computes (npm run vectors)', () => {
        expect(vectors).toEqual(JSON.parse(JSON.stringify(buildStageGateVectors(ROOT))));
    });

    it('cover what the contract lists: allowed and blocked moves, errors, Lead conversion', () => {
        expect(vectors.version).toBe(1);
        const expected = vectors.cases.map((each) => each.expected);
        expect(expected.filter((decision) => decision.allowed).length).toBeGreaterThan(10);
        expect(expected.filter((decision) => !decision.allowed).length).toBeGreaterThan(10);
        expect(expected.some((decision) => decision.errors.length > 5)).toBe(true);
        expect(vectors.cases.filter((each) => each.move.objectApiName === 'Lead').length).toBe(6);
        expect(vectors.stages.map((stage) => stage.value)).toContain('Closed Lost');
    });

    it.each(vectors.cases.map((each) => [each.name, each] as const))(
        'the engine decides: %s',
        (_name, vector) => {
            const gates = vector.gates.map((name) => {
                const gate = vectors.gates.find((each) => each.name === name);
                if (gate === undefined) throw new Error(`no gate ${name}`);
                return gate;
            });
            const decision = decideStageMove(
                gates,
                { ...vector.move, stages: vectors.stages },
                vector.evaluation,
                vectors.frameworks,
            );
            expect(decision).toEqual(vector.expected);
        },
    );
});
