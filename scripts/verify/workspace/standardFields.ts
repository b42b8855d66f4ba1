/**
 * Standard fields the package's metadata may name (Flows, layouts, list views, reports, FlexiPages, LWC
 * schema imports). Standard fields are not in the source, so the gate cannot see them; this allow-list
 * keeps the check honest: a standard field outside it is reported, and whoever adds a use adds it here
 * after checking the object reference (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta).
 */
const COMMON = [
    'Id',
    'Name',
    'OwnerId',
    'CreatedById',
    'CreatedDate',
    'LastModifiedById',
    'LastModifiedDate',
    'SystemModstamp',
    'IsDeleted',
    'RecordTypeId',
];

const STANDARD_FIELDS: Readonly<Record<string, readonly string[]>> = {
    Lead: [
        ...COMMON,
        'FirstName',
        'LastName',
        'Salutation',
        'Title',
        'Company',
        'Email',
        'Phone',
        'MobilePhone',
        'Status',
        'LeadSource',
        'Industry',
        'Rating',
        'AnnualRevenue',
        'NumberOfEmployees',
        'Website',
        'Description',
        'IsConverted',
        'ConvertedDate',
        'ConvertedAccountId',
        'ConvertedContactId',
        'ConvertedOpportunityId',
        'Country',
        'City',
        'State',
        'PostalCode',
        'Street',
    ],
    Opportunity: [
        ...COMMON,
        'AccountId',
        'Amount',
        'CloseDate',
        'StageName',
        'Probability',
        'Type',
        'LeadSource',
        'NextStep',
        'Description',
        'ForecastCategoryName',
        'IsClosed',
        'IsWon',
        'ExpectedRevenue',
        'CampaignId',
    ],
    // Junction of Opportunity and Contact; Role is a picklist whose default values include Decision Maker.
    // (no Name, owner or record type of its own).
    OpportunityContactRole: [
        'Id',
        'CreatedById',
        'CreatedDate',
        'LastModifiedById',
        'LastModifiedDate',
        'SystemModstamp',
        'IsDeleted',
        'OpportunityId',
        'ContactId',
        'Role',
        'IsPrimary',
    ],
    Task: [
        ...COMMON,
        'Subject',
        'Status',
        'Priority',
        'ActivityDate',
        'Description',
        'WhoId',
        'WhatId',
        'IsClosed',
        'TaskSubtype',
        'Type',
    ],
};

/** Standard object names are case-insensitive on the platform; field API names too. */
export function isStandardField(object: string, field: string): boolean {
    const fields = Object.entries(STANDARD_FIELDS).find(
        ([name]) => name.toLowerCase() === object.toLowerCase(),
    )?.[1];
    return fields?.some((name) => name.toLowerCase() === field.toLowerCase()) ?? false;
}

export function isStandardObject(object: string): boolean {
    return Object.keys(STANDARD_FIELDS).some((name) => name.toLowerCase() === object.toLowerCase());
}
