import { decideStageMove, nextStageGate, validateStageGate } from '../qualificationEngine';
import type { StageGateConfig, StageMove, StageOption } from '../qualificationEngine';
import { STANDARD_OPPORTUNITY_STAGES } from '../../../../../scripts/lib/catalog/opportunityStages';

const STAGES: readonly StageOption[] = STANDARD_OPPORTUNITY_STAGES;

const FRAMEWORKS = {
    BANT: ['Budget', 'Authority', 'Need', 'Timeline'],
    Beyond_BANT_Canvas: ['Goals', 'Challenges', 'Budget', 'Authority'],
};

function gate(changes: Partial<StageGateConfig> = {}): StageGateConfig {
    return {
        name: 'Negotiation',
        objectApiName: 'Opportunity',
        stage: 'Negotiation/Review',
        framework: null,
        minimumStatus: 'Qualified',
        minimumScore: null,
        requirements: 'Authority:Met;Budget:Partly_Met',
        active: true,
        ...changes,
    };
}

function move(changes: Partial<StageMove> = {}): StageMove {
    return {
        objectApiName: 'Opportunity',
        framework: 'BANT',
        fromStage: 'Prospecting',
        toStage: 'Negotiation/Review',
        stages: STAGES,
        ...changes,
    };
}

const ready = { status: 'Qualified', score: 90, answers: { Authority: 'Met', Budget: 'Met' } };
const short = { status: 'Nurture', score: 60, answers: { Authority: 'Partly_Met' } };

