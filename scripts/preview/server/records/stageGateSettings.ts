import type { StageGateSettings } from './stageGatesOnSave';

/** Reads the toolbar's stage-gate request; an unknown gate or persona is named. */
export function readStageGateSettings(
    input: unknown,
    gateNames: readonly string[],
): StageGateSettings {
    if (typeof input !== 'object' || input === null) {
        throw new Error('simulation: stage gates need a JSON object { activeGates, persona }');
    }
    const { activeGates, persona } = input as { activeGates?: unknown; persona?: unknown };
    if (
        !Array.isArray(activeGates) ||
        activeGates.some((name) => !gateNames.includes(name as string))
    ) {
        throw new Error(
            `simulation: activeGates must list gates of ${gateNames.join(', ')} (was ${JSON.stringify(activeGates)})`,
        );
    }
    if (persona !== 'rep' && persona !== 'manager') {
        throw new Error(
            `simulation: persona must be rep or manager (was ${JSON.stringify(persona)})`,
        );
    }
    return { activeGates: [...(activeGates as string[])], persona };
}
