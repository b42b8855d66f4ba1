import { LightningElement, api } from 'lwc';
import locale from '@salesforce/i18n/locale';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';

/** The stored result is what the answers gave on the day of the last evaluation; only days passed. */
export interface HorizonChange {
    /** The day of the last evaluation, 'YYYY-MM-DD' in the user's time zone. */
    evaluatedDay: string;
    /** The dimensions whose date has come within its horizon since then. */
    dimensionLabels: string[];
}

/** What the current configuration gives today when it differs from the stored result. */
export interface CurrentResult {
    statusLabel: string;
    score: number;
    /** Set when the passing days, not the configuration, explain the difference. */
    horizon: HorizonChange | null;
}

/** What the summary shows: the stored result, or the engine's preview of unsaved edits. */
export interface SummaryView {
    /** Status API name, e.g. `Qualified`; null when the record was never evaluated. */
    status: string | null;
    statusLabel: string;
    score: number | null;
    completeness: number | null;
    /** Formatted in the viewer's language from the answers, never the stored explanation. */
    reasons: string[];
    nextDimensionLabel: string | null;
    /** The key of that dimension: the interview opens there. */
    nextDimensionKey?: string | null;
    nextQuestion: string | null;
    /** True when the view is computed from unsaved edits. */
    isPreview: boolean;
    /** True when dimensions the user cannot read were left out of the preview. */
    excludesHidden: boolean;
    /** Set when the stored status or score is not what the current configuration gives. */
    stale: CurrentResult | null;
}

const STATUS_THEMES: Record<string, string> = {
    // SLDS's plain badge is the summary box's own grey: New gets a white pill with a dashed edge.
    New: 'slds-badge summary__badge_new',
    Working: 'slds-badge slds-badge_lightest',
    Nurture: 'slds-badge slds-theme_warning',
    Qualified: 'slds-badge slds-theme_success',
    Disqualified: 'slds-badge slds-theme_error',
};

/** The ring repeats the status colour: SLDS's own progress ring variants. */
const RING_THEMES: Record<string, string> = {
    Nurture: 'slds-progress-ring_warning',
    Qualified: 'slds-progress-ring_complete',
    Disqualified: 'slds-progress-ring_expired',
};

/** Built once: constructing Intl formatters is what costs on a render. */
let percentFormat: Intl.NumberFormat | undefined;

const FULL_CIRCLE = 'M 1 0 A 1 1 0 1 1 -1 0 A 1 1 0 1 1 1 0 Z';

/** The verdict at a glance: status, score ring, completeness, reasons and what to explore next. */
export default class QualificationSummary extends LightningElement {
    @api summary?: SummaryView;

    labels = LABELS;

    get evaluated(): boolean {
        return Boolean(this.summary?.status);
    }

    get statusValue(): string {
        return this.summary?.status ?? '';
    }

    get statusText(): string {
        return this.evaluated ? (this.summary?.statusLabel ?? '') : LABELS.Not_Evaluated;
    }

    get statusClass(): string {
        return STATUS_THEMES[this.summary?.status ?? ''] ?? 'slds-badge summary__badge_new';
    }

    get hasScore(): boolean {
        return typeof this.summary?.score === 'number';
    }

    get scoreText(): string {
        return this.hasScore ? String(this.summary?.score) : '–';
    }

    get scoreValue(): number {
        return clampPercent(this.summary?.score);
    }

    get ringClass(): string {
        const theme = RING_THEMES[this.summary?.status ?? ''] ?? 'slds-progress-ring_active-step';
        return `slds-progress-ring slds-progress-ring_large summary__ring ${theme}`;
    }

    /** The arc of the SLDS progress ring (unit circle, drawn from the top, clockwise). */
    get ringPath(): string {
        const share = this.scoreValue / 100;
        if (share <= 0) {
            return 'M 0 0';
        }
        if (share >= 1) {
            return FULL_CIRCLE;
        }
        const angle = 2 * Math.PI * share;
        const largeArc = share > 0.5 ? 1 : 0;
        return `M 1 0 A 1 1 0 ${largeArc} 1 ${Math.cos(angle).toFixed(4)} ${Math.sin(angle).toFixed(4)} L 0 0`;
    }

    get completenessValue(): number {
        return clampPercent(this.summary?.completeness);
    }

    get completenessText(): string {
        // The user's locale places the sign: "54%" in English, "54 %" in German.
        percentFormat ??= new Intl.NumberFormat(locale, { style: 'percent' });
        return percentFormat.format(this.completenessValue / 100);
    }

    get barStyle(): string {
        return `width: ${this.completenessValue}%`;
    }

    get reasons(): string[] {
        return this.summary?.reasons ?? [];
    }

    get hasReasons(): boolean {
        return this.reasons.length > 0;
    }

    get isPreview(): boolean {
        return this.summary?.isPreview === true;
    }

    get excludesHidden(): boolean {
        return this.summary?.excludesHidden === true;
    }

    /**
     * An older configuration is a difference someone has to act on (save or rescore); days passing
     * a horizon is routine that the daily job settles, so that note is not coloured as an error.
     */
    get staleClass(): string {
        return this.summary?.stale?.horizon
            ? 'slds-m-top_x-small summary__stale summary__stale_day'
            : 'slds-m-top_x-small slds-text-color_error summary__stale';
    }

    get staleText(): string | null {
        const stale = this.summary?.stale;
        if (!stale) {
            return null;
        }
        if (stale.horizon) {
            return formatLabel(
                LABELS.Stale_Day,
                this.statusText,
                this.scoreText,
                formatDay(stale.horizon.evaluatedDay),
                stale.horizon.dimensionLabels.join(', '),
                stale.statusLabel,
                stale.score,
            );
        }
        return formatLabel(
            LABELS.Stale_Result,
            this.statusText,
            this.scoreText,
            stale.statusLabel,
            stale.score,
        );
    }

    get nextText(): string {
        const next = this.summary?.nextDimensionLabel;
        return next ? formatLabel(LABELS.Next_Dimension, next) : LABELS.All_Explored;
    }

    get nextQuestion(): string | null {
        return this.summary?.nextDimensionLabel ? (this.summary.nextQuestion ?? null) : null;
    }
}

/** A calendar day in the user's locale; noon UTC keeps it the same day in every zone. */
function formatDay(day: string): string {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${day}T12:00:00Z`),
    );
}

function clampPercent(value: number | null | undefined): number {
    return Math.max(0, Math.min(100, value ?? 0));
}
