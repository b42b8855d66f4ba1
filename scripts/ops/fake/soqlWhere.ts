import type { FieldValue } from './fakeStore';

/** One comparison of a field with literals, as the fake org evaluates it. */
export interface SoqlCondition {
    readonly field: string;
    readonly operator: '=' | '!=' | 'IN' | 'LIKE' | '<' | '<=' | '>' | '>=';
    readonly values: readonly FieldValue[];
}

/** A WHERE clause: comparisons combined with AND, OR and parentheses. */
export type SoqlWhere =
    SoqlCondition | { readonly all: readonly SoqlWhere[] } | { readonly any: readonly SoqlWhere[] };

const TOKEN =
    /\s*(?:('(?:[^'\\]|\\.)*')|(<=|>=|!=|=|<|>|\(|\)|,)|(\d{4}-\d{2}-\d{2}(?![\d:T]))|(-?\d+(?:\.\d+)?)|(\w+))/y;

/**
 * Parses the WHERE clause the tools send (`a = 1 AND (b IN ('x','y') OR c >= 2026-01-05)`), or
 * returns undefined for anything else. Date literals stay 'YYYY-MM-DD' strings, which compare in
 * date order.
 */
export function parseWhere(text: string): SoqlWhere | undefined {
    const tokens: string[] = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
        if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
        const match = TOKEN.exec(text);
        if (!match) return undefined;
        tokens.push(match[0].trim());
    }
    let position = 0;
    const peek = (): string | undefined => tokens[position];
    const keyword = (word: string): boolean => peek()?.toUpperCase() === word;

    const literal = (): FieldValue | undefined => {
        const token = tokens[position++];
        if (token === undefined) return undefined;
        if (/^'.*'$/s.test(token)) return token.slice(1, -1).replace(/\\'/g, "'");
        if (/^\d{4}-\d{2}-\d{2}$/.test(token)) return token;
        if (/^(true|false)$/i.test(token)) return token.toLowerCase() === 'true';
        if (/^null$/i.test(token)) return null;
        if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
        return undefined;
    };
    const comparison = (): SoqlWhere | undefined => {
        if (peek() === '(') {
            position++;
            const inner = disjunction();
            if (peek() !== ')') return undefined;
            position++;
            return inner;
        }
        const field = tokens[position++];
        if (field === undefined || !/^\w+$/.test(field)) return undefined;
        const operator = tokens[position++]?.toUpperCase();
        if (operator === 'IN') {
            if (tokens[position++] !== '(') return undefined;
            const values: FieldValue[] = [];
            for (;;) {
                const value = literal();
                if (value === undefined) return undefined;
                values.push(value);
                const separator = tokens[position++];
                if (separator === ')') break;
                if (separator !== ',') return undefined;
            }
            return { field, operator, values };
        }
        if (!['=', '!=', 'LIKE', '<', '<=', '>', '>='].includes(operator ?? '')) return undefined;
        const value = literal();
        if (value === undefined) return undefined;
        return { field, operator: operator as SoqlCondition['operator'], values: [value] };
    };
    const conjunction = (): SoqlWhere | undefined => {
        const parts: SoqlWhere[] = [];
        for (;;) {
            const part = comparison();
            if (!part) return undefined;
            parts.push(part);
            if (!keyword('AND')) break;
            position++;
        }
        return parts.length === 1 ? parts[0] : { all: parts };
    };
    function disjunction(): SoqlWhere | undefined {
        const parts: SoqlWhere[] = [];
        for (;;) {
            const part = conjunction();
            if (!part) return undefined;
            parts.push(part);
            if (!keyword('OR')) break;
            position++;
        }
        return parts.length === 1 ? parts[0] : { any: parts };
    }
    const where = disjunction();
    return where && position === tokens.length ? where : undefined;
}

/** Whether a record satisfies the clause. */
export function satisfies(record: Readonly<Record<string, unknown>>, where: SoqlWhere): boolean {
    if ('all' in where) return where.all.every((part) => satisfies(record, part));
    if ('any' in where) return where.any.some((part) => satisfies(record, part));
    return matches(record[where.field], where);
}

function matches(value: unknown, condition: SoqlCondition): boolean {
    const normalized = value === undefined ? null : value;
    switch (condition.operator) {
        case 'LIKE': {
            const pattern = String(condition.values[0] ?? '');
            const regex = new RegExp(
                `^${pattern
                    .split('%')
                    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, '.'))
                    .join('.*')}$`,
                'is',
            );
            return typeof normalized === 'string' && regex.test(normalized);
        }
        case '!=':
            return !equalsAny(normalized, condition.values);
        case '<':
        case '<=':
        case '>':
        case '>=':
            return compare(normalized, condition.values[0] ?? null, condition.operator);
        default:
            return equalsAny(normalized, condition.values);
    }
}

function equalsAny(value: unknown, expected: readonly FieldValue[]): boolean {
    return expected.some((candidate) => {
        if (typeof candidate === 'boolean')
            return (value === true || value === 'true') === candidate;
        return value === candidate || (value !== null && String(value) === String(candidate));
    });
}

/** Null never compares (as in SOQL); numbers compare as numbers, everything else as text. */
function compare(value: unknown, bound: FieldValue, operator: '<' | '<=' | '>' | '>='): boolean {
    if (value === null || bound === null) return false;
    const order =
        typeof bound === 'number'
            ? Number(value) - bound
            : String(value) < String(bound)
              ? -1
              : String(value) > String(bound)
                ? 1
                : 0;
    if (operator === '<') return order < 0;
    if (operator === '<=') return order <= 0;
    if (operator === '>') return order > 0;
    return order >= 0;
}
