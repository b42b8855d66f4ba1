import { LightningElement, api } from 'lwc';
import locale from '@salesforce/i18n/locale';
import timeZone from '@salesforce/i18n/timeZone';
import { ROUND_LABELS, fillLabel } from 'c/qualificationRoundLabels';

/** "Round 2 since 1 Dec 2026 · decision maker joined": which round a record is in, since when and why. */
export default class QualificationRoundStatus extends LightningElement {
    /** The record's round (blank or 1: nothing is shown). */
    @api round: number | null = null;
    /** ISO time the round started. */
    @api startedOn: string | null = null;
    @api reason: string | null = null;

    get visible(): boolean {
        return typeof this.round === 'number' && this.round > 1;
    }

    get text(): string {
        return fillLabel(ROUND_LABELS.Round_Current, this.round ?? 1, this.startedText);
    }

    get startedText(): string {
        const time = this.startedOn ? Date.parse(this.startedOn) : NaN;
        if (Number.isNaN(time)) return '–';
        // Salesforce time zones are IANA ids the browser knows, as the board's own day relies on.
        return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(
            new Date(time),
        );
    }
}
