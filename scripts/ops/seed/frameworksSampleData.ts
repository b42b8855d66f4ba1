/**
 * Sample records for the Beyond BANT Frameworks package (MEDDPICC, CHAMP, ANUM, FAINT), seeded only
 * into an org that has it installed. Same seed keys as the core samples (Lead.Email, an Opportunity
 * name suffix) with their own prefix, `fw-`, so both sets live side by side and re-runs update.
 */
import { leadSeedEmail, opportunitySeedName, type Rating, type SampleRecord } from './sampleData';

interface FrameworkProfile {
    readonly framework: 'MEDDPICC' | 'CHAMP' | 'ANUM' | 'FAINT';
    readonly ratings: Readonly<Record<string, Rating>>;
    readonly evidence?: Readonly<Record<string, string>>;
    /** Value fields by API name; a number of days for a date, counted from the seed day. */
    readonly values?: Readonly<Record<string, string | number>>;
    readonly dateValues?: Readonly<Record<string, number>>;
}

/** Every rating, evidence and value field the four frameworks bind, so a re-run restores them. */
const FRAMEWORK_FIELDS = [
    ...[
        'Metrics',
        'Economic_Buyer',
        'Decision_Criteria',
        'Decision_Process',
        'Paper_Process',
        'Identified_Pain',
        'Champion',
        'Competition',
        'Prioritisation',
        'Urgency',
        'Interest',
        'Challenges',
        'Authority',
        'Need',
        'Budget',
        'Timeline',
    ].flatMap((key) => [`BB_${key}_Rating__c`, `BB_${key}_Evidence__c`]),
    'BB_Target_Metric__c',
    'BB_Economic_Buyer__c',
    'BB_Signature_Date__c',
    'BB_Pain_Cost__c',
    'BB_Champion__c',
    'BB_Main_Competitor__c',
    'BB_Priority_Rank__c',
    'BB_Needed_By__c',
    'BB_Budget_Amount__c',
    'BB_Decision_Maker__c',
    'BB_Decision_Date__c',
];

const MEDDPICC_MET = {
    Metrics: 'Met',
    Economic_Buyer: 'Met',
    Decision_Criteria: 'Met',
    Decision_Process: 'Met',
    Paper_Process: 'Partly_Met',
    Identified_Pain: 'Met',
    Champion: 'Met',
    Competition: 'Partly_Met',
} as const;

const OPPORTUNITY_PROFILES: readonly FrameworkProfile[] = [
    {
        framework: 'MEDDPICC',
        ratings: MEDDPICC_MET,
        evidence: { Champion: 'Head of logistics presented our pilot results to the board.' },
        values: {
            BB_Economic_Buyer__c: 'CFO',
            BB_Champion__c: 'Head of Logistics',
            BB_Target_Metric__c: 'Order handling from 4 days to 1',
            BB_Pain_Cost__c: 250000,
        },
        dateValues: { BB_Signature_Date__c: 45 },
    },
    {
        framework: 'MEDDPICC',
        ratings: MEDDPICC_MET,
        evidence: { Paper_Process: 'Procurement wants a security review before signing.' },
        dateValues: { BB_Signature_Date__c: 200 },
    },
    {
        framework: 'MEDDPICC',
        ratings: { ...MEDDPICC_MET, Champion: 'Blocker' },
        evidence: { Champion: 'Our contact left the company; nobody else argues for us.' },
    },
    {
        framework: 'MEDDPICC',
        ratings: { Metrics: 'Partly_Met', Identified_Pain: 'Met' },
        values: { BB_Main_Competitor__c: 'In-house build' },
    },
    {
        framework: 'CHAMP',
        ratings: { Challenges: 'Met', Authority: 'Partly_Met', Prioritisation: 'Met' },
        values: { BB_Priority_Rank__c: 1 },
    },
    {
        framework: 'ANUM',
        ratings: { Authority: 'Met', Need: 'Met', Urgency: 'Partly_Met' },
        dateValues: { BB_Needed_By__c: 60 },
    },
];

const LEAD_PROFILES: readonly FrameworkProfile[] = [
    { framework: 'CHAMP', ratings: {} },
    {
        framework: 'CHAMP',
        ratings: { Challenges: 'Met', Prioritisation: 'Partly_Met', Budget: 'Not_Met' },
        values: { BB_Priority_Rank__c: 3 },
    },
    {
        framework: 'ANUM',
        ratings: { Authority: 'Met', Need: 'Met', Budget: 'Met' },
        values: { BB_Decision_Maker__c: 'Managing Director' },
    },
    {
        framework: 'ANUM',
        ratings: { Authority: 'Met', Need: 'Met', Urgency: 'Met', Budget: 'Met' },
        dateValues: { BB_Needed_By__c: 150 },
    },
    {
        framework: 'FAINT',
        ratings: { Interest: 'Met', Need: 'Met', Authority: 'Met' },
        evidence: { Interest: 'Asked for a trial account and shared their order data.' },
    },
    { framework: 'FAINT', ratings: { Interest: 'Blocker', Need: 'Partly_Met' } },
    { framework: 'FAINT', ratings: { Interest: 'Partly_Met' } },
];

function fieldsOf(profile: FrameworkProfile, today: Date): Record<string, string | number | null> {
    const fields: Record<string, string | number | null> = Object.fromEntries(
        FRAMEWORK_FIELDS.map((field) => [field, null]),
    );
    fields.BB_Qualification_Framework__c = profile.framework;
    for (const [key, rating] of Object.entries(profile.ratings))
        fields[`BB_${key}_Rating__c`] = rating;
    for (const [key, note] of Object.entries(profile.evidence ?? {}))
        fields[`BB_${key}_Evidence__c`] = note;
    Object.assign(fields, profile.values ?? {});
    for (const [field, days] of Object.entries(profile.dateValues ?? {}))
        fields[field] = new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    return fields;
}

export function frameworkSampleLeads(count: number, today: Date = new Date()): SampleRecord[] {
    return Array.from({ length: count }, (_, index) => {
        const key = `fw-lead-${String(index + 1).padStart(3, '0')}`;
        const profile = LEAD_PROFILES[index % LEAD_PROFILES.length] as FrameworkProfile;
        return {
            key,
            fields: {
                LastName: `Sample ${profile.framework} ${index + 1}`,
                Company: `${profile.framework} Sample Company ${index + 1}`,
                Email: leadSeedEmail(key),
                LeadSource: 'Web',
                ...fieldsOf(profile, today),
            },
        };
    });
}

export function frameworkSampleOpportunities(
    count: number,
    today: Date = new Date(),
): SampleRecord[] {
    return Array.from({ length: count }, (_, index) => {
        const key = `fw-opp-${String(index + 1).padStart(3, '0')}`;
        const profile = OPPORTUNITY_PROFILES[
            index % OPPORTUNITY_PROFILES.length
        ] as FrameworkProfile;
        return {
            key,
            fields: {
                Name: opportunitySeedName(`${profile.framework} sample deal ${index + 1}`, key),
                StageName: 'Qualification',
                CloseDate: new Date(today.getTime() + (45 + index * 10) * 86_400_000)
                    .toISOString()
                    .slice(0, 10),
                Amount: 50000 + index * 10000,
                ...fieldsOf(profile, today),
            },
        };
    });
}
