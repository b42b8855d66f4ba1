/** `{dimension}`, `{0}`: the tokens code fills into a label's text. */
const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/g;

/** The placeholders of a text, sorted, each as often as it occurs. */
export function placeholdersOf(text: string): string[] {
    return (text.match(PLACEHOLDER) ?? []).sort();
}

/**
 * How a translation's placeholders differ from the original's, in words; undefined when they
 * agree. A missing one leaves a value out, an extra or misspelt one shows up as raw braces.
 */
export function placeholderMismatch(original: string, translation: string): string | undefined {
    const expected = placeholdersOf(original);
    const actual = placeholdersOf(translation);
    const missing = without(expected, actual);
    const extra = without(actual, expected);
    if (missing.length === 0 && extra.length === 0) return undefined;
    const parts = [
        missing.length > 0 ? `lacks ${missing.join(', ')}` : '',
        extra.length > 0 ? `has ${extra.join(', ')} that the English text does not` : '',
    ].filter(Boolean);
    return parts.join(' and ');
}

/** `from` minus `remove`, as multisets. */
function without(from: readonly string[], remove: readonly string[]): string[] {
    const left = [...remove];
    return from.filter((item) => {
        const at = left.indexOf(item);
        if (at < 0) return true;
        left.splice(at, 1);
        return false;
    });
}
