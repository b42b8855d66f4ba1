/**
 * Types and constants of the scoring contract (docs/architecture.md, "Scoring contract").
 * The Apex engine implements the same contract; the conformance vectors keep both in agreement.
 */

/** The API names of the Global Value Set `BB_Rating_Scale`, in scale order. */
export const RATING_VALUES = ['Not_Explored', 'Not_Met', 'Partly_Met', 'Met', 'Blocker'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];

/** The values of the restricted picklist `BB_Qualification_Status__c`. */
export const STATUSES = ['New', 'Working', 'Nurture', 'Qualified', 'Disqualified'] as const;
export type QualificationStatus = (typeof STATUSES)[number];

/** Every reason code, in the order the contract lists them. */
export const REASON_CODES = [
    'GATE_BLOCKER',
    'BLOCKER',
    'NOTHING_ASSESSED',
    'COMPLETENESS_BELOW_MINIMUM',
    'SCORE_MEETS_THRESHOLD',
    'SCORE_BELOW_THRESHOLD',
    'GATE_NOT_MET',
    'BEYOND_HORIZON',
    'WEAK_DIMENSION',
    'INVALID_ANSWER',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** One `BB_Qualification_Dimension__mdt` record as the engine sees it. */
export interface DimensionConfig {
    /** Dimension_Key__c, e.g. `Budget`: the key of the answers map. */
    readonly key: string;
    /** DeveloperName of the record, e.g. `BANT_Budget`; configuration errors name it. Defaults to `<framework>_<key>`. */
    readonly recordName?: string;
    /** Order__c: whole number ≥ 1, unique within the framework. */
    readonly order: number;
    /** Weight__c: > 0, at most two decimals. */
    readonly weight: number;
    /** Is_Gate__c */
    readonly isGate: boolean;
    /** Rating_Field__c: API name of the rating picklist on every applicable object. */
    readonly ratingField: string;
    /** Evidence_Field__c: API name of the evidence text field. */
    readonly evidenceField: string;
    /** Value_Field__c: API name of the structured value field, if the dimension has one. */
    readonly valueField?: string | null;
    /**
     * Horizon_Days__c: whole number ≥ 0, or null/absent for none. A date in the value field more
     * than this many days after the evaluation day holds the record at Nurture at most.
     */
    readonly horizonDays?: number | null;
}

/** One `BB_Qualification_Framework__mdt` record with its dimensions. */
export interface FrameworkConfig {
    /** DeveloperName, e.g. `BANT`. */
    readonly name: string;
    /** Qualified_Threshold__c: whole number 0–100. */
    readonly qualifiedThreshold: number;
    /** Minimum_Completeness__c: whole number 0–100. */
    readonly minimumCompleteness: number;
    /** Applicable_Objects__c split at `;`. When given, it must name at least one object. */
    readonly applicableObjects?: readonly string[];
    /** Default_For__c split at `;`: a subset of applicableObjects. */
    readonly defaultFor?: readonly string[];
    readonly dimensions: readonly DimensionConfig[];
}

/** Dimension key → raw rating value. Anything may arrive here (API writes, imports), so values are unknown. */
export type Answers = Readonly<Record<string, unknown>>;

/** Dimension key → structured value (a date arrives as 'YYYY-MM-DD', as LDS and the API return it). */
export type Values = Readonly<Record<string, unknown>>;

/**
 * What an evaluation depends on besides the framework and the answers. The engine never reads a
 * clock: the caller says which day it is (the user's day on the board, `Date.today()` in Apex).
 */
export interface EvaluationContext {
    /** The day the evaluation is for, 'YYYY-MM-DD'. */
    readonly evaluationDay: string;
    /** Structured values by dimension key; without them no horizon holds a record back. */
    readonly values?: Values;
}

export type Reason =
    | { readonly code: 'GATE_BLOCKER'; readonly dimension: string }
    | { readonly code: 'BLOCKER'; readonly dimension: string }
    | { readonly code: 'NOTHING_ASSESSED' }
    | {
          readonly code: 'COMPLETENESS_BELOW_MINIMUM';
          readonly completeness: number;
          readonly minimum: number;
      }
    | { readonly code: 'SCORE_MEETS_THRESHOLD'; readonly score: number; readonly threshold: number }
    | { readonly code: 'SCORE_BELOW_THRESHOLD'; readonly score: number; readonly threshold: number }
    | { readonly code: 'GATE_NOT_MET'; readonly dimension: string }
    | {
          readonly code: 'BEYOND_HORIZON';
          readonly dimension: string;
          /** Whole calendar days from the evaluation day to the date. */
          readonly days: number;
          readonly horizon: number;
      }
    | { readonly code: 'WEAK_DIMENSION'; readonly dimension: string; readonly value: string }
    | { readonly code: 'INVALID_ANSWER'; readonly dimension: string; readonly value: string };

export interface Evaluation {
    readonly status: QualificationStatus;
    /** 0–100, integer. */
    readonly score: number;
    /** 0–100, integer. */
    readonly completeness: number;
    /** Key of the heaviest unassessed (or invalid) dimension; null when every dimension is assessed. */
    readonly nextDimension: string | null;
    /** The dimension of the first WEAK_DIMENSION reason; null when there is none. */
    readonly weakestDimension: string | null;
    readonly reasons: readonly Reason[];
}

/** One problem in a framework's configuration. */
export interface ConfigIssue {
    /** `<Type>__mdt.<DeveloperName>`, e.g. `BB_Qualification_Dimension__mdt.BANT_Budget`. */
    readonly record: string;
    /** The field at fault, e.g. `Weight__c`. */
    readonly field: string;
    /** The full sentence, naming record and field. */
    readonly message: string;
}

/** Answers whether a field exists on an object, e.g. from the field files in force-app or a describe. */
export type FieldSchema = (objectApiName: string, fieldApiName: string) => boolean;

/**
 * The type of a field as the metadata names it (`Date`, `Currency`, `Text`…), or undefined when
 * unknown. Lets validateFramework check that a horizon sits on a Date value field.
 */
export type FieldTypes = (objectApiName: string, fieldApiName: string) => string | undefined;
