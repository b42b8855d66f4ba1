/**
 * The checklist's texts as custom labels (English, German in force-app/i18n). A key is the label's
 * name without `BB_Board_Stage_Gate_`; templates use named placeholders, filled by fillNamed.
 */
import Next from '@salesforce/label/c.BB_Board_Stage_Gate_Next';
import Conversion from '@salesforce/label/c.BB_Board_Stage_Gate_Conversion';
import Ready from '@salesforce/label/c.BB_Board_Stage_Gate_Ready';
import Ready_Conversion from '@salesforce/label/c.BB_Board_Stage_Gate_Ready_Conversion';
import Progress from '@salesforce/label/c.BB_Board_Stage_Gate_Progress';
import Status from '@salesforce/label/c.BB_Board_Stage_Gate_Status';
import Score from '@salesforce/label/c.BB_Board_Stage_Gate_Score';
import Dimension_Met from '@salesforce/label/c.BB_Board_Stage_Gate_Dimension_Met';
import Dimension_At_Least from '@salesforce/label/c.BB_Board_Stage_Gate_Dimension_At_Least';
import Now from '@salesforce/label/c.BB_Board_Stage_Gate_Now';
import Done from '@salesforce/label/c.BB_Board_Stage_Gate_Done';
import Open from '@salesforce/label/c.BB_Board_Stage_Gate_Open';
import Unsaved from '@salesforce/label/c.BB_Board_Stage_Gate_Unsaved';
import None from '@salesforce/label/c.BB_Gate_Value_None';

export const GATE_LABELS = {
    Next,
    Conversion,
    Ready,
    Ready_Conversion,
    Progress,
    Status,
    Score,
    Dimension_Met,
    Dimension_At_Least,
    Now,
    Done,
    Open,
    Unsaved,
    None,
};

export type GateLabels = typeof GATE_LABELS;

/** Fills `{name}` placeholders; an unknown one stays as written, so a wrong template shows, not vanishes. */
export function fillNamed(template: string, values: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (placeholder: string, name: string) => {
        return Object.prototype.hasOwnProperty.call(values, name)
            ? String(values[name])
            : placeholder;
    });
}
