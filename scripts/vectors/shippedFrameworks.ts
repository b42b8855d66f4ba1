import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { VectorDimension, VectorFramework } from './contract';

/**
 * The shipped frameworks as the vectors need them, read straight from the Custom Metadata record
 * files, without the catalog loader (which validates with the engine): the vectors must not
 * depend on any engine code.
 */
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'values' });

type Fields = ReadonlyMap<string, string | undefined>;

function readFields(file: string): Fields {
    const document = parser.parse(readFileSync(file, 'utf8')) as {
        CustomMetadata: { values?: { field: string; value?: unknown }[] };
    };
    const fields = new Map<string, string | undefined>();
    for (const entry of document.CustomMetadata.values ?? []) {
        const value = entry.value;
        fields.set(
            entry.field,
            typeof value === 'string'
                ? value
                : typeof value === 'object' && value !== null
                  ? ((value as Record<string, unknown>)['#text'] as string | undefined)
                  : undefined,
        );
    }
    return fields;
}

function text(fields: Fields, field: string, file: string): string {
    const value = fields.get(field);
    if (value === undefined || value === '') throw new Error(`${file}: ${field} is empty`);
    return value;
}

function optionalNumber(fields: Fields, field: string): number | null {
    const value = fields.get(field);
    return value === undefined || value === '' ? null : Number(value);
}

/** Every shipped framework under `<root>/force-app/model/customMetadata`, by DeveloperName. */
export function readShippedFrameworks(root: string): ReadonlyMap<string, VectorFramework> {
    const folder = join(root, 'force-app', 'model', 'customMetadata');
    const files = readdirSync(folder).sort();
    const dimensions = new Map<string, VectorDimension[]>();
    for (const name of files.filter((f) => f.startsWith('BB_Qualification_Dimension.'))) {
        const file = join(folder, name);
        const fields = readFields(file);
        const framework = text(fields, 'Framework__c', file);
        const valueField = fields.get('Value_Field__c');
        const dimension: VectorDimension = {
            key: text(fields, 'Dimension_Key__c', file),
            order: Number(text(fields, 'Order__c', file)),
            weight: Number(text(fields, 'Weight__c', file)),
            isGate: fields.get('Is_Gate__c') === 'true',
            ratingField: text(fields, 'Rating_Field__c', file),
            evidenceField: text(fields, 'Evidence_Field__c', file),
            valueField: valueField === undefined || valueField === '' ? null : valueField,
            horizonDays: optionalNumber(fields, 'Horizon_Days__c'),
        };
        dimensions.set(framework, [...(dimensions.get(framework) ?? []), dimension]);
    }
    const frameworks = new Map<string, VectorFramework>();
    for (const name of files.filter((f) => f.startsWith('BB_Qualification_Framework.'))) {
        const file = join(folder, name);
        const fields = readFields(file);
        const developerName = name.split('.')[1];
        frameworks.set(developerName, {
            name: developerName,
            qualifiedThreshold: Number(text(fields, 'Qualified_Threshold__c', file)),
            minimumCompleteness: Number(text(fields, 'Minimum_Completeness__c', file)),
            dimensions: dimensions.get(developerName) ?? [],
        });
    }
    return frameworks;
}
