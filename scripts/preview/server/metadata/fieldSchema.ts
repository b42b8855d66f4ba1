import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { elements, readMetadataXml, text } from './xmlFile';
import type { RatingScaleValue } from './ratingScale';

export type SupportedObject = 'Lead' | 'Opportunity';
export const SUPPORTED_OBJECTS: readonly SupportedObject[] = ['Lead', 'Opportunity'];

export type FieldType =
    | 'Picklist'
    | 'Text'
    | 'LongTextArea'
    | 'TextArea'
    | 'Number'
    | 'Currency'
    | 'Percent'
    | 'Date'
    | 'DateTime'
    | 'Checkbox'
    | 'Email'
    | 'Phone'
    | 'Url'
    | 'Lookup'
    | 'Id';

/** What the record store needs to know of one field to accept or reject a value the way the platform does. */
export interface FieldDefinition {
    readonly apiName: string;
    readonly label: string;
    /** A standard field's label for a German user, as the platform translates it (force-app cannot). */
    readonly germanLabel?: string;
    readonly type: FieldType;
    readonly length?: number;
    readonly precision?: number;
    readonly scale?: number;
    readonly required: boolean;
    /** Allowed picklist API names with their labels; absent for other types. */
    readonly picklistValues?: readonly RatingScaleValue[];
    /** The global value set a picklist is bound to; its translation holds the value labels. */
    readonly valueSetName?: string;
    /** Standard fields the platform maintains (Id, LastModifiedDate) are never writable. */
    readonly systemManaged?: boolean;
}

export type ObjectSchema = ReadonlyMap<string, FieldDefinition>;

const FIELD_TYPES = new Set<string>([
    'Picklist',
    'Text',
    'LongTextArea',
    'TextArea',
    'Number',
    'Currency',
    'Percent',
    'Date',
    'DateTime',
    'Checkbox',
    'Email',
    'Phone',
    'Url',
    'Lookup',
]);

/** The standard fields the sample records use; the platform describes these, force-app does not. */
const STANDARD_FIELDS: Record<SupportedObject, FieldDefinition[]> = {
    Lead: [
        { apiName: 'Id', label: 'Lead ID', type: 'Id', required: false, systemManaged: true },
        {
            apiName: 'LastModifiedDate',
            label: 'Last Modified Date',
            type: 'DateTime',
            required: false,
            systemManaged: true,
        },
        {
            apiName: 'Name',
            label: 'Name',
            type: 'Text',
            length: 121,
            required: false,
            systemManaged: true,
        },
        { apiName: 'FirstName', label: 'First Name', type: 'Text', length: 40, required: false },
        { apiName: 'LastName', label: 'Last Name', type: 'Text', length: 80, required: true },
        {
            apiName: 'Company',
            label: 'Company',
            germanLabel: 'Firma',
            type: 'Text',
            length: 255,
            required: true,
        },
        {
            apiName: 'Title',
            label: 'Title',
            germanLabel: 'Titel',
            type: 'Text',
            length: 128,
            required: false,
        },
        { apiName: 'Email', label: 'Email', type: 'Email', length: 80, required: false },
        { apiName: 'Phone', label: 'Phone', type: 'Phone', length: 40, required: false },
        {
            apiName: 'Status',
            label: 'Lead Status',
            germanLabel: 'Lead-Status',
            type: 'Text',
            length: 40,
            required: true,
        },
        { apiName: 'LeadSource', label: 'Lead Source', type: 'Text', length: 40, required: false },
    ],
    Opportunity: [
        {
            apiName: 'Id',
            label: 'Opportunity ID',
            type: 'Id',
            required: false,
            systemManaged: true,
        },
        {
            apiName: 'LastModifiedDate',
            label: 'Last Modified Date',
            type: 'DateTime',
            required: false,
            systemManaged: true,
        },
        { apiName: 'Name', label: 'Opportunity Name', type: 'Text', length: 120, required: true },
        {
            apiName: 'AccountName',
            label: 'Account Name',
            germanLabel: 'Accountname',
            type: 'Text',
            length: 255,
            required: false,
            systemManaged: true,
        },
        {
            apiName: 'StageName',
            label: 'Stage',
            germanLabel: 'Phase',
            type: 'Text',
            length: 255,
            required: true,
        },
        {
            apiName: 'CloseDate',
            label: 'Close Date',
            germanLabel: 'Schlusstermin',
            type: 'Date',
            required: true,
        },
        {
            apiName: 'Amount',
            label: 'Amount',
            germanLabel: 'Betrag',
            type: 'Currency',
            precision: 18,
            scale: 2,
            required: false,
        },
        {
            apiName: 'Probability',
            label: 'Probability (%)',
            type: 'Percent',
            precision: 3,
            scale: 0,
            required: false,
        },
    ],
};

