import { loadCatalog } from '../../../lib/catalog';
import { UiApiError } from '../records/uiApiErrors';
import { stageGatesOnSave, type GateSaveInput } from '../records/stageGatesOnSave';
import { readStageGateSettings } from '../records/stageGateSettings';

const catalog = loadCatalog();
const NOW = new Date('2026-04-01T08:00:00.000Z');

const opportunity = {
    BB_Qualification_Framework__c: 'BANT',
    StageName: 'Proposal/Price Quote',
    BB_Qualification_Status__c: 'Nurture',
    BB_Qualification_Score__c: 60,
    BB_Authority_Rating__c: 'Partly_Met',
    BB_Budget_Rating__c: 'Met',
};

function input(changes: Partial<GateSaveInput> = {}): GateSaveInput {
    return {
        objectApiName: 'Opportunity',
        before: opportunity,
        after: { ...opportunity, StageName: 'Negotiation/Review' },
        catalog,
        language: 'en',
        settings: { activeGates: ['Opportunity_Any_Negotiation'], persona: 'rep' },
        statusLabels: { Nurture: 'Nurture', Qualified: 'Qualified', Disqualified: 'Disqualified' },
        userId: '005000000000001AAA',
        now: NOW,
        ...changes,
    };
}

const BLANK = {
    BB_Next_Gate__c: null,
    BB_Next_Gate_Status__c: null,
    BB_Next_Gate_Blocked_By__c: null,
};

function failure(run: () => unknown): unknown {
    try {
        run();
    } catch (error) {
        if (error instanceof UiApiError) return error.body;
        throw error;
    }
    throw new Error('the save went through');
}

describe('the preview trigger enforces the active stage gates', () => {
    it('fails a forward move past an unmet gate on StageName, naming each unmet criterion', () => {
        expect(failure(() => stageGatesOnSave(input()))).toMatchObject({
            output: {
                fieldErrors: {
                    StageName: [
                        {
                            message:
                                'To move to Negotiation/Review: status must be at least Qualified (now Nurture); Authority must be Met (now Partly met).',
                        },
                    ],
                },
            },
        });
    });

    it('lets the move through when the gate is inactive, the stage did not change or it moves back', () => {
        const blockedAhead = {
            BB_Next_Gate__c: 'Opportunity_Any_Negotiation',
            BB_Next_Gate_Status__c: 'Blocked',
            BB_Next_Gate_Blocked_By__c: 'Status;Authority',
        };
        expect(stageGatesOnSave(input({ settings: { activeGates: [], persona: 'rep' } }))).toEqual(
            BLANK,
        );
        expect(stageGatesOnSave(input({ after: opportunity }))).toEqual(blockedAhead);
        expect(
            stageGatesOnSave(
                input({ before: { ...opportunity, StageName: 'Closed Won' }, after: opportunity }),
            ),
        ).toEqual(blockedAhead);
    });

    it('keeps the next gate ready once its criteria are met, and blank past the last gate or when closed', () => {
        const ready = {
            ...opportunity,
            BB_Qualification_Status__c: 'Qualified',
            BB_Authority_Rating__c: 'Met',
        };
        expect(stageGatesOnSave(input({ after: ready }))).toEqual({
            BB_Next_Gate__c: 'Opportunity_Any_Negotiation',
            BB_Next_Gate_Status__c: 'Ready',
            BB_Next_Gate_Blocked_By__c: null,
        });
        expect(
            stageGatesOnSave(input({ after: { ...ready, StageName: 'Negotiation/Review' } })),
        ).toEqual(BLANK);
        expect(
            stageGatesOnSave(input({ after: { ...opportunity, StageName: 'Closed Lost' } })),
        ).toEqual(BLANK);
    });

    it('tells a manager how to pass, and stamps who, when, which gate and the count with a new reason', () => {
        const manager = {
            activeGates: ['Opportunity_Any_Negotiation'],
            persona: 'manager',
        } as const;
        const blocked = JSON.stringify(
            failure(() => stageGatesOnSave(input({ settings: manager }))),
        );
        expect(blocked).toContain('To move anyway, give an override reason.');
        expect(
            stageGatesOnSave(
                input({
                    settings: manager,
                    before: { ...opportunity, BB_Gate_Override_Count__c: 2 },
                    after: {
                        ...opportunity,
                        StageName: 'Negotiation/Review',
                        BB_Gate_Override_Reason__c: 'Board meets Friday',
                    },
                }),
            ),
        ).toMatchObject({
            BB_Gate_Override_By__c: '005000000000001AAA',
            BB_Gate_Override_On__c: NOW.toISOString(),
            BB_Gate_Override_Gate__c: 'Opportunity_Any_Negotiation',
            BB_Gate_Override_Count__c: 3,
        });
    });

    it("checks a lead's conversion against the conversion gate, on the record", () => {
        const lead = { BB_Qualification_Status__c: 'Disqualified', BB_Qualification_Score__c: 10 };
        const converting = input({
            objectApiName: 'Lead',
            before: lead,
            after: { ...lead, IsConverted: true },
            settings: { activeGates: ['Lead_Conversion'], persona: 'rep' },
        });
        const manager = { activeGates: ['Lead_Conversion'], persona: 'manager' } as const;
        const reasonBefore = {
            ...lead,
            BB_Gate_Override_Reason__c: 'Partner deal, agreed with sales lead',
        };
        expect(
            stageGatesOnSave({
                ...converting,
                settings: manager,
                before: reasonBefore,
                after: { ...reasonBefore, IsConverted: true },
            }),
        ).toMatchObject({
            BB_Gate_Override_Gate__c: 'Lead_Conversion',
            BB_Gate_Override_Count__c: 1,
        });
        expect(failure(() => stageGatesOnSave(converting))).toMatchObject({
            output: {
                errors: [
                    {
                        message:
                            'To convert this lead: status must be at least Nurture (now Disqualified).',
                    },
                ],
            },
        });
    });
});

describe('the toolbar stage-gate settings', () => {
    it('accept known gates and personas and name anything else', () => {
        expect(readStageGateSettings({ activeGates: ['A'], persona: 'manager' }, ['A'])).toEqual({
            activeGates: ['A'],
            persona: 'manager',
        });
        expect(() => readStageGateSettings({ activeGates: ['B'], persona: 'rep' }, ['A'])).toThrow(
            'activeGates must list gates of A (was ["B"])',
        );
        expect(() => readStageGateSettings({ activeGates: [], persona: 'ceo' }, ['A'])).toThrow(
            'persona must be rep or manager (was "ceo")',
        );
        expect(() => readStageGateSettings(null, ['A'])).toThrow('JSON object');
    });
});
