import type { CatalogFramework } from '../../lib/catalog';

/** What the "simulate" panel has armed: platform conditions that are hard to produce by hand. */
export interface SimulationState {
    /** The next save never reaches the server: the connection drops. */
    failNextSave: boolean;
    /** The next save fails as a validation rule would, on the first field it changes. */
    rejectNextSave: boolean;
    /** A dimension key whose rating, evidence and value fields the user may not read (field-level security). */
    hiddenDimension: string | null;
}

export function initialSimulation(): SimulationState {
    return { failNextSave: false, rejectNextSave: false, hiddenDimension: null };
}

/** The rating, evidence and value fields bound to a dimension key in any framework. */
export function fieldsOfDimension(
    frameworks: readonly CatalogFramework[],
    key: string | null,
): Set<string> {
    const fields = new Set<string>();
    if (key === null) return fields;
    for (const framework of frameworks) {
        for (const dimension of framework.dimensions) {
            if (dimension.key !== key) continue;
            fields.add(dimension.ratingField);
            fields.add(dimension.evidenceField);
            if (dimension.valueField !== null) fields.add(dimension.valueField);
        }
    }
    return fields;
}

/** Reads the panel's request; unknown keys or wrong types name what is wrong. */
export function applySimulationInput(
    state: SimulationState,
    input: unknown,
    knownKeys: ReadonlySet<string>,
): SimulationState {
    if (typeof input !== 'object' || input === null)
        throw new Error('simulation: expected a JSON object');
    const next = { ...state };
    for (const [key, value] of Object.entries(input)) {
        switch (key) {
            case 'failNextSave':
            case 'rejectNextSave':
                if (typeof value !== 'boolean')
                    throw new Error(
                        `simulation: ${key} must be true or false (was ${JSON.stringify(value)})`,
                    );
                next[key] = value;
                break;
            case 'hiddenDimension':
                if (value !== null && (typeof value !== 'string' || !knownKeys.has(value))) {
                    throw new Error(
                        `simulation: hiddenDimension must be null or one of ${[...knownKeys].join(', ')} (was ${JSON.stringify(value)})`,
                    );
                }
                next.hiddenDimension = value;
                break;
            case 'someoneElseEdits':
                break;
            default:
                throw new Error(`simulation: unknown setting ${key}`);
        }
    }
    return next;
}
