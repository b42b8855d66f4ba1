import type { CatalogFramework } from '../lib/catalog';
import { evaluate } from '../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { randomNormal, seededRandom, type Random } from './stats/random';

/**
 * Closed deals drawn from known true effects, for the tests, the benchmark and the example report:
 * each dimension's rating comes from a latent normal (shared with the others by `correlation`),
 * and the deal is won with probability logistic(intercept + Σ effect × met-ness). A Blocker, when
 * drawn, rules the deal out like a real one: it is then won with `blockerWinRate`.
 */
export interface SyntheticSpec {
    readonly framework: CatalogFramework;
    readonly deals: number;
    readonly seed: number;
    readonly intercept: number;
    /** Dimension key → true effect (log-odds from Not met to Met); 0 for pure noise. */
    readonly effects: Readonly<Record<string, number>>;
    /** Correlation of the dimensions' latent values (0 to < 1). */
    readonly correlation?: number;
    /** Chance of a Blocker per dimension and deal. */
    readonly blockerRate?: number;
    readonly blockerWinRate?: number;
    /** Chance a rating was left Not_Explored. */
    readonly unexploredRate?: number;
    /** The first row's number in Ids and close dates, for data written in parts (default 0). */
    readonly firstIndex?: number;
    /** Write ratings into the snapshot column (default) or into the rating fields. */
    readonly as?: 'snapshot' | 'fields';
}

export interface SyntheticDeal {
    readonly won: boolean;
    readonly ratings: Record<string, string>;
}

export function syntheticDeals(spec: SyntheticSpec): SyntheticDeal[] {
    const random = seededRandom(spec.seed);
    const rho = spec.correlation ?? 0;
    const deals: SyntheticDeal[] = [];
    for (let i = 0; i < spec.deals; i++) deals.push(oneDeal(spec, random, rho));
    return deals;
}

function oneDeal(spec: SyntheticSpec, random: Random, rho: number): SyntheticDeal {
    const shared = randomNormal(random);
    let eta = spec.intercept;
    let blocked = false;
    const ratings: Record<string, string> = {};
    for (const dimension of spec.framework.dimensions) {
        if (random() < (spec.blockerRate ?? 0)) {
            ratings[dimension.key] = 'Blocker';
            blocked = true;
            continue;
        }
        if (random() < (spec.unexploredRate ?? 0)) continue;
        const latent = Math.sqrt(rho) * shared + Math.sqrt(1 - rho) * randomNormal(random);
        // Roughly a third each of Not met, Partly met and Met.
        const rating = latent < -0.43 ? 'Not_Met' : latent < 0.43 ? 'Partly_Met' : 'Met';
        ratings[dimension.key] = rating;
        const metness = rating === 'Met' ? 1 : rating === 'Partly_Met' ? 0.5 : 0;
        eta += (spec.effects[dimension.key] ?? 0) * metness;
    }
    const p = blocked ? (spec.blockerWinRate ?? 0.02) : 1 / (1 + Math.exp(-eta));
    return { won: random() < p, ratings };
}

/** The deals as export rows (header of field API names), ratings in the snapshot or the fields. */
export function syntheticRows(spec: SyntheticSpec): Array<Record<string, string>> {
    return syntheticDeals(spec).map((deal, position) => {
        const i = position + (spec.firstIndex ?? 0);
        const row: Record<string, string> = {
            Id: `006${String(i).padStart(15, '0')}`,
            IsWon: String(deal.won),
            CloseDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
            BB_Qualification_Framework__c: spec.framework.name,
        };
        if ((spec.as ?? 'snapshot') === 'snapshot') {
            const result = evaluate(spec.framework, deal.ratings, { evaluationDay: '2026-06-01' });
            row.BB_Ratings_At_Close__c = JSON.stringify({
                v: 1,
                framework: spec.framework.name,
                status: result.status,
                score: result.score,
                ratings: deal.ratings,
                won: deal.won,
            });
        } else {
            for (const dimension of spec.framework.dimensions)
                row[dimension.ratingField] = deal.ratings[dimension.key] ?? '';
        }
        return row;
    });
}
