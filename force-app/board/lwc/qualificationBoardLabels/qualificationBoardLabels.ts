/**
 * c/qualificationBoardLabels: every text the board shows, as custom labels (English, German in
 * force-app/i18n). A key is the label's name without `BB_Board_`.
 */
import Title from '@salesforce/label/c.BB_Board_Title';
import Framework from '@salesforce/label/c.BB_Board_Framework';
import Loading from '@salesforce/label/c.BB_Board_Loading';
import Save from '@salesforce/label/c.BB_Board_Save';
import Saving from '@salesforce/label/c.BB_Board_Saving';
import Saved from '@salesforce/label/c.BB_Board_Saved';
import Discard from '@salesforce/label/c.BB_Board_Discard';
import Retry from '@salesforce/label/c.BB_Board_Retry';
import Reload from '@salesforce/label/c.BB_Board_Reload';
import Error_Conflict from '@salesforce/label/c.BB_Board_Error_Conflict';
import Error_Validation from '@salesforce/label/c.BB_Board_Error_Validation';
import Error_Access from '@salesforce/label/c.BB_Board_Error_Access';
import Error_Network from '@salesforce/label/c.BB_Board_Error_Network';
import Error_Unknown from '@salesforce/label/c.BB_Board_Error_Unknown';
import Error_Config from '@salesforce/label/c.BB_Board_Error_Config';
import No_Access from '@salesforce/label/c.BB_Board_No_Access';
import Field_Hidden from '@salesforce/label/c.BB_Board_Field_Hidden';
import Evidence from '@salesforce/label/c.BB_Board_Evidence';
import Evidence_Of from '@salesforce/label/c.BB_Board_Evidence_Of';
import Rating_Of from '@salesforce/label/c.BB_Board_Rating_Of';
import Characters from '@salesforce/label/c.BB_Board_Characters';
import Questions_Show from '@salesforce/label/c.BB_Board_Questions_Show';
import Questions_Hide from '@salesforce/label/c.BB_Board_Questions_Hide';
import Gate from '@salesforce/label/c.BB_Board_Gate';
import Read_Only from '@salesforce/label/c.BB_Board_Read_Only';
import Status from '@salesforce/label/c.BB_Board_Status';
import Score from '@salesforce/label/c.BB_Board_Score';
import Completeness from '@salesforce/label/c.BB_Board_Completeness';
import Reasons from '@salesforce/label/c.BB_Board_Reasons';
import Next_Dimension from '@salesforce/label/c.BB_Board_Next_Dimension';
import All_Explored from '@salesforce/label/c.BB_Board_All_Explored';
import Unsaved_Preview from '@salesforce/label/c.BB_Board_Unsaved_Preview';
import Not_Evaluated from '@salesforce/label/c.BB_Board_Not_Evaluated';
import Preview_Excludes_Hidden from '@salesforce/label/c.BB_Board_Preview_Excludes_Hidden';
import Previous from '@salesforce/label/c.BB_Board_Previous';
import Next from '@salesforce/label/c.BB_Board_Next';
import Step from '@salesforce/label/c.BB_Board_Step';
import Layout_Interview from '@salesforce/label/c.BB_Board_Layout_Interview';
import Layout_Canvas from '@salesforce/label/c.BB_Board_Layout_Canvas';
import Done from '@salesforce/label/c.BB_Board_Done';
import Edit_Dimension from '@salesforce/label/c.BB_Board_Edit_Dimension';
import Evidence_Placeholder from '@salesforce/label/c.BB_Board_Evidence_Placeholder';
import Guiding_Questions from '@salesforce/label/c.BB_Board_Guiding_Questions';
import No_Evidence from '@salesforce/label/c.BB_Board_No_Evidence';
import Stale_Result from '@salesforce/label/c.BB_Board_Stale_Result';
import Stale_Day from '@salesforce/label/c.BB_Board_Stale_Day';
import Date_Letters from '@salesforce/label/c.BB_Board_Date_Letters';
import Date_Hint from '@salesforce/label/c.BB_Board_Date_Hint';
import Date_Incomplete from '@salesforce/label/c.BB_Board_Date_Incomplete';
import Date_Impossible from '@salesforce/label/c.BB_Board_Date_Impossible';
import Date_Year_Range from '@salesforce/label/c.BB_Board_Date_Year_Range';
import Date_Pick from '@salesforce/label/c.BB_Board_Date_Pick';
import Date_Past from '@salesforce/label/c.BB_Board_Date_Past';
import Error_Input from '@salesforce/label/c.BB_Board_Error_Input';
import Evidence_Too_Long from '@salesforce/label/c.BB_Board_Evidence_Too_Long';
import Blocker_Help from '@salesforce/label/c.BB_Board_Blocker_Help';
import Blocker_Gate_Help from '@salesforce/label/c.BB_Board_Blocker_Gate_Help';
import Interview_Result from '@salesforce/label/c.BB_Board_Interview_Result';
import Interview_To_Result from '@salesforce/label/c.BB_Board_Interview_To_Result';
import Live_Result from '@salesforce/label/c.BB_Board_Live_Result';
import All_Saved from '@salesforce/label/c.BB_Board_All_Saved';
import Amount_Negative from '@salesforce/label/c.BB_Board_Amount_Negative';
import Number_Range from '@salesforce/label/c.BB_Board_Number_Range';
import Number_Invalid from '@salesforce/label/c.BB_Board_Number_Invalid';
import Tile_Holds from '@salesforce/label/c.BB_Board_Tile_Holds';

export const LABELS = {
    Title,
    Framework,
    Loading,
    Save,
    Saving,
    Saved,
    Discard,
    Retry,
    Reload,
    Error_Conflict,
    Error_Validation,
    Error_Access,
    Error_Network,
    Error_Unknown,
    Error_Config,
    No_Access,
    Field_Hidden,
    Evidence,
    Evidence_Of,
    Rating_Of,
    Characters,
    Questions_Show,
    Questions_Hide,
    Gate,
    Read_Only,
    Status,
    Score,
    Completeness,
    Reasons,
    Next_Dimension,
    All_Explored,
    Unsaved_Preview,
    Not_Evaluated,
    Preview_Excludes_Hidden,
    Previous,
    Next,
    Step,
    Layout_Interview,
    Layout_Canvas,
    Done,
    Edit_Dimension,
    Evidence_Placeholder,
    Guiding_Questions,
    No_Evidence,
    Stale_Result,
    Stale_Day,
    Date_Letters,
    Date_Hint,
    Date_Incomplete,
    Date_Impossible,
    Date_Year_Range,
    Date_Pick,
    Date_Past,
    Error_Input,
    Evidence_Too_Long,
    Blocker_Help,
    Blocker_Gate_Help,
    Interview_Result,
    Interview_To_Result,
    Live_Result,
    All_Saved,
    Amount_Negative,
    Number_Range,
    Number_Invalid,
    Tile_Holds,
} as const;

export type BoardLabels = { readonly [Key in keyof typeof LABELS]: string };

/** Fills `{0}`, `{1}`, … in a label with the given values. */
export function formatLabel(template: string, ...values: Array<string | number>): string {
    return template.replace(/\{(\d+)\}/g, (placeholder: string, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}
