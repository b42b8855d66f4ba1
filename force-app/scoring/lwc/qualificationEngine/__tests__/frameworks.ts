/** Small frameworks for the unit tests, built in code so each test shows what it depends on. */
import type { DimensionConfig, FrameworkConfig } from '../types';

export function dimension(
    key: string,
    order: number,
    weight: number,
    isGate = false,
): DimensionConfig {
    return {
        key,
        recordName: `Test_${key}`,
        order,
        weight,
        isGate,
        ratingField: `BB_${key}_Rating__c`,
        evidenceField: `BB_${key}_Evidence__c`,
        valueField: null,
    };
}

/** BANT as docs/architecture.md ships it: Budget 3 G, Authority 2, Need 3 G, Timeline 2; 70 / 50. */
export function bant(overrides: Partial<FrameworkConfig> = {}): FrameworkConfig {
    return {
        name: 'BANT',
        qualifiedThreshold: 70,
        minimumCompleteness: 50,
        applicableObjects: ['Lead', 'Opportunity'],
        defaultFor: ['Lead'],
        dimensions: [
            { ...dimension('Budget', 1, 3, true), recordName: 'BANT_Budget' },
            { ...dimension('Authority', 2, 2), recordName: 'BANT_Authority' },
            { ...dimension('Need', 3, 3, true), recordName: 'BANT_Need' },
            { ...dimension('Timeline', 4, 2), recordName: 'BANT_Timeline' },
        ],
        ...overrides,
    };
}