describe('decideStageMove', () => {
    it('allows a forward move whose gate is met and lists every criterion met', () => {
        const decision = decideStageMove([gate()], move(), ready, FRAMEWORKS);
        expect(decision.allowed).toBe(true);
        expect(decision.gates).toEqual([
            {
                name: 'Negotiation',
                stage: 'Negotiation/Review',
                met: true,
                criteria: [
                    { kind: 'STATUS', required: 'Qualified', actual: 'Qualified', met: true },
                    {
                        kind: 'DIMENSION',
                        dimension: 'Authority',
                        required: 'Met',
                        actual: 'Met',
                        met: true,
                    },
                    {
                        kind: 'DIMENSION',
                        dimension: 'Budget',
                        required: 'Partly_Met',
                        actual: 'Met',
                        met: true,
                    },
                ],
            },
        ]);
        expect(decision.errors).toEqual([]);
    });

    it('blocks a forward move past an unmet gate and names each criterion with its value', () => {
        const decision = decideStageMove([gate()], move(), short, FRAMEWORKS);
        expect(decision.allowed).toBe(false);
        expect(decision.gates[0]?.criteria).toEqual([
            { kind: 'STATUS', required: 'Qualified', actual: 'Nurture', met: false },
            {
                kind: 'DIMENSION',
                dimension: 'Authority',
                required: 'Met',
                actual: 'Partly_Met',
                met: false,
            },
            {
                kind: 'DIMENSION',
                dimension: 'Budget',
                required: 'Partly_Met',
                actual: null,
                met: false,
            },
        ]);
    });

    it('never blocks a move back, a stay, or Closed Lost, and checks Closed Won like any forward move', () => {
        const gates = [gate()];
        const from = 'Closed Won';
        expect(
            decideStageMove(
                gates,
                move({ fromStage: from, toStage: 'Prospecting' }),
                short,
                FRAMEWORKS,
            ),
        ).toMatchObject({ allowed: true, gates: [] });
        expect(
            decideStageMove(
                gates,
                move({ fromStage: 'Negotiation/Review', toStage: 'Negotiation/Review' }),
                short,
                FRAMEWORKS,
            ),
        ).toMatchObject({ allowed: true, gates: [] });
        expect(
            decideStageMove(gates, move({ toStage: 'Closed Lost' }), short, FRAMEWORKS),
        ).toMatchObject({ allowed: true, gates: [] });
        expect(
            decideStageMove(gates, move({ toStage: 'Closed Won' }), short, FRAMEWORKS).allowed,
        ).toBe(false);
    });

    it('checks every gate passed on the way, in stage order then by name, and a record created in a gated stage', () => {
        const gates = [
            gate({ name: 'Z_Proposal', stage: 'Proposal/Price Quote', requirements: null }),
            gate({ name: 'B_Negotiation', requirements: null, minimumStatus: 'Nurture' }),
            gate({
                name: 'A_Negotiation',
                requirements: null,
                minimumScore: 50,
                minimumStatus: null,
            }),
        ];
        const decision = decideStageMove(gates, move({ fromStage: null }), short, FRAMEWORKS);
        expect(decision.gates.map((each) => [each.name, each.met])).toEqual([
            ['Z_Proposal', false],
            ['A_Negotiation', true],
            ['B_Negotiation', true],
        ]);
        expect(decision.allowed).toBe(false);
        const beyond = decideStageMove(
            gates,
            move({ fromStage: 'Proposal/Price Quote' }),
            short,
            FRAMEWORKS,
        );
        expect(beyond.gates.map((each) => each.name)).toEqual(['A_Negotiation', 'B_Negotiation']);
        expect(beyond.allowed).toBe(true);
    });

    it('applies a framework-specific gate only to records of that framework and skips requirements the framework lacks', () => {
        const canvasOnly = gate({ framework: 'Beyond_BANT_Canvas', requirements: 'Goals:Met' });
        expect(decideStageMove([canvasOnly], move(), short, FRAMEWORKS).gates).toEqual([]);
        const anyFramework = gate({ minimumStatus: null, requirements: 'Goals:Met;Need:Not_Met' });
        const decision = decideStageMove(
            [anyFramework],
            move(),
            { ...short, answers: { Need: 'Blocker' } },
            FRAMEWORKS,
        );
        expect(decision.gates[0]?.criteria).toEqual([
            {
                kind: 'DIMENSION',
                dimension: 'Need',
                required: 'Not_Met',
                actual: 'Blocker',
                met: false,
            },
        ]);
        expect(
            decideStageMove(
                [anyFramework],
                move(),
                { ...short, answers: { Need: 'Not_Met' } },
                FRAMEWORKS,
            ).allowed,
        ).toBe(true);
    });

    it('reports an invalid active gate by name and never enforces it; inactive gates are ignored', () => {
        const broken = gate({
            name: 'Broken',
            stage: 'Negotiation',
            requirements: 'Authority=Met',
        });
        const inactive = gate({ name: 'Asleep', active: false });
        const decision = decideStageMove([broken, inactive], move(), short, FRAMEWORKS);
        expect(decision).toEqual({
            allowed: true,
            gates: [],
            errors: [
                'BB_Stage_Gate__mdt.Broken: Stage__c is not a value of the Opportunity StageName picklist (was Negotiation)',
                'BB_Stage_Gate__mdt.Broken: Dimension_Requirements__c has a malformed pair, expected Key:Rating (was Authority=Met)',
            ],
        });
    });

    it('checks a Lead conversion against the Lead gates only, with no stage', () => {
        const conversion = gate({
            name: 'Lead_Conversion',
            objectApiName: 'Lead',
            stage: null,
            minimumStatus: 'Nurture',
            requirements: null,
        });
        // The stages stay the Opportunity stages: the Opportunity gates are validated against them.
        const leadMove = move({ objectApiName: 'Lead', fromStage: null, toStage: null });
        const blocked = decideStageMove(
            [conversion, gate()],
            leadMove,
            { status: 'Disqualified', score: 0, answers: {} },
            FRAMEWORKS,
        );
        expect(blocked).toEqual({
            allowed: false,
            gates: [
                {
                    name: 'Lead_Conversion',
                    stage: null,
                    met: false,
                    criteria: [
                        { kind: 'STATUS', required: 'Nurture', actual: 'Disqualified', met: false },
                    ],
                },
            ],
            errors: [],
        });
        expect(decideStageMove([conversion], leadMove, short, FRAMEWORKS).allowed).toBe(true);
    });

    it('treats a missing score, an unknown status and an unknown rating as unmet', () => {
        const decision = decideStageMove(
            [gate({ minimumScore: 0, requirements: 'Authority:Not_Met' })],
            move(),
            { status: 'Promising', score: null, answers: { Authority: 'Not_Explored' } },
            FRAMEWORKS,
        );
        expect(
            decision.gates[0]?.criteria.map((each) => [each.kind, each.actual, each.met]),
        ).toEqual([
            ['STATUS', 'Promising', false],
            ['SCORE', null, false],
            ['DIMENSION', 'Not_Explored', false],
        ]);
    });
});

describe('decideStageMove at the edges', () => {
    it('allows an Opportunity move without a target stage and checks nothing', () => {
        expect(decideStageMove([gate()], move({ toStage: null }), short, FRAMEWORKS)).toEqual({
            allowed: true,
            gates: [],
            errors: [],
        });
    });

    it('skips every requirement for a record without a framework, and reads a blank status as none', () => {
        const decision = decideStageMove(
            [gate(), gate()],
            move({ framework: null }),
            { status: ' ', score: 90, answers: { Authority: 'Met' } },
            FRAMEWORKS,
        );
        expect(decision.gates.map((each) => each.criteria)).toEqual([
            [{ kind: 'STATUS', required: 'Qualified', actual: null, met: false }],
            [{ kind: 'STATUS', required: 'Qualified', actual: null, met: false }],
        ]);
    });

    it('has no next gate for a Lead without a conversion gate', () => {
        expect(
            nextStageGate(
                [gate()],
                { objectApiName: 'Lead', framework: 'BANT', stage: null, stages: STAGES },
                FRAMEWORKS,
            ),
        ).toBeNull();
    });
});

