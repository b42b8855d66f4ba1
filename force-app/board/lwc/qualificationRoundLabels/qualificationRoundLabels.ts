/**
 * c/qualificationRoundLabels: the texts of qualifying again and of the trend, as custom labels (English,
 * German in force-app/i18n). A key is the label's name without `BB_Board_`.
 */
import Round_Qualify_Again from '@salesforce/label/c.BB_Board_Round_Qualify_Again';
import Round_Reason from '@salesforce/label/c.BB_Board_Round_Reason';
import Round_Reason_Hint from '@salesforce/label/c.BB_Board_Round_Reason_Hint';
import Round_Explain from '@salesforce/label/c.BB_Board_Round_Explain';
import Round_Start from '@salesforce/label/c.BB_Board_Round_Start';
import Round_Cancel from '@salesforce/label/c.BB_Board_Round_Cancel';
import Round_Starting from '@salesforce/label/c.BB_Board_Round_Starting';
import Round_Save_First from '@salesforce/label/c.BB_Board_Round_Save_First';
import Round_Started from '@salesforce/label/c.BB_Board_Round_Started';
import Round_Current from '@salesforce/label/c.BB_Board_Round_Current';
import Round_Previous from '@salesforce/label/c.BB_Board_Round_Previous';
import Round_Previous_Empty from '@salesforce/label/c.BB_Board_Round_Previous_Empty';
import Round_Still_True from '@salesforce/label/c.BB_Board_Round_Still_True';
import Round_Still_True_Of from '@salesforce/label/c.BB_Board_Round_Still_True_Of';
import Trend_Title from '@salesforce/label/c.BB_Board_Trend_Title';
import Trend_Summary from '@salesforce/label/c.BB_Board_Trend_Summary';
import Trend_Point from '@salesforce/label/c.BB_Board_Trend_Point';
import Trend_Empty from '@salesforce/label/c.BB_Board_Trend_Empty';
import Trend_Unavailable from '@salesforce/label/c.BB_Board_Trend_Unavailable';
import Trend_First from '@salesforce/label/c.BB_Board_Trend_First';

export const ROUND_LABELS = {
    Round_Qualify_Again,
    Round_Reason,
    Round_Reason_Hint,
    Round_Explain,
    Round_Start,
    Round_Cancel,
    Round_Starting,
    Round_Save_First,
    Round_Started,
    Round_Current,
    Round_Previous,
    Round_Previous_Empty,
    Round_Still_True,
    Round_Still_True_Of,
    Trend_Title,
    Trend_Summary,
    Trend_Point,
    Trend_Empty,
    Trend_Unavailable,
    Trend_First,
} as const;

/** Fills `{0}`, `{1}`, … in a label: the board's one filler, not a copy of it. */
export { formatLabel as fillLabel } from 'c/qualificationBoardLabels';
