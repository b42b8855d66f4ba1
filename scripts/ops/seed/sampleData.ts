/**
 * The sample set: Leads and Opportunities at every stage of qualification, with ratings and evidence
 * notes a rep would plausibly write. Each record carries a seed key in a filterable standard field
 * (Lead.Email, Opportunity.Name), so re-running the seed updates instead of duplicating.
 */
export type Rating = 'Not_Explored' | 'Not_Met' | 'Partly_Met' | 'Met' | 'Blocker';

export interface SampleRecord {
    readonly key: string;
    readonly fields: Readonly<Record<string, string | number | null>>;
}

export const LEAD_KEY_PATTERN = 'bb-seed+%@example.com';
export const leadSeedEmail = (key: string): string => `bb-seed+${key}@example.com`;
export const OPPORTUNITY_KEY_PATTERN = '%[bb-seed:%]';
export const opportunitySeedName = (title: string, key: string): string =>
    `${title} [bb-seed:${key}]`;

/** The seed key of a record found in the org, or undefined for records the seed did not create. */
export function leadKeyOf(email: unknown): string | undefined {
    return typeof email === 'string'
        ? /^bb-seed\+([\w-]+)@example\.com$/.exec(email)?.[1]
        : undefined;
}
export function opportunityKeyOf(name: unknown): string | undefined {
    return typeof name === 'string' ? /\[bb-seed:([\w-]+)\]$/.exec(name)?.[1] : undefined;
}

interface Profile {
    readonly framework: string | null;
    readonly ratings: Readonly<Record<string, Rating>>;
    readonly evidence: Readonly<Record<string, string>>;
    readonly budgetAmount?: number;
    readonly decisionMaker?: string;
    readonly decisionInDays?: number;
}

const PROFILES: readonly Profile[] = [
    { framework: null, ratings: {}, evidence: {} },
    {
        framework: null,
        ratings: { Budget: 'Partly_Met', Need: 'Met' },
        evidence: {
            Budget: 'Budget exists for this fiscal year, amount not confirmed.',
            Need: 'Manual quoting takes two days per deal.',
        },
    },
    {
        framework: 'BANT',
        ratings: { Budget: 'Met', Authority: 'Met', Need: 'Met', Timeline: 'Partly_Met' },
        evidence: {
            Budget: 'Signed-off line item in the IT plan.',
            Authority: 'COO signs; met her in the demo.',
            Need: 'Losing deals to faster competitors.',
            Timeline: 'Wants to start next quarter, no date fixed.',
        },
        budgetAmount: 48000,
        decisionMaker: 'COO',
        decisionInDays: 75,
    },
    {
        framework: 'BANT',
        ratings: { Budget: 'Blocker', Authority: 'Partly_Met', Need: 'Met', Timeline: 'Not_Met' },
        evidence: {
            Budget: 'Hiring freeze, no new software spend this year.',
            Need: 'Pain is real but accepted for now.',
        },
    },
    {
        framework: 'GPCTBA_CI',
        ratings: {
            Goals: 'Met',
            Plans: 'Partly_Met',
            Challenges: 'Met',
            Timeline: 'Met',
            Budget: 'Partly_Met',
            Authority: 'Met',
            Negative_Consequences: 'Met',
            Positive_Implications: 'Partly_Met',
        },
        evidence: {
            Goals: 'Grow recurring revenue by 20 % this year.',
            Challenges: 'Churn in the first 90 days.',
            Negative_Consequences: 'Board review in autumn if churn stays.',
        },
        budgetAmount: 120000,
        decisionMaker: 'VP Customer Success',
        decisionInDays: 40,
    },
    {
        framework: 'Beyond_BANT_Canvas',
        ratings: {
            Goals: 'Met',
            Plans: 'Met',
            Challenges: 'Met',
            Timeline: 'Met',
            Budget: 'Met',
            Authority: 'Met',
            Negative_Consequences: 'Partly_Met',
            Positive_Implications: 'Met',
            Will_To_Change: 'Met',
            Information_Relevance: 'Partly_Met',
            Value_Fit: 'Met',
        },
        evidence: {
            Will_To_Change: 'CFO sponsors the change personally.',
            Information_Relevance: 'Has seen the ROI model, not yet the rollout plan.',
            Value_Fit: 'Fits their two biggest pains.',
        },
        budgetAmount: 250000,
        decisionMaker: 'CFO',
        decisionInDays: 30,
    },
    {
        framework: 'Beyond_BANT_Canvas',
        ratings: {
            Goals: 'Partly_Met',
            Challenges: 'Met',
            Will_To_Change: 'Blocker',
            Value_Fit: 'Partly_Met',
        },
        evidence: { Will_To_Change: 'Decision maker defends the current tool he introduced.' },
    },
    {
        framework: 'GPCTBA_CI',
        ratings: {
            Goals: 'Not_Met',
            Plans: 'Not_Explored',
            Challenges: 'Partly_Met',
            Timeline: 'Not_Met',
        },
        evidence: { Goals: 'No growth target tied to this area.' },
    },
];

