/**
 * What a canvas tile shows: the rating's name, the structured value in the user's formats and the
 * first line of the evidence. Pure functions, so each format is tested on its own.
 */
import locale from '@salesforce/i18n/locale';
import currency from '@salesforce/i18n/currency';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';
import type { PanelDimension, RatingOption } from 'c/qualificationPanel';
import type { TileView } from 'c/qualificationTile';

export interface TileInput {
    dimension: PanelDimension;
    value: string | null;
    evidence: string | null;
    structuredValue: string | number | null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Building an Intl formatter costs more than using one: the canvas formats eleven values per render. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter(
    kind: 'currency' | 'number' | 'date',
    userLocale: string,
    userCurrency: string,
): Intl.NumberFormat | Intl.DateTimeFormat {
    const key = `${kind}|${userLocale}|${userCurrency}`;
    let found = formatters.get(key);
    if (!found) {
        found =
            kind === 'date'
                ? new Intl.DateTimeFormat(userLocale, { dateStyle: 'medium', timeZone: 'UTC' })
                : new Intl.NumberFormat(
                      userLocale,
                      kind === 'currency'
                          ? { style: 'currency', currency: userCurrency, maximumFractionDigits: 0 }
                          : {},
                  );
        formatters.set(key, found);
    }
    return found;
}

/**
 * A structured value as the user reads it: an amount in the user's currency format, a date in the
 * user's date format (the calendar day as stored, whatever the time zone), other values as they are.
 */
export function formatStructured(
    value: string | number | null,
    type: PanelDimension['valueType'],
    userLocale: string = locale,
    userCurrency: string = currency,
): string | null {
    if (value === null || value === '') {
        return null;
    }
    if (typeof value === 'number') {
        return formatter(
            type === 'currency' ? 'currency' : 'number',
            userLocale,
            userCurrency,
        ).format(value);
    }
    const day = type === 'date' ? ISO_DAY.exec(value) : null;
    if (day) {
        const utc = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
        return formatter('date', userLocale, userCurrency).format(utc);
    }
    return value;
}

/** The first non-empty line of the notes, or null when there are none. */
export function firstLine(text: string | null): string | null {
    const line = (text ?? '')
        .split('\n')
        .map((candidate) => candidate.trim())
        .find((candidate) => candidate !== '');
    return line ?? null;
}

export function tileView(
    input: TileInput,
    position: number,
    scale: RatingOption[],
    holds = false,
): TileView {
    const { dimension } = input;
    const rating = dimension.ratingReadable ? input.value || 'Not_Explored' : null;
    const ratingLabel =
        rating === null
            ? formatLabel(LABELS.Field_Hidden, formatLabel(LABELS.Rating_Of, dimension.label))
            : (scale.find((option) => option.value === rating)?.label ?? rating);
    const showValue = Boolean(dimension.valueField) && dimension.valueReadable;
    return {
        key: dimension.key,
        position,
        label: dimension.label,
        isGate: dimension.isGate,
        rating,
        ratingLabel,
        valueLabel: showValue ? (dimension.valueLabel ?? dimension.valueField) : null,
        valueText: showValue ? formatStructured(input.structuredValue, dimension.valueType) : null,
        evidenceLine: dimension.evidenceReadable ? firstLine(input.evidence) : null,
        holdNote: holds ? LABELS.Tile_Holds : null,
    };
}
