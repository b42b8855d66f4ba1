/**
 * `QualificationFrameworkChoices.getFrameworkChoices` (force-app/board/classes): the
 * frameworks the board's framework switch offers. The shape is "Changing a record's framework" in
 * docs/architecture.md; keep both in step.
 */
declare module '@salesforce/apex/QualificationFrameworkChoices.getFrameworkChoices' {
    export interface ChoiceDimension {
        key: string;
        /** The field that holds the dimension's rating: frameworks that share it share the answer. */
        ratingField: string;
    }

    export interface FrameworkChoice {
        /** DeveloperName, the value of BB_Qualification_Framework__c. */
        name: string;
        label: string;
        /** In framework order. */
        dimensions: ChoiceDimension[];
    }

    export interface GetFrameworkChoicesParams {
        recordId: string;
    }

    /** Every valid framework that applies to the record's object, the current one included. */
    export default function getFrameworkChoices(
        params: GetFrameworkChoicesParams,
    ): Promise<FrameworkChoice[]>;
}
