/**
 * The stage-gate vectors (force-app/scoring/staticresources/BB_StageGateVectors.json): the standard
 * Opportunity stages, the gates, and the cases the contract lists, each with its expected decision
 * computed by stageGateReference.ts (no engine code). The Apex test `QualificationStageGates_Tests`
 * and the Jest test of the TS engine read the same file; generateVectors.ts writes it.
 */
import { join } from 'node:path';
import {
    referenceDecision,
    type ReferenceDecision,
    type ReferenceEvaluation,
    type ReferenceGate,
    type ReferenceMove,
    type ReferenceStage,
} from './stageGateReference';
import { STANDARD_OPPORTUNITY_STAGES } from '../lib/catalog/opportunityStages';
import { readShippedFrameworks } from './shippedFrameworks';

export const STAGE_GATE_VECTORS_FILE = 'force-app/scoring/staticresources/BB_StageGateVectors.json';

export interface StageGateVectorCase {
    readonly name: string;
    /** Names of the gates in play (of the document's `gates`). */
    readonly gates: readonly string[];
    readonly move: ReferenceMove;
    readonly evaluation: ReferenceEvaluation;
    readonly expected: ReferenceDecision;
}

export interface StageGateVectorsDocument {
    readonly version: 1;
    readonly description: string;
    readonly stages: readonly ReferenceStage[];
    readonly frameworks: Readonly<Record<string, readonly string[]>>;
    readonly gates: readonly ReferenceGate[];
    readonly cases: readonly StageGateVectorCase[];
}

const DESCRIPTION =
    "Conformance vectors for the stage gates in docs/architecture.md ('Stage gates'). 'stages' is the standard Opportunity StageName picklist in order; 'frameworks' maps each shipped framework to its dimension keys; 'gates' are BB_Stage_Gate__mdt records with their field values as written ('requirements' is Dimension_Requirements__c). Each case names the gates in play, the move (toStage null on a Lead: its conversion; 'stages' apply to every case, conversions included) and the fresh evaluation; 'expected' is the decision. Computed by scripts/vectors/stageGateReference.ts, independently of either engine (npm run vectors).";

// The standard stages as data (that module imports nothing, so no engine code comes with it).
const STAGES: ReferenceStage[] = STANDARD_OPPORTUNITY_STAGES.map((stage) => ({ ...stage }));

function gate(
    name: string,
    fields: Partial<Omit<ReferenceGate, 'name'>> & Pick<ReferenceGate, 'objectApiName'>,
): ReferenceGate {
    return {
        name,
        stage: null,
        framework: null,
        minimumStatus: null,
        minimumScore: null,
        requirements: null,
        active: true,
        ...fields,
    };
}

/** The four shipped examples (inactive as shipped, active here) and gates made for single rules. */
const GATES: ReferenceGate[] = [
    gate('Opportunity_Canvas_Proposal', {
        objectApiName: 'Opportunity',
        stage: 'Proposal/Price Quote',
        framework: 'Beyond_BANT_Canvas',
        minimumStatus: 'Nurture',
        requirements: 'Goals:Met;Challenges:Partly_Met',
    }),
    gate('Opportunity_Any_Negotiation', {
        objectApiName: 'Opportunity',
        stage: 'Negotiation/Review',
        minimumStatus: 'Qualified',
        requirements: 'Authority:Met;Budget:Partly_Met',
    }),
    gate('Opportunity_BANT_Id_Decision_Makers', {
        objectApiName: 'Opportunity',
        stage: 'Id. Decision Makers',
        framework: 'BANT',
        minimumScore: 50,
        requirements: 'Need:Partly_Met',
    }),
    gate('Lead_Conversion', { objectApiName: 'Lead', minimumStatus: 'Nurture' }),
    gate('Test_Lead_Canvas_Goals', {
        objectApiName: 'Lead',
        framework: 'Beyond_BANT_Canvas',
        requirements: 'Goals:Partly_Met',
    }),
    gate('Test_Value_Proposition_Any', {
        objectApiName: 'Opportunity',
        stage: 'Value Proposition',
        requirements: ' Will_To_Change : Met ; Need:Partly_Met; ',
    }),
    gate('Test_Perception_Explored', {
        objectApiName: 'Opportunity',
        stage: 'Perception Analysis',
        requirements: 'Authority:Not_Met',
    }),
    gate('Test_Negotiation_Score', {
        objectApiName: 'Opportunity',
        stage: 'Negotiation/Review',
        minimumScore: 70,
    }),
    gate('Test_Qualification_Inactive', {
        objectApiName: 'Opportunity',
        stage: 'Qualification',
        minimumStatus: 'Qualified',
        active: false,
    }),
    gate('Test_Broken_Stage', {
        objectApiName: 'Opportunity',
        stage: 'Negotiation',
        minimumStatus: 'Qualified',
        requirements: 'Authority=Met',
    }),
    gate('Test_Broken_Object', {
        objectApiName: 'Account',
        stage: 'Prospecting',
        minimumStatus: 'Working',
    }),
    gate('Test_Broken_Values', {
        objectApiName: 'Opportunity',
        stage: 'Qualification',
        framework: 'MEDDPICC_Unknown',
        minimumStatus: 'New',
        minimumScore: 101,
    }),
    gate('Test_Broken_Requirements', {
        objectApiName: 'Opportunity',
        stage: 'Needs Analysis',
        framework: 'BANT',
        requirements: 'Authority:Blocker;Budget:Met;Budget:Partly_Met;:Met;Goals:Met;Need:',
    }),
    gate('Test_Broken_Score_Fraction', {
        objectApiName: 'Opportunity',
        stage: 'Qualification',
        minimumScore: 50.5,
    }),
    gate('Test_Broken_No_Criterion', { objectApiName: 'Opportunity', stage: 'Qualification' }),
    gate('Test_Broken_Lead_Stage', {
        objectApiName: 'Lead',
        stage: 'Qualification',
        minimumStatus: 'Nurture',
    }),
    gate('Test_Broken_Opportunity_No_Stage', {
        objectApiName: 'Opportunity',
        stage: ' ',
        minimumStatus: 'Nurture',
    }),
    gate('Test_Broken_Negative_Score', {
        objectApiName: 'Opportunity',
        stage: 'Qualification',
        minimumScore: -5,
    }),
];