const DIMENSION_KEYS = [
    'Budget',
    'Authority',
    'Need',
    'Timeline',
    'Goals',
    'Plans',
    'Challenges',
    'Negative_Consequences',
    'Positive_Implications',
    'Will_To_Change',
    'Information_Relevance',
    'Value_Fit',
] as const;

const FIRST_NAMES = [
    'Anna',
    'Ben',
    'Clara',
    'David',
    'Elif',
    'Felix',
    'Greta',
    'Hannah',
    'Ivan',
    'Jana',
    'Karim',
    'Lena',
];
const LAST_NAMES = [
    'Berger',
    'Costa',
    'Dietrich',
    'Engel',
    'Fischer',
    'Graf',
    'Hoffmann',
    'Ivanova',
    'Jung',
    'Keller',
    'Lange',
    'Mayer',
];
const COMPANIES = [
    'Nordlicht Logistik',
    'Alpenblick Versicherung',
    'Rheinwerk Maschinenbau',
    'Havelsoft',
    'Elbe Medical',
    'Isar Energy',
    'Mainhaus Retail',
    'Spree Analytics',
    'Weser Foods',
    'Donau Mobility',
    'Neckar Bau',
    'Ostsee Travel',
];
const STAGES = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Proposal/Price Quote',
    'Negotiation/Review',
];

function qualificationFields(
    profile: Profile,
    today: Date,
): Record<string, string | number | null> {
    const fields: Record<string, string | number | null> = {
        BB_Qualification_Framework__c: profile.framework,
    };
    // Every dimension is written, unanswered ones as null, so a re-run restores the sample state.
    for (const key of DIMENSION_KEYS) {
        fields[`BB_${key}_Rating__c`] = null;
        fields[`BB_${key}_Evidence__c`] = null;
    }
    for (const [key, rating] of Object.entries(profile.ratings))
        fields[`BB_${key}_Rating__c`] = rating;
    for (const [key, note] of Object.entries(profile.evidence))
        fields[`BB_${key}_Evidence__c`] = note;
    fields.BB_Budget_Amount__c = profile.budgetAmount ?? null;
    fields.BB_Decision_Maker__c = profile.decisionMaker ?? null;
    fields.BB_Decision_Date__c =
        profile.decisionInDays === undefined
            ? null
            : isoDate(addDays(today, profile.decisionInDays));
    return fields;
}

export function sampleLeads(count: number, today: Date = new Date()): SampleRecord[] {
    return Array.from({ length: count }, (_, index) => {
        const key = `lead-${String(index + 1).padStart(3, '0')}`;
        const profile = PROFILES[index % PROFILES.length] as Profile;
        return {
            key,
            fields: {
                FirstName: FIRST_NAMES[index % FIRST_NAMES.length] as string,
                LastName: LAST_NAMES[(index * 5) % LAST_NAMES.length] as string,
                Company: COMPANIES[(index * 7) % COMPANIES.length] as string,
                Email: leadSeedEmail(key),
                LeadSource: index % 2 === 0 ? 'Web' : 'Partner Referral',
                ...qualificationFields(profile, today),
            },
        };
    });
}

export function sampleOpportunities(count: number, today: Date = new Date()): SampleRecord[] {
    return Array.from({ length: count }, (_, index) => {
        const key = `opp-${String(index + 1).padStart(3, '0')}`;
        const profile = PROFILES[(index + 3) % PROFILES.length] as Profile;
        const company = COMPANIES[(index * 5) % COMPANIES.length] as string;
        return {
            key,
            fields: {
                Name: opportunitySeedName(
                    `${company}: ${index % 2 === 0 ? 'platform rollout' : 'pilot'}`,
                    key,
                ),
                StageName: STAGES[index % STAGES.length] as string,
                CloseDate: isoDate(addDays(today, 30 + index * 9)),
                Amount: 15000 + index * 7500,
                ...qualificationFields(profile, today),
            },
        };
    });
}

function addDays(date: Date, days: number): Date {
    return new Date(date.getTime() + days * 86_400_000);
}

function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}
