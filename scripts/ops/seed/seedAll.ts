import type { RestCalls } from '../lib/restCalls';
import { seedObject, type SeedSummary } from './runSeed';
import { sampleLeads, sampleOpportunities } from './sampleData';

export async function runSeed(
    rest: RestCalls,
    counts: { leads: number; opportunities: number },
    today: Date = new Date(),
): Promise<SeedSummary[]> {
    return [
        await seedObject(rest, 'Lead', sampleLeads(counts.leads, today)),
        await seedObject(rest, 'Opportunity', sampleOpportunities(counts.opportunities, today)),
    ];
}