interface CaseInput {
    readonly name: string;
    readonly gates: readonly string[];
    readonly move: ReferenceMove;
    readonly evaluation: ReferenceEvaluation;
}

const opportunity = (
    framework: string,
    fromStage: string | null,
    toStage: string | null,
): ReferenceMove => ({ objectApiName: 'Opportunity', framework, fromStage, toStage });
const conversion = (framework: string): ReferenceMove => ({
    objectApiName: 'Lead',
    framework,
    fromStage: null,
    toStage: null,
});
const evaluation = (
    status: string | null,
    score: number | null,
    answers: Record<string, string> = {},
): ReferenceEvaluation => ({ status, score, answers });

const NEGOTIATION = ['Opportunity_Any_Negotiation'];
const SHIPPED_OPPORTUNITY = [
    'Opportunity_Canvas_Proposal',
    'Opportunity_Any_Negotiation',
    'Opportunity_BANT_Id_Decision_Makers',
];
const READY = evaluation('Qualified', 85, { Authority: 'Met', Budget: 'Partly_Met', Need: 'Met' });
const SHORT = evaluation('Nurture', 60, { Authority: 'Partly_Met', Budget: 'Met', Need: 'Met' });
const BROKEN = [
    'Test_Broken_Stage',
    'Test_Broken_Object',
    'Test_Broken_Values',
    'Test_Broken_Requirements',
    'Test_Broken_Score_Fraction',
    'Test_Broken_No_Criterion',
    'Test_Broken_Lead_Stage',
    'Test_Broken_Opportunity_No_Stage',
    'Test_Broken_Negative_Score',
];

