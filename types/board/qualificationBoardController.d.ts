/**
 * `QualificationBoardController.getBoardConfig` (force-app/board/classes): the board's one Apex call.
 * The shape is the "Board contract" in docs/architecture.md; keep both in step.
 */
declare module '@salesforce/apex/QualificationBoardController.getBoardConfig' {
    export interface BoardDimensionConfig {
        key: string;
        /** The dimension's title in the user's language. */
        label: string;
        order: number;
        weight: number;
        isGate: boolean;
        /** Days ahead beyond which the structured value's date holds the record at Nurture; null for none. */
        horizonDays?: number | null;
        ratingField: string;
        evidenceField: string;
        valueField: string | null;
        /** The structured value field's label in the user's language (null without a value field). */
        valueLabel?: string | null;
        /** How to edit the structured value (null without a value field). */
        valueType?: 'currency' | 'date' | 'number' | 'text' | null;
        /** From the field describe (FLS and field type): whether the user may change each field. */
        ratingEditable: boolean;
        evidenceEditable: boolean;
        valueEditable: boolean;
        /** Guiding questions in the user's language, in asking order. */
        questions: string[];
    }

    export interface BoardFrameworkConfig {
        name: string;
        label: string;
        description: string;
        qualifiedThreshold: number;
        minimumCompleteness: number;
        dimensions: BoardDimensionConfig[];
    }

    export interface BoardConfig {
        objectApiName: 'Lead' | 'Opportunity';
        resolvedFrom: 'record' | 'page' | 'default';
        framework: BoardFrameworkConfig;
        /** The rating picklist's active values with their translated labels, in scale order. */
        ratingScale: Array<{ value: string; label: string }>;
        /** Reason code → template in the user's language. */
        reasonTemplates: Record<string, string>;
        /** Status picklist value → translated label. */
        statusLabels: Record<string, string>;
        /**
         * Whether the user may write BB_Qualification_Framework__c: the board then stores a framework
         * chosen by the page (resolvedFrom 'page') with the first save, so the trigger scores with it.
         */
        frameworkEditable: boolean;
    }

    export interface GetBoardConfigParams {
        recordId: string;
        pageFramework: string | null | undefined;
    }

    export default function getBoardConfig(params: GetBoardConfigParams): Promise<BoardConfig>;
}
