import type { Language } from '../../lib/catalog';

/** Every sentence of the report, in English and German (German terms: docs/architecture.md). */
export interface ReportTexts {
    readonly title: string;
    readonly intro: string;
    readonly source: string;
    readonly generated: string;
    readonly closed: string;
    readonly won: string;
    readonly lost: string;
    readonly winRate: string;
    readonly tooFew: string;
    readonly aucHeading: string;
    readonly aucCurrent: (auc: string, low: string, high: string) => string;
    readonly aucSuggested: (auc: string, low: string, high: string) => string;
    readonly aucGain: (gain: string, low: string, high: string) => string;
    readonly suggestYes: string;
    readonly suggestNo: string;
    readonly thresholdHeading: string;
    readonly threshold: (best: string, configured: string, tpr: string, fpr: string) => string;
    readonly statusHeading: string;
    readonly statusNone: string;
    readonly effectsHeading: string;
    readonly effectsNote: string;
    readonly dimension: string;
    readonly effect: string;
    readonly interval: string;
    readonly significant: string;
    readonly yes: string;
    readonly no: string;
    readonly ratingsHeading: string;
    readonly ratingsNote: string;
    readonly rating: string;
    readonly rocHeading: string;
    readonly falsePositiveRate: string;
    readonly truePositiveRate: string;
    readonly scoresHeading: string;
    readonly score: string;
    readonly deals: string;
    readonly outcome: string;
    readonly weightsHeading: string;
    readonly weight: string;
    readonly weightToday: string;
    readonly weightSuggested: string;
    readonly weightsNotSuggested: string;
    readonly status: string;
    /** Status values as the platform shows them (the German ones as the field's translation has them). */
    readonly statusLabels: Readonly<Record<string, string>>;
    readonly trustHeading: string;
    readonly trust: readonly string[];
}

const EN: ReportTexts = {
    title: 'Calibration: do our ratings predict which deals we win?',
    intro: 'Closed Opportunities compared with their qualification at close. Every figure comes with its 95 % interval: the range the true value lies in, given this many deals.',
    source: 'Source',
    generated: 'Seed',
    closed: 'closed',
    won: 'won',
    lost: 'lost',
    winRate: 'Win rate',
    tooFew: 'Not enough closed deals for figures:',
    aucHeading: 'How well the score separates won from lost (ROC AUC)',
    aucCurrent: (auc, low, high) =>
        `Today's weights: AUC ${auc} (95 % bootstrap interval ${low}–${high}). 0.5 is a coin toss, 1 separates perfectly.`,
    aucSuggested: (auc, low, high) =>
        `Suggested weights, cross-validated: AUC ${auc} (${low}–${high}).`,
    aucGain: (gain, low, high) => `Difference: ${gain} (${low} to ${high}).`,
    suggestYes:
        'The suggested weights separate better beyond noise: worth a partner’s review (see the weights below).',
    suggestNo: 'The suggested weights do not beat today’s beyond noise: keep today’s weights.',
    thresholdHeading: 'Score threshold',
    threshold: (best, configured, tpr, fpr) =>
        `The score that separates best today (Youden’s J) is ${best}, the configured Qualified threshold ${configured}. At ${best}, ${tpr} of won deals and ${fpr} of lost deals reach it.`,
    statusHeading: 'Win rate by status at close',
    statusNone: 'The input holds no status at close.',
    effectsHeading: 'Effect of each dimension, the others held equal',
    effectsNote:
        'Change in the log-odds of winning from “Not met” to “Met” (L2-regularised logistic regression). Right of 0 helps winning; an interval that crosses 0 is not significant at 95 %.',
    dimension: 'Dimension',
    effect: 'Effect',
    interval: '95 % interval',
    significant: 'Significant',
    yes: 'yes',
    no: 'no',
    ratingsHeading: 'Win rate by rating at close',
    ratingsNote:
        'Bars: win rate; lines: its 95 % Wilson interval; numbers: deals with that rating.',
    rating: 'Rating',
    rocHeading: 'ROC curve of today’s score',
    falsePositiveRate: 'Lost deals at or above the threshold',
    truePositiveRate: 'Won deals at or above the threshold',
    scoresHeading: 'Scores at close of won and lost deals',
    score: 'Score',
    deals: 'Deals',
    outcome: 'Outcome',
    weightsHeading: 'Weights: today and suggested',
    weight: 'Weight',
    weightToday: 'today',
    weightSuggested: 'suggested',
    weightsNotSuggested: 'No weights suggested.',
    status: 'Status',
    statusLabels: {
        New: 'New',
        Working: 'Working',
        Nurture: 'Nurture',
        Qualified: 'Qualified',
        Disqualified: 'Disqualified',
    },
    trustHeading: 'When not to trust this report',
    trust: [
        'Fewer deals than the minimum: no figures are printed, and just above it the intervals are wide.',
        'Ratings given after the outcome was known (a deal rated only when it closed) make every dimension look predictive.',
        'Deals closed before the ratings were kept at close carry today’s ratings, which may have been edited since.',
        'A change of sales process, market or team within the period mixes different deals.',
        'An effect says the rating went with winning, not that it caused it.',
    ],
};