const CASES: CaseInput[] = [
    {
        name: 'no gate: a jump from the first stage to the last open one is allowed',
        gates: [],
        move: opportunity('BANT', 'Prospecting', 'Negotiation/Review'),
        evaluation: evaluation('New', 0),
    },
    {
        name: 'met: status Qualified, Authority Met, Budget Partly met pass the negotiation gate',
        gates: NEGOTIATION,
        move: opportunity('BANT', 'Proposal/Price Quote', 'Negotiation/Review'),
        evaluation: READY,
    },
    {
        name: 'met: a rating above the minimum (Budget Met for at least Partly met) passes',
        gates: NEGOTIATION,
        move: opportunity('BANT', 'Proposal/Price Quote', 'Negotiation/Review'),
        evaluation: evaluation('Qualified', 100, { Authority: 'Met', Budget: 'Met' }),
    },
    {
        name: 'unmet: Nurture and Authority Partly met are named, Budget Met passes',
        gates: NEGOTIATION,
        move: opportunity('BANT', 'Proposal/Price Quote', 'Negotiation/Review'),
        evaluation: SHORT,
    },
    {
        name: 'unmet: unexplored and missing ratings have no value and fail',
        gates: NEGOTIATION,
        move: opportunity('GPCTBA_CI', 'Proposal/Price Quote', 'Negotiation/Review'),
        evaluation: evaluation('Qualified', 80, { Authority: 'Not_Explored' }),
    },
    {
        name: 'forward over several gates (BANT): the decision-makers gate passes, negotiation fails',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', 'Prospecting', 'Negotiation/Review'),
        evaluation: SHORT,
    },
    {
        name: 'forward over several gates (canvas): proposal and negotiation, in stage order',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('Beyond_BANT_Canvas', 'Needs Analysis', 'Negotiation/Review'),
        evaluation: evaluation('Qualified', 90, {
            Goals: 'Met',
            Challenges: 'Partly_Met',
            Authority: 'Met',
            Budget: 'Not_Met',
        }),
    },
    {
        name: 'forward over several gates: gates of one stage are checked in DeveloperName order',
        gates: ['Test_Negotiation_Score', 'Opportunity_Any_Negotiation'],
        move: opportunity('BANT', 'Proposal/Price Quote', 'Negotiation/Review'),
        evaluation: evaluation('Qualified', 69, { Authority: 'Met', Budget: 'Met' }),
    },
    {
        name: 'forward to a stage before the gate: nothing to pass',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', 'Prospecting', 'Value Proposition'),
        evaluation: evaluation('New', 0),
    },
    {
        name: 'backward: from Negotiation/Review back to Qualification is always allowed',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', 'Negotiation/Review', 'Qualification'),
        evaluation: evaluation('Disqualified', 0, { Authority: 'Blocker' }),
    },
    {
        name: 'same stage: staying in a gated stage is never checked',
        gates: NEGOTIATION,
        move: opportunity('BANT', 'Negotiation/Review', 'Negotiation/Review'),
        evaluation: SHORT,
    },
    {
        name: 'Closed Lost: allowed from any stage, no gate checked',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', 'Prospecting', 'Closed Lost'),
        evaluation: evaluation('Disqualified', 0, { Need: 'Blocker' }),
    },
    {
        name: 'Closed Won past gates: every gate on the way is checked',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', 'Perception Analysis', 'Closed Won'),
        evaluation: SHORT,
    },
    {
        name: 'Closed Won past gates: met gates let the deal close',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', 'Perception Analysis', 'Closed Won'),
        evaluation: READY,
    },
    {
        name: 'insert into a gated stage: every gate up to it is checked',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', null, 'Negotiation/Review'),
        evaluation: evaluation('Working', 40, { Need: 'Partly_Met' }),
    },
    {
        name: 'insert into the first stage: nothing to pass',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', null, 'Prospecting'),
        evaluation: evaluation('New', 0),
    },
    {
        name: 'a from stage missing from the picklist counts as before the first stage',
        gates: SHIPPED_OPPORTUNITY,
        move: opportunity('BANT', 'Legacy Stage', 'Id. Decision Makers'),
        evaluation: evaluation('Working', 50, { Need: 'Partly_Met' }),
    },
    {
        name: 'framework-specific gate applies: canvas proposal gate names Goals and Challenges',
        gates: ['Opportunity_Canvas_Proposal'],
        move: opportunity('Beyond_BANT_Canvas', 'Perception Analysis', 'Proposal/Price Quote'),
        evaluation: evaluation('Nurture', 55, { Goals: 'Partly_Met', Challenges: 'Partly_Met' }),
    },
    {
        name: 'framework-specific gate does not apply: the canvas gate leaves a BANT deal alone',
        gates: ['Opportunity_Canvas_Proposal'],
        move: opportunity('BANT', 'Perception Analysis', 'Proposal/Price Quote'),
        evaluation: evaluation('New', 0),
    },
    {
        name: 'score gate: exactly the minimum passes',
        gates: ['Opportunity_BANT_Id_Decision_Makers'],
        move: opportunity('BANT', 'Value Proposition', 'Id. Decision Makers'),
        evaluation: evaluation('Working', 50, { Need: 'Met' }),
    },
    {
        name: 'score gate: one below the minimum fails',
        gates: ['Opportunity_BANT_Id_Decision_Makers'],
        move: opportunity('BANT', 'Value Proposition', 'Id. Decision Makers'),
        evaluation: evaluation('Nurture', 49, { Need: 'Met' }),
    },
    {
        name: 'dimension missing from framework (BANT): Will_To_Change is skipped, Need is checked',
        gates: ['Test_Value_Proposition_Any'],
        move: opportunity('BANT', 'Needs Analysis', 'Value Proposition'),
        evaluation: evaluation('Working', 30, { Need: 'Not_Met' }),
    },
    {
        name: 'dimension missing from framework (canvas): Need is skipped, Will_To_Change is checked',
        gates: ['Test_Value_Proposition_Any'],
        move: opportunity('Beyond_BANT_Canvas', 'Needs Analysis', 'Value Proposition'),
        evaluation: evaluation('Working', 30, { Will_To_Change: 'Met' }),
    },
    {
        name: 'dimension missing from framework: a gate left with no criterion passes',
        gates: ['Test_Value_Proposition_Any'],
        move: opportunity('GPCTBA_CI', 'Needs Analysis', 'Value Proposition'),
        evaluation: evaluation('New', 0),
    },
    {
        name: 'Not met means explored: a Blocker fails a Not_Met requirement',
        gates: ['Test_Perception_Explored'],
        move: opportunity('BANT', 'Id. Decision Makers', 'Perception Analysis'),
        evaluation: evaluation('Nurture', 60, { Authority: 'Blocker' }),
    },
    {
        name: 'Not met means explored: Not met passes a Not_Met requirement',
        gates: ['Test_Perception_Explored'],
        move: opportunity('BANT', 'Id. Decision Makers', 'Perception Analysis'),
        evaluation: evaluation('Nurture', 60, { Authority: 'Not_Met' }),
    },
    {
        name: 'inactive gate: never checked, never validated',
        gates: ['Test_Qualification_Inactive'],
        move: opportunity('BANT', 'Prospecting', 'Qualification'),
        evaluation: evaluation('New', 0),
    },
    {
        name: 'invalid gate never blocks: a broken gate at an unknown stage is named, the valid gate decides',
        gates: ['Test_Broken_Stage', 'Opportunity_Any_Negotiation'],
        move: opportunity('BANT', 'Proposal/Price Quote', 'Negotiation/Review'),
        evaluation: READY,
    },
    {
        name: 'invalid gates: every configuration error is named, in DeveloperName order, and nothing blocks',
        gates: BROKEN,
        move: opportunity('BANT', 'Prospecting', 'Negotiation/Review'),
        evaluation: evaluation('Disqualified', 0, { Budget: 'Blocker' }),
    },
    {
        name: 'invalid gates are reported on a Lead conversion too, and do not block it',
        gates: [...BROKEN, 'Lead_Conversion'],
        move: conversion('BANT'),
        evaluation: evaluation('Nurture', 40),
    },
    {
        name: 'Lead conversion: a Disqualified lead is blocked by the conversion gate',
        gates: ['Lead_Conversion', ...NEGOTIATION],
        move: conversion('BANT'),
        evaluation: evaluation('Disqualified', 20, { Need: 'Blocker' }),
    },
    {
        name: 'Lead conversion: a Nurture lead converts; Opportunity gates are not checked',
        gates: ['Lead_Conversion', ...NEGOTIATION],
        move: conversion('BANT'),
        evaluation: evaluation('Nurture', 45),
    },
    {
        name: 'Lead conversion: gates in DeveloperName order, a framework-specific one applies to its framework',
        gates: ['Test_Lead_Canvas_Goals', 'Lead_Conversion'],
        move: conversion('Beyond_BANT_Canvas'),
        evaluation: evaluation('Qualified', 90, { Goals: 'Not_Met' }),
    },
    {
        name: 'Lead conversion: a framework-specific gate leaves other frameworks alone',
        gates: ['Test_Lead_Canvas_Goals', 'Lead_Conversion'],
        move: conversion('BANT'),
        evaluation: evaluation('Nurture', 20),
    },
    {
        name: 'Lead conversion with no gate: allowed',
        gates: [],
        move: conversion('BANT'),
        evaluation: evaluation('Disqualified', 0),
    },
];

