/**
 * The standard values of the Opportunity `StageName` picklist in a new org, in picklist order,
 * with closed/won as the platform's OpportunityStage records set them. The package ships no stage
 * of its own: the catalog validates the shipped stage gates against these values, and the preview
 * and the stage-gate vectors use them where an org would answer with its describe.
 */
export interface StandardStage {
    readonly value: string;
    readonly closed: boolean;
    readonly won: boolean;
}

const OPEN_STAGES = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
];

export const STANDARD_OPPORTUNITY_STAGES: readonly StandardStage[] = Object.freeze([
    ...OPEN_STAGES.map((value) => Object.freeze({ value, closed: false, won: false })),
    Object.freeze({ value: 'Closed Won', closed: true, won: true }),
    Object.freeze({ value: 'Closed Lost', closed: true, won: false }),
]);