const DE: ReportTexts = {
    title: 'Kalibrierung: Sagen unsere Einschätzungen voraus, welche Deals wir gewinnen?',
    intro: 'Abgeschlossene Opportunities im Vergleich mit ihrer Qualifizierung bei Abschluss. Zu jeder Zahl gehört ihr 95-%-Intervall: der Bereich, in dem der wahre Wert bei so vielen Deals liegt.',
    source: 'Quelle',
    generated: 'Startwert',
    closed: 'abgeschlossen',
    won: 'gewonnen',
    lost: 'verloren',
    winRate: 'Gewinnquote',
    tooFew: 'Zu wenige abgeschlossene Deals für Zahlen:',
    aucHeading: 'Wie gut der Score gewonnene von verlorenen Deals trennt (ROC-AUC)',
    aucCurrent: (auc, low, high) =>
        `Heutige Gewichte: AUC ${auc} (95-%-Bootstrap-Intervall ${low}–${high}). 0,5 ist ein Münzwurf, 1 trennt vollkommen.`,
    aucSuggested: (auc, low, high) =>
        `Vorgeschlagene Gewichte, kreuzvalidiert: AUC ${auc} (${low}–${high}).`,
    aucGain: (gain, low, high) => `Unterschied: ${gain} (${low} bis ${high}).`,
    suggestYes:
        'Die vorgeschlagenen Gewichte trennen über das Rauschen hinaus besser: ein Fall für die Prüfung durch den Partner (Gewichte unten).',
    suggestNo:
        'Die vorgeschlagenen Gewichte sind nicht über das Rauschen hinaus besser: die heutigen Gewichte behalten.',
    thresholdHeading: 'Score-Schwelle',
    threshold: (best, configured, tpr, fpr) =>
        `Am besten trennt heute der Score ${best} (Youden-J), eingestellt ist die Qualifiziert-Schwelle ${configured}. Bei ${best} erreichen ${tpr} der gewonnenen und ${fpr} der verlorenen Deals die Schwelle.`,
    statusHeading: 'Gewinnquote nach Status bei Abschluss',
    statusNone: 'Die Eingabe enthält keinen Status bei Abschluss.',
    effectsHeading: 'Einfluss jedes Kriteriums bei gleichen übrigen',
    effectsNote:
        'Änderung der Log-Odds zu gewinnen von „Nicht erfüllt“ zu „Erfüllt“ (logistische Regression mit L2-Regularisierung). Rechts von 0 hilft beim Gewinnen; ein Intervall über 0 hinweg ist bei 95 % nicht signifikant.',
    dimension: 'Kriterium',
    effect: 'Einfluss',
    interval: '95-%-Intervall',
    significant: 'Signifikant',
    yes: 'ja',
    no: 'nein',
    ratingsHeading: 'Gewinnquote nach Einschätzung bei Abschluss',
    ratingsNote:
        'Balken: Gewinnquote; Linien: ihr 95-%-Wilson-Intervall; Zahlen: Deals mit dieser Einschätzung.',
    rating: 'Einschätzung',
    rocHeading: 'ROC-Kurve des heutigen Scores',
    falsePositiveRate: 'Verlorene Deals ab der Schwelle',
    truePositiveRate: 'Gewonnene Deals ab der Schwelle',
    scoresHeading: 'Scores bei Abschluss, gewonnen und verloren',
    score: 'Score',
    deals: 'Deals',
    outcome: 'Ergebnis',
    weightsHeading: 'Gewichte: heute und vorgeschlagen',
    weight: 'Gewicht',
    weightToday: 'heute',
    weightSuggested: 'vorgeschlagen',
    weightsNotSuggested: 'Keine Gewichte vorgeschlagen.',
    status: 'Status',
    statusLabels: {
        New: 'Neu',
        Working: 'In Bearbeitung',
        Nurture: 'Weiter pflegen',
        Qualified: 'Qualifiziert',
        Disqualified: 'Disqualifiziert',
    },
    trustHeading: 'Wann diesem Bericht nicht zu trauen ist',
    trust: [
        'Weniger Deals als das Minimum: Dann gibt es keine Zahlen, und knapp darüber sind die Intervalle breit.',
        'Einschätzungen, die erst nach dem Ergebnis kamen (ein Deal erst beim Abschluss eingeschätzt), lassen jedes Kriterium vorhersagend aussehen.',
        'Deals, die abgeschlossen wurden, bevor die Einschätzungen bei Abschluss aufbewahrt wurden, tragen die heutigen Einschätzungen, die seither geändert sein können.',
        'Ein geänderter Vertriebsprozess, Markt oder ein neues Team im Zeitraum mischt verschiedene Deals.',
        'Ein Einfluss sagt, dass die Einschätzung mit dem Gewinnen einherging, nicht, dass sie es verursacht hat.',
    ],
};

export const TEXTS: Readonly<Record<Language, ReportTexts>> = { en: EN, de: DE };

/** A number in the report's language: German uses a decimal comma. */
export function formatNumber(value: number, digits: number, language: Language): string {
    return value.toLocaleString(language === 'de' ? 'de-DE' : 'en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
    });
}

export function formatPercent(value: number, language: Language): string {
    return `${formatNumber(100 * value, 0, language)} %`;
}