/** Framework DeveloperName → dimension keys in framework order, from the shipped records under `root`. */
function shippedDimensionKeys(root: string): Record<string, string[]> {
    const keys: Record<string, string[]> = {};
    const shipped = readShippedFrameworks(root);
    for (const name of [...shipped.keys()].sort()) {
        const dimensions = [...(shipped.get(name)?.dimensions ?? [])];
        keys[name] = dimensions.sort((a, b) => a.order - b.order).map((each) => each.key);
    }
    return keys;
}

/** The vectors as they should be. */
export function buildStageGateVectors(root: string): StageGateVectorsDocument {
    const frameworks = shippedDimensionKeys(root);
    const byName = new Map(GATES.map((each) => [each.name, each]));
    const cases = CASES.map((input): StageGateVectorCase => {
        const inPlay = input.gates.map((name) => {
            const found = byName.get(name);
            if (found === undefined) throw new Error(`case "${input.name}" names no gate ${name}`);
            return found;
        });
        return {
            ...input,
            expected: referenceDecision(inPlay, STAGES, frameworks, input.move, input.evaluation),
        };
    });
    return {
        version: 1,
        description: DESCRIPTION,
        stages: STAGES,
        frameworks,
        gates: GATES,
        cases,
    };
}

export function stageGateVectorsPath(root: string): string {
    return join(root, STAGE_GATE_VECTORS_FILE);
}
