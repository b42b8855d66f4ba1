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

    /** One value of the Opportunity StageName picklist, in picklist order. */
    export interface BoardStage {
        value: string;
        /** In the user's language. */
        label: string;
        closed: boolean;
        won: boolean;
    }

    /** One active BB_Stage_Gate__mdt record, its fields as written (the engine's StageGateConfig). */
    export interface BoardStageGate {
        name: string;
        objectApiName: string;
        stage: string | null;
        framework: string | null;
        minimumStatus: string | null;
        minimumScore: number | null;
        /** Dimension_Requirements__c as written, e.g. `Authority:Met;Budget:Partly_Met`. */
        requirements: string | null;
        active: boolean;
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
        /**
         * Opportunity stages in picklist order; empty on a Lead. Optional: without it (an older
         * controller) the board shows no stage-gate checklist.
         */
        stages?: BoardStage[];
        /** The active gates of this object whose Framework__c is blank or the board's; the engine validates them. */
        stageGates?: BoardStageGate[];
    }

    export interface GetBoardConfigParams {
        recordId: string;
        pageFramework: string | null | undefined;
    }

    export default function getBoardConfig(params: GetBoardConfigParams): Promise<BoardConfig>;
}
