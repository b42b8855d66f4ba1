/**
 * The weakest dimension worked out from the ratings a user may read, for users who cannot read the
 * stored `BB_Weakest_Dimension__c` (only the admin set reads it: named over every rating, it would
 * give away a rating the user's field access hides). Same rule as the engines' `weakestDimension`
 * (docs/architecture.md, scoring step 6): of the assessed dimensions not Met, the one with the
 * greatest lost weight W × (2 − M), ties to the first in framework order. For a user who reads
 * every rating it is the stored value; otherwise the weakest of what the user can see.
 */
import type { PipelineDimension, PipelineRow } from './qualificationPipelineModel';

/** Met-ness in halves, as the engines count it; a rating outside the scale is not assessed. */
const METNESS: Readonly<Record<string, number>> = { Met: 2, Partly_Met: 1, Not_Met: 0, Blocker: 0 };

export function readableWeakest(
    dimensions: readonly PipelineDimension[],
    row: PipelineRow,
): string | null {
    let weakest: string | null = null;
    let greatestLoss = 0;
    for (const dimension of dimensions) {
        if (!dimension.readable) continue;
        const metness = METNESS[row.ratings[dimension.key] ?? ''];
        if (metness === undefined || metness === 2) continue;
        // Whole hundredths, as the engines weigh, so no float decides a tie.
        const loss = Math.round(dimension.weight * 100) * (2 - metness);
        if (loss > greatestLoss) {
            greatestLoss = loss;
            weakest = dimension.key;
        }
    }
    return weakest;
}