/**
 * Reads every `<object>/fields/*.field-meta.xml` of every package directory for Lead and Opportunity and adds the few
 * standard fields the sample data uses. Picklists bound to a global value set take its values.
 */
export function loadObjectSchemas(
    packageDirs: readonly string[],
    globalValueSets: ReadonlyMap<string, readonly RatingScaleValue[]>,
): ReadonlyMap<SupportedObject, ObjectSchema> {
    const schemas = new Map<SupportedObject, ObjectSchema>();
    for (const objectApiName of SUPPORTED_OBJECTS) {
        const fields = new Map<string, FieldDefinition>();
        for (const field of STANDARD_FIELDS[objectApiName]) fields.set(field.apiName, field);
        for (const file of packageDirs.flatMap((dir) => findFieldFiles(dir, objectApiName))) {
            const definition = readFieldFile(file, globalValueSets);
            fields.set(definition.apiName, definition);
        }
        schemas.set(objectApiName, fields);
    }
    return schemas;
}

function findFieldFiles(root: string, objectApiName: string): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir)) {
            if (entry === 'node_modules' || entry.startsWith('.')) continue;
            const full = path.join(dir, entry);
            if (!statSync(full).isDirectory()) continue;
            if (
                entry === 'fields' &&
                path.basename(dir) === objectApiName &&
                path.basename(path.dirname(dir)) === 'objects'
            ) {
                for (const file of readdirSync(full)) {
                    if (file.endsWith('.field-meta.xml')) found.push(path.join(full, file));
                }
            } else {
                walk(full);
            }
        }
    };
    if (existsSync(root)) walk(root);
    return found.sort();
}

function readFieldFile(
    file: string,
    globalValueSets: ReadonlyMap<string, readonly RatingScaleValue[]>,
): FieldDefinition {
    const field = readMetadataXml(file, 'CustomField');
    const apiName = text(field, 'fullName') ?? path.basename(file, '.field-meta.xml');
    const type = text(field, 'type');
    if (type === undefined || !FIELD_TYPES.has(type)) {
        throw new Error(`${file}: field type ${type ?? '(missing)'} is not one the preview knows`);
    }
    const numberOf = (name: string): number | undefined => {
        const value = text(field, name);
        return value === undefined ? undefined : Number(value);
    };
    const definition: FieldDefinition = {
        apiName,
        label: text(field, 'label') ?? apiName,
        type: type as FieldType,
        length: numberOf('length'),
        precision: numberOf('precision'),
        scale: numberOf('scale'),
        required: text(field, 'required') === 'true',
    };
    if (type !== 'Picklist') return definition;
    const valueSetName = text(elements(field, 'valueSet')[0] ?? {}, 'valueSetName');
    return {
        ...definition,
        valueSetName,
        picklistValues: readPicklistValues(file, field, globalValueSets),
    };
}

function readPicklistValues(
    file: string,
    field: ReturnType<typeof readMetadataXml>,
    globalValueSets: ReadonlyMap<string, readonly RatingScaleValue[]>,
): readonly RatingScaleValue[] {
    const valueSet = elements(field, 'valueSet')[0];
    if (valueSet === undefined) throw new Error(`${file}: picklist without <valueSet>`);
    const globalName = text(valueSet, 'valueSetName');
    if (globalName !== undefined) {
        const values = globalValueSets.get(globalName);
        if (values === undefined)
            throw new Error(`${file}: global value set ${globalName} not found in force-app`);
        return values;
    }
    const definition = elements(valueSet, 'valueSetDefinition')[0];
    const values = definition === undefined ? [] : elements(definition, 'value');
    return values.map((value) => {
        const name = text(value, 'fullName') ?? '';
        return { value: name, label: text(value, 'label') ?? name };
    });
}
