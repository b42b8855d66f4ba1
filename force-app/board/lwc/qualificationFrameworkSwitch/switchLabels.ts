/**
 * The framework switch's texts, as custom labels (English, German in force-app/i18n). A key is the
 * label's name without `BB_Board_Framework_Switch_`.
 */
import Open from '@salesforce/label/c.BB_Board_Framework_Switch_Open';
import Legend from '@salesforce/label/c.BB_Board_Framework_Switch_Legend';
import Loading from '@salesforce/label/c.BB_Board_Framework_Switch_Loading';
import Load_Error from '@salesforce/label/c.BB_Board_Framework_Switch_Load_Error';
import None from '@salesforce/label/c.BB_Board_Framework_Switch_None';
import Kept from '@salesforce/label/c.BB_Board_Framework_Switch_Kept';
import Unused from '@salesforce/label/c.BB_Board_Framework_Switch_Unused';
import Nothing_Answered from '@salesforce/label/c.BB_Board_Framework_Switch_Nothing_Answered';
import Unsaved_Too from '@salesforce/label/c.BB_Board_Framework_Switch_Unsaved_Too';
import Save from '@salesforce/label/c.BB_Board_Framework_Switch_Save';
import Cancel from '@salesforce/label/c.BB_Board_Framework_Switch_Cancel';
import Pending from '@salesforce/label/c.BB_Board_Framework_Switch_Pending';

export const SWITCH_LABELS = {
    Open,
    Legend,
    Loading,
    Load_Error,
    None,
    Kept,
    Unused,
    Nothing_Answered,
    Unsaved_Too,
    Save,
    Cancel,
    Pending,
} as const;
