import type { SyntheticSource } from '../ops/fake/fakeSalesforce';
import type { RecordScorer } from '../lib/recordScorer';

const RATINGS = ['Met', 'Partly_Met', 'Not_Met', 'Blocker', 'Not_Explored', ''] as const;
const FRAMEWORKS = ['', 'BANT', 'GPCTBA_CI', 'Beyond_BANT_Canvas'] as const;

/**
 * `count` synthetic Leads, generated from their index on demand (nothing is kept per record).
 * Answers follow a cheap hash of the index; one in ten stored results is stale, so rescore has
 * uploads to make. Results are memoised per answer combination, which is bounded, not per record.
 */
export function syntheticLeads(count: number, scorer: RecordScorer): SyntheticSource {
    const ratingFields = scorer.ratingFields('Lead');
    const memo = new Map<string, Record<string, string>>();
    return {
        count,
        record(index) {
            let hash = Math.imul(index + 1, 2654435761) >>> 0;
            const fields: Record<string, string> = {
                BB_Qualification_Framework__c: FRAMEWORKS[hash % FRAMEWORKS.length] as string,
            };
            // Only the first six rating fields vary, keeping the combinations (and the memo) small.
            ratingFields.forEach((field, position) => {
                hash = Math.imul(hash ^ (hash >>> 13), 1274126177) >>> 0;
                fields[field] = position < 6 ? (RATINGS[hash % RATINGS.length] as string) : 'Met';
            });
            const key = Object.values(fields).join('|');
            let result = memo.get(key);
            if (!result) {
                const scored = scorer.score('Lead', fields);
                if (!scored.ok) throw new Error(scored.error);
                result = {
                    BB_Qualification_Status__c: scored.evaluation.status,
                    BB_Qualification_Score__c: String(scored.evaluation.score),
                    BB_Qualification_Completeness__c: String(scored.evaluation.completeness),
                    BB_Next_Dimension__c: scored.evaluation.nextDimension ?? '',
                };
                memo.set(key, result);
            }
            const stale: Record<string, string> =
                index % 10 === 7
                    ? { BB_Qualification_Score__c: '0', BB_Qualification_Status__c: 'New' }
                    : {};
            return {
                Id: `00Q${index.toString(36).padStart(12, '0')}AAA`,
                ...fields,
                ...result,
                ...stale,
            };
        },
    };
}
