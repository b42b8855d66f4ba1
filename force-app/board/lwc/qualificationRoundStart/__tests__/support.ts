/** The round labels as the org serves them in a language, read from the shipped label files. */
export function roundLabels(
    language: 'en' | 'de',
    keys: readonly string[],
): Record<string, string> {
    const { boardLabels } = require('../../qualificationBoard/__tests__/support/labels') as {
        boardLabels: (language: 'en' | 'de', keys: readonly string[]) => Record<string, string>;
    };
    return boardLabels(language, keys);
}

/** Lets pending promises and the re-render they cause settle. */
export function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- tests wait for the microtask queue to drain
    return new Promise((resolve) => setTimeout(resolve, 0));
}
