import type { RestCalls } from '../lib/restCalls';
import {
    LEAD_KEY_PATTERN,
    leadKeyOf,
    OPPORTUNITY_KEY_PATTERN,
    opportunityKeyOf,
    type SampleRecord,
} from './sampleData';

export interface SeedSummary {
    readonly objectApiName: string;
    readonly created: number;
    readonly updated: number;
    readonly failures: readonly string[];
}

interface SeedTarget {
    readonly objectApiName: 'Lead' | 'Opportunity';
    readonly keyField: 'Email' | 'Name';
    readonly pattern: string;
    readonly keyOf: (value: unknown) => string | undefined;
}

const TARGETS: Readonly<Record<'Lead' | 'Opportunity', SeedTarget>> = {
    Lead: { objectApiName: 'Lead', keyField: 'Email', pattern: LEAD_KEY_PATTERN, keyOf: leadKeyOf },
    Opportunity: {
        objectApiName: 'Opportunity',
        keyField: 'Name',
        pattern: OPPORTUNITY_KEY_PATTERN,
        keyOf: opportunityKeyOf,
    },
};

/** Creates the sample records that are missing and updates those a previous run created (found by seed key). */
export async function seedObject(
    rest: RestCalls,
    objectApiName: 'Lead' | 'Opportunity',
    samples: readonly SampleRecord[],
): Promise<SeedSummary> {
    const target = TARGETS[objectApiName];
    const existing = await rest.queryAll<{ Id: string } & Record<string, unknown>>(
        `SELECT Id, ${target.keyField} FROM ${objectApiName} WHERE ${target.keyField} LIKE '${target.pattern}'`,
    );
    const idByKey = new Map<string, string>();
    for (const record of existing) {
        const key = target.keyOf(record[target.keyField]);
        if (key && !idByKey.has(key)) idByKey.set(key, record.Id);
    }
    const toCreate = samples.filter((sample) => !idByKey.has(sample.key));
    const toUpdate = samples.filter((sample) => idByKey.has(sample.key));
    const failures: string[] = [];
    const created = await rest.create(
        objectApiName,
        toCreate.map((sample) => ({ ...sample.fields })),
    );
    created.forEach((outcome, index) => {
        if (!outcome.success)
            failures.push(`${objectApiName} ${toCreate[index]?.key}: ${outcome.error}`);
    });
    const updated = await rest.update(
        objectApiName,
        toUpdate.map((sample) => ({ Id: idByKey.get(sample.key), ...sample.fields })),
    );
    updated.forEach((outcome, index) => {
        if (!outcome.success)
            failures.push(`${objectApiName} ${toUpdate[index]?.key}: ${outcome.error}`);
    });
    return {
        objectApiName,
        created: created.filter((outcome) => outcome.success).length,
        updated: updated.filter((outcome) => outcome.success).length,
        failures,
    };
}
