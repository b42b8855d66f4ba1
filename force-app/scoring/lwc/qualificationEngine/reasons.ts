import type { Reason, ReasonCode } from './types';

/** The stored explanation (BB_Qualification_Explanation__c) holds at most this many characters. */
export const EXPLANATION_MAX_LENGTH = 2000;

const PLACEHOLDER = /\{(dimension|value|score|threshold|completeness|minimum|days|horizon)\}/g;

/** The custom label holding a code's template: `GATE_NOT_MET` → `BB_Reason_Gate_Not_Met`. */
export function reasonLabelName(code: ReasonCode): string {
    const words = code.split('_').map((word) => word.charAt(0) + word.slice(1).toLowerCase());
    return `BB_Reason_${words.join('_')}`;
}

/**
 * Fills a reason template's named placeholders. `{dimension}` becomes the dimension's title (the key
 * when no title is given); a placeholder the reason does not carry stays as written, so a template
 * that asks for the wrong value is visible rather than silently blank.
 */
export function formatReason(reason: Reason, template: string, dimensionLabel?: string): string {
    const values = reason as Readonly<Record<string, unknown>>;
    return template.replace(PLACEHOLDER, (placeholder: string, name: string) => {
        if (name === 'dimension' && 'dimension' in reason) {
            return dimensionLabel ?? reason.dimension;
        }
        const value = values[name];
        return value === undefined || name === 'dimension' ? placeholder : String(value);
    });
}

/**
 * Formats reasons with templates keyed by reason code and dimension titles keyed by dimension key.
 * A weak dimension's `{value}` reads as its rating label ("Partly met") when `ratingLabels` has
 * one, as the Apex explanation does; an invalid answer keeps its raw value, since that is what is
 * wrong. A missing template is a packaging defect, so it throws naming the custom label.
 */
export function formatReasons(
    reasons: readonly Reason[],
    templates: Readonly<Partial<Record<ReasonCode, string>>>,
    dimensionLabels: Readonly<Record<string, string>> = {},
    ratingLabels: Readonly<Record<string, string>> = {},
): string[] {
    return reasons.map((reason) => {
        const template = templates[reason.code];
        if (template === undefined) {
            throw new Error(
                `No template for reason ${reason.code}: custom label ${reasonLabelName(reason.code)} is missing`,
            );
        }
        const label = 'dimension' in reason ? dimensionLabels[reason.dimension] : undefined;
        const readable =
            reason.code === 'WEAK_DIMENSION' &&
            Object.prototype.hasOwnProperty.call(ratingLabels, reason.value)
                ? { ...reason, value: ratingLabels[reason.value] as string }
                : reason;
        return formatReason(readable, template, label);
    });
}

/** The formatted reasons one per line, cut to what BB_Qualification_Explanation__c holds. */
export function formatExplanation(
    reasons: readonly Reason[],
    templates: Readonly<Partial<Record<ReasonCode, string>>>,
    dimensionLabels: Readonly<Record<string, string>> = {},
    ratingLabels: Readonly<Record<string, string>> = {},
): string {
    return formatReasons(reasons, templates, dimensionLabels, ratingLabels)
        .join('\n')
        .slice(0, EXPLANATION_MAX_LENGTH);
}

/**
 * The explanation the trigger stores on the record (QualificationExplanationFormatter.formatForRecord
 * in Apex): everyone who may read the record's results reads it, also a rep whose field-level
 * security hides a rating, so it keeps only the reasons that name no dimension, in their order, and
 * when reasons about dimensions were left out, `pointerLine` (the label
 * `BB_Automation_Dimension_Reasons_On_Board`) saying the board shows them; cut to 2,000 characters.
 */
export function formatStoredExplanation(
    reasons: readonly Reason[],
    templates: Readonly<Partial<Record<ReasonCode, string>>>,
    pointerLine: string,
): string {
    const withoutDimension = reasons.filter((reason) => !('dimension' in reason));
    const lines = formatReasons(withoutDimension, templates);
    if (withoutDimension.length < reasons.length) lines.push(pointerLine);
    return lines.join('\n').slice(0, EXPLANATION_MAX_LENGTH);
}
