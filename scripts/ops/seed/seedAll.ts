import type { RestCalls } from '../lib/restCalls';
import { seedObject, type SeedSummary } from './runSeed';
import { sampleLeads, sampleOpportunities } from './sampleData';
import { frameworkSampleLeads, frameworkSampleOpportunities } from './frameworksSampleData';

export async function runSeed(
    rest: RestCalls,
    counts: {
        leads: number;
        opportunities: number;
        /** Samples on MEDDPICC, CHAMP, ANUM and FAINT: only for an org with Beyond BANT Frameworks. */
        frameworkLeads?: number;
        frameworkOpportunities?: number;
    },
    today: Date = new Date(),
): Promise<SeedSummary[]> {
    const leads = [
        ...sampleLeads(counts.leads, today),
        ...frameworkSampleLeads(counts.frameworkLeads ?? 0, today),
    ];
    const opportunities = [
        ...sampleOpportunities(counts.opportunities, today),
        ...frameworkSampleOpportunities(counts.frameworkOpportunities ?? 0, today),
    ];
    return [
        await seedObject(rest, 'Lead', leads),
        await seedObject(rest, 'Opportunity', opportunities),
    ];
}
