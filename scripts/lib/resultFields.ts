/**
 * The fields the evaluation writes on Lead and Opportunity (docs/architecture.md, "Data model"),
 * named once for every Node tool: the ops tools write them, the preview's record store and the
 * deploy gate's permission rule keep reps from writing them.
 */
export const RESULT_FIELDS = {
    status: 'BB_Qualification_Status__c',
    score: 'BB_Qualification_Score__c',
    completeness: 'BB_Qualification_Completeness__c',
    nextDimension: 'BB_Next_Dimension__c',
    explanation: 'BB_Qualification_Explanation__c',
    lastEvaluated: 'BB_Last_Evaluated__c',
    weakestDimension: 'BB_Weakest_Dimension__c',
    qualifiedOn: 'BB_Qualified_On__c',
    statusChangedOn: 'BB_Status_Changed_On__c',
} as const;

/** The framework a record is evaluated with: reps may set it, the evaluation fills the default. */
export const FRAMEWORK_FIELD = 'BB_Qualification_Framework__c';

/** Every result field: reps read them, only the evaluation (and admins repairing data) writes them. */
export const READ_ONLY_RESULT_FIELDS: readonly string[] = Object.values(RESULT_FIELDS);

/**
 * Result fields that name a dimension (the heaviest unassessed, the weakest): they tell whether a
 * dimension is rated, and how well, to anyone who reads them, also to a rep whose field-level
 * security hides that dimension's rating. Only the admin sets read them, for the ops reports; reps
 * get the next dimension and the reasons live on the board, from the ratings they may read.
 */
export const DIMENSION_NAMING_RESULT_FIELDS: readonly string[] = [
    RESULT_FIELDS.nextDimension,
    RESULT_FIELDS.weakestDimension,
];
