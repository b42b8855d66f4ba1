/**
 * The fields of the preview record page's highlights panel, in order: what an org's compact layout
 * would show. The server hands the page their labels in the page's language, as the platform's
 * describe does; the highlights panel reads the values.
 */
export const COMPACT_LAYOUT: Readonly<Record<'Lead' | 'Opportunity', readonly string[]>> = {
    Lead: [
        'Company',
        'Title',
        'Status',
        'BB_Qualification_Status__c',
        'BB_Qualification_Score__c',
        'BB_Qualification_Framework__c',
    ],
    Opportunity: [
        'AccountName',
        'StageName',
        'CloseDate',
        'Amount',
        'BB_Qualification_Status__c',
        'BB_Qualification_Score__c',
        'BB_Qualification_Framework__c',
    ],
};

/** The fields the page's path (stage move, conversion, gate exception) labels, besides the compact ones. */
export const PATH_FIELDS: readonly string[] = [
    'StageName',
    'BB_Gate_Override_Reason__c',
    'BB_Gate_Override_Gate__c',
    'BB_Gate_Override_Count__c',
];
