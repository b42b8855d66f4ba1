/**
 * Every text the pipeline view shows, as custom labels (English, German in force-app/i18n). A key is
 * the label's name without `BB_Pipeline_`; status, score and completeness reuse the board's.
 */
import Title from '@salesforce/label/c.BB_Pipeline_Title';
import Scope from '@salesforce/label/c.BB_Pipeline_Scope';
import Scope_Mine from '@salesforce/label/c.BB_Pipeline_Scope_Mine';
import Scope_Team from '@salesforce/label/c.BB_Pipeline_Scope_Team';
import Scope_All from '@salesforce/label/c.BB_Pipeline_Scope_All';
import Stage from '@salesforce/label/c.BB_Pipeline_Stage';
import Lead_Status from '@salesforce/label/c.BB_Pipeline_Lead_Status';
import Any from '@salesforce/label/c.BB_Pipeline_Any';
import Name from '@salesforce/label/c.BB_Pipeline_Name';
import Owner from '@salesforce/label/c.BB_Pipeline_Owner';
import Amount from '@salesforce/label/c.BB_Pipeline_Amount';
import Close_Date from '@salesforce/label/c.BB_Pipeline_Close_Date';
import Weakest from '@salesforce/label/c.BB_Pipeline_Weakest';
import Next_Gate from '@salesforce/label/c.BB_Pipeline_Next_Gate';
import Gate_Ready from '@salesforce/label/c.BB_Pipeline_Gate_Ready';
import Gate_Blocked from '@salesforce/label/c.BB_Pipeline_Gate_Blocked';
import Gaps_Caption from '@salesforce/label/c.BB_Pipeline_Gaps_Caption';
import Gap_Counts from '@salesforce/label/c.BB_Pipeline_Gap_Counts';
import Most_Common_Gap from '@salesforce/label/c.BB_Pipeline_Most_Common_Gap';
import Not_Readable from '@salesforce/label/c.BB_Pipeline_Not_Readable';
import Hidden_Columns from '@salesforce/label/c.BB_Pipeline_Hidden_Columns';
import Load_More from '@salesforce/label/c.BB_Pipeline_Load_More';
import Loading from '@salesforce/label/c.BB_Pipeline_Loading';
import Export from '@salesforce/label/c.BB_Pipeline_Export';
import Empty from '@salesforce/label/c.BB_Pipeline_Empty';
import Rows_Shown from '@salesforce/label/c.BB_Pipeline_Rows_Shown';
import More_Available from '@salesforce/label/c.BB_Pipeline_More_Available';
import Sort_By from '@salesforce/label/c.BB_Pipeline_Sort_By';
import Not_Sortable from '@salesforce/label/c.BB_Pipeline_Not_Sortable';
import Live_Not_Sortable from '@salesforce/label/c.BB_Pipeline_Live_Not_Sortable';
import Weakest_Live from '@salesforce/label/c.BB_Pipeline_Weakest_Live';
import Framework_Filter from '@salesforce/label/c.BB_Pipeline_Framework_Filter';
import Error_Text from '@salesforce/label/c.BB_Pipeline_Error';
import Gate from '@salesforce/label/c.BB_Pipeline_Gate';
import Open_Record from '@salesforce/label/c.BB_Pipeline_Open_Record';
import Status from '@salesforce/label/c.BB_Board_Status';
import Score from '@salesforce/label/c.BB_Board_Score';
import Completeness from '@salesforce/label/c.BB_Board_Completeness';
import Framework from '@salesforce/label/c.BB_Board_Framework';
import type { PipelineTexts } from 'c/qualificationPipelineModel';

export const LABELS = {
    Title,
    Scope,
    Scope_Mine,
    Scope_Team,
    Scope_All,
    Stage,
    Lead_Status,
    Any,
    Name,
    Owner,
    Amount,
    Close_Date,
    Weakest,
    Next_Gate,
    Gate_Ready,
    Gate_Blocked,
    Gaps_Caption,
    Gap_Counts,
    Most_Common_Gap,
    Not_Readable,
    Hidden_Columns,
    Load_More,
    Loading,
    Export,
    Empty,
    Rows_Shown,
    More_Available,
    Sort_By,
    Not_Sortable,
    Live_Not_Sortable,
    Weakest_Live,
    Framework_Filter,
    Error_Text,
    Gate,
    Open_Record,
    Status,
    Score,
    Completeness,
    Framework,
} as const;

/** The model's column texts. */
export const TEXTS: PipelineTexts = {
    name: Name,
    owner: Owner,
    stage: Stage,
    leadStatus: Lead_Status,
    status: Status,
    score: Score,
    completeness: Completeness,
    amount: Amount,
    closeDate: Close_Date,
    weakest: Weakest,
    nextGate: Next_Gate,
    ready: Gate_Ready,
    blocked: Gate_Blocked,
};

/** Fills `{0}`, `{1}`, … in a label. */
export function format(template: string, ...values: Array<string | number>): string {
    return template.replace(/\{(\d+)\}/g, (match, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? match : String(value);
    });
}