describe('nextStageGate', () => {
    const gates = [
        gate({ name: 'Proposal', stage: 'Proposal/Price Quote' }),
        gate({ name: 'Negotiation' }),
        gate({ name: 'Canvas', stage: 'Id. Decision Makers', framework: 'Beyond_BANT_Canvas' }),
        gate({ name: 'Lead_Conversion', objectApiName: 'Lead', stage: null }),
    ];
    const at = (stage: string | null, framework = 'BANT') =>
        nextStageGate(
            gates,
            { objectApiName: 'Opportunity', framework, stage, stages: STAGES },
            FRAMEWORKS,
        )?.name ?? null;

    it('is the first gate after the current stage that applies to the framework', () => {
        expect(at('Prospecting')).toBe('Proposal');
        expect(at('Prospecting', 'Beyond_BANT_Canvas')).toBe('Canvas');
        expect(at(null)).toBe('Proposal');
        expect(at('Proposal/Price Quote')).toBe('Negotiation');
        expect(at('Negotiation/Review')).toBeNull();
    });

    it('is the conversion gate for a Lead', () => {
        expect(
            nextStageGate(
                gates,
                { objectApiName: 'Lead', framework: 'BANT', stage: null, stages: [] },
                FRAMEWORKS,
            )?.name,
        ).toBe('Lead_Conversion');
    });
});

describe('validateStageGate', () => {
    const errors = (changes: Partial<StageGateConfig>): string[] =>
        validateStageGate(gate({ name: 'G', ...changes }), STAGES, FRAMEWORKS).map((message) =>
            message.replace('BB_Stage_Gate__mdt.G: ', ''),
        );

    it('accepts the shipped shapes', () => {
        expect(errors({})).toEqual([]);
        expect(
            errors({
                objectApiName: 'Lead',
                stage: '  ',
                requirements: null,
                minimumStatus: 'Nurture',
            }),
        ).toEqual([]);
        expect(
            errors({ framework: 'BANT', minimumScore: 50, requirements: 'Need:Partly_Met;' }),
        ).toEqual([]);
    });

    it.each<[Partial<StageGateConfig>, string[]]>([
        [
            { objectApiName: 'Account', stage: 'Anything' },
            ['Object__c must be Lead or Opportunity (was Account)'],
        ],
        [{ objectApiName: null }, ['Object__c must be Lead or Opportunity (was blank)']],
        [{ stage: ' ' }, ['Stage__c must name the stage the gate guards (was blank)']],
        [
            { objectApiName: 'Lead', stage: 'Qualification' },
            ['Stage__c must be blank: a Lead gate guards conversion (was Qualification)'],
        ],
        [{ framework: 'MEDDPICC' }, ['Framework__c names no known framework (was MEDDPICC)']],
        [
            { minimumStatus: 'New' },
            ['Minimum_Status__c must be Working, Nurture or Qualified (was New)'],
        ],
        [
            { minimumScore: 101 },
            ['Minimum_Score__c must be a whole number from 0 to 100 (was 101)'],
        ],
        [
            { minimumScore: 50.5 },
            ['Minimum_Score__c must be a whole number from 0 to 100 (was 50.5)'],
        ],
        [{ minimumScore: -5 }, ['Minimum_Score__c must be a whole number from 0 to 100 (was -5)']],
        [
            { requirements: 'Authority:;:Met;a:b:c;Budget' },
            [
                'Dimension_Requirements__c has a malformed pair, expected Key:Rating (was Authority:)',
                'Dimension_Requirements__c has a malformed pair, expected Key:Rating (was :Met)',
                'Dimension_Requirements__c has a malformed pair, expected Key:Rating (was a:b:c)',
                'Dimension_Requirements__c has a malformed pair, expected Key:Rating (was Budget)',
            ],
        ],
        [
            { requirements: 'Authority:Blocker; Budget : Met ;Budget:Partly_Met' },
            [
                'Dimension_Requirements__c has an unknown rating, expected Not_Met, Partly_Met or Met (was Authority:Blocker)',
                'Dimension_Requirements__c names Budget more than once (was Budget:Partly_Met)',
            ],
        ],
        [
            { framework: 'BANT', requirements: 'Goals:Met' },
            [
                'Dimension_Requirements__c names Goals, which is not a dimension of BANT (was Goals:Met)',
            ],
        ],
        [
            { minimumStatus: null, requirements: ' ' },
            [
                'Dimension_Requirements__c must name a requirement when Minimum_Status__c and Minimum_Score__c are blank: a gate needs a criterion (was blank)',
            ],
        ],
    ])('names what is wrong with %p', (changes, expected) => {
        expect(errors(changes)).toEqual(expected);
    });
});
