import type { SyntheticSource } from '../ops/fake/fakeSalesforce';
import { RESULT_FIELDS, type RecordScorer } from '../lib/recordScorer';

const RATINGS = ['Met', 'Partly_Met', 'Not_Met', 'Blocker', 'Not_Explored', ''] as const;
const FRAMEWORKS = ['', 'BANT', 'GPCTBA_CI', 'Beyond_BANT_Canvas'] as const;

/** Records per Bulk API result page the benchmark asks for; the fake org renders its pages at this size. */
export const BENCH_PAGE_SIZE = 50_000;

/** When the synthetic stored results were computed: a status entered then keeps its timestamps. */
const STORED_AT = '2026-01-05T09:30:00.000Z';

/**
 * `count` synthetic Leads, generated from their index on demand (nothing is kept per record).
 * Answers follow a cheap hash of the index. The stored result is what rescore computes (status,
 * numbers, next and weakest dimension, status times), except in one record in ten, so rescore has
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
                const { status, score, completeness, nextDimension, weakestDimension } =
                    scored.evaluation;
                result = {
                    [RESULT_FIELDS.status]: status,
                    [RESULT_FIELDS.score]: String(score),
                    [RESULT_FIELDS.completeness]: String(completeness),
                    [RESULT_FIELDS.nextDimension]: nextDimension ?? '',
                    [RESULT_FIELDS.weakestDimension]: weakestDimension ?? '',
                    [RESULT_FIELDS.statusChangedOn]: STORED_AT,
                    [RESULT_FIELDS.qualifiedOn]: status === 'Qualified' ? STORED_AT : '',
                };
                memo.set(key, result);
            }
            const stale: Record<string, string> =
                index % 10 === 7
                    ? {
                          [RESULT_FIELDS.score]: '0',
                          [RESULT_FIELDS.status]: 'New',
                          [RESULT_FIELDS.qualifiedOn]: '',
                      }
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
