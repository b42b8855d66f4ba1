import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';

/** What the summary shows: the stored result, or the engine's preview of unsaved edits. */
export interface SummaryView {
    /** Status API name, e.g. `Qualified`; null when the record was never evaluated. */
    status: string | null;
    statusLabel: string;
    score: number | null;
    completeness: number | null;
    reasons: string[];
    nextDimensionLabel: string | null;
    nextQuestion: string | null;
    /** True when the view is computed from unsaved edits. */
    isPreview: boolean;
    /** True when dimensions the user cannot read were left out of the preview. */
    excludesHidden: boolean;
}

const STATUS_THEMES: Record<string, string> = {
    New: 'slds-badge',
    Working: 'slds-badge slds-badge_lightest',
    Nurture: 'slds-badge slds-theme_warning',
    Qualified: 'slds-badge slds-theme_success',
    Disqualified: 'slds-badge slds-theme_error',
};

/** The verdict at a glance: status, score, completeness, reasons and what to explore next. */
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
        return STATUS_THEMES[this.summary?.status ?? ''] ?? 'slds-badge';
    }

    get scoreText(): string {
        return this.summary?.score === null || this.summary?.score === undefined
            ? '–'
            : String(this.summary.score);
    }

    get completenessValue(): number {
        return Math.max(0, Math.min(100, this.summary?.completeness ?? 0));
    }

    get completenessText(): string {
        return `${this.completenessValue} %`;
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

    get nextText(): string {
        const next = this.summary?.nextDimensionLabel;
        return next ? formatLabel(LABELS.Next_Dimension, next) : LABELS.All_Explored;
    }

    get nextQuestion(): string | null {
        return this.summary?.nextDimensionLabel ? (this.summary.nextQuestion ?? null) : null;
    }
}
