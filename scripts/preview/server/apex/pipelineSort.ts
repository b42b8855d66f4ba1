/**
 * The preview's stand-in of QualificationPipelineSort (force-app/board/classes): the pipeline view's order
 * over all matching records and where the next page starts, with the same two kinds of column.
 *
 * - A value column (name, owner, score, completeness, amount, close date, next gate): ordered by its value
 *   (text without regard to case, as SOQL), blanks last in both directions, the Id breaking ties; the next
 *   page continues after the last row's value and Id.
 * - A ranked column (stage or lead status, qualification status, weakest dimension, a dimension's rating):
 *   an explicit order of value groups (a picklist's defined order, the framework's dimension order, ratings
 *   weakest first with a blank counted as not yet explored), values outside every group and then blanks
 *   last; within a group by Id. The Apex reads such a column group by group; filtering by group index and
 *   Id here yields the same rows.
 */
import { ApexException } from './boardController';

export type SortValue = string | number | null;

/** A ranked column's group: listed values, the blank, or (others) every value not listed. */
interface Bucket {
    readonly values: readonly string[];
    readonly blank: boolean;
    readonly others: readonly string[] | null;
}

/** Weakest first going up; a blank rating field is a dimension not yet explored, as the engine reads it. */
export const RATING_ORDER = ['Blocker', 'Not_Met', 'Not_Explored', 'Partly_Met', 'Met'] as const;
const BLANK_RATING = 'Not_Explored';

export interface PipelineSort {
    readonly descending: boolean;
    /** Orders two records' sort values, then their Ids. */
    compare(a: SortValue, aId: string, b: SortValue, bId: string): number;
    /** A cursor's text read back as the column's value (a number column's as a number). */
    cursorValue(text: string | null): SortValue;
}

/** Orders by value: blanks last in both directions, the Id ascending on a tie. */
export function byValue(field: string, numeric: boolean, descending: boolean): PipelineSort {
    const direction = descending ? -1 : 1;
    return {
        descending,
        compare(a, aId, b, bId) {
            const order =
                a === null || b === null
                    ? a === b
                        ? 0
                        : a === null
                          ? 1
                          : -1
                    : compareValues(a, b) * direction;
            return order !== 0 ? order : compareIds(aId, bId);
        },
        cursorValue(text) {
            if (text === null || !numeric) return text;
            const number = Number(text);
            if (Number.isNaN(number))
                throw new ApexException(`The pipeline cursor does not fit ${field}: ${text}.`);
            return number;
        },
    };
}

/** Orders by groups of values in the given ascending order; others and blanks last. */
export function byRank(ascendingValues: readonly string[], descending: boolean): PipelineSort {
    return ranked(bucketsOf(ascendingValues, null, descending), descending);
}

/** Orders by a dimension's rating, weakest first going up. */
export function byRating(descending: boolean): PipelineSort {
    return ranked(bucketsOf(RATING_ORDER, BLANK_RATING, descending), descending);
}

function bucketsOf(
    ascendingValues: readonly string[],
    blankMeans: string | null,
    descending: boolean,
): Bucket[] {
    const listed = ascendingValues.map((value) => ({
        values: [value],
        blank: value === blankMeans,
        others: null,
    }));
    if (descending) listed.reverse();
    const buckets: Bucket[] = [...listed, { values: [], blank: false, others: ascendingValues }];
    if (blankMeans === null) buckets.push({ values: [], blank: true, others: null });
    return buckets;
}

function ranked(buckets: readonly Bucket[], descending: boolean): PipelineSort {
    const bucketOf = (value: SortValue): number => {
        const index = buckets.findIndex((bucket) =>
            value === null
                ? bucket.blank
                : bucket.values.includes(String(value)) ||
                  (bucket.others !== null && !bucket.others.includes(String(value))),
        );
        return index === -1 ? buckets.length - 1 : index;
    };
    return {
        descending,
        compare(a, aId, b, bId) {
            const order = bucketOf(a) - bucketOf(b);
            return order !== 0 ? order : compareIds(aId, bId);
        },
        cursorValue: (text) => text,
    };
}

/** SOQL's order of text: without regard to case. */
function compareValues(a: string | number, b: string | number): number {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const left = String(a).toLowerCase();
    const right = String(b).toLowerCase();
    return left < right ? -1 : left > right ? 1 : 0;
}

function compareIds(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
