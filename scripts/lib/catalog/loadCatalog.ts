import { basename, resolve } from 'node:path';
import {
    DIMENSION_TYPE,
    FRAMEWORK_TYPE,
    validateFramework,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type {
    DimensionConfig,
    FieldSchema,
    FieldTypes,
    FrameworkConfig,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { collectObjectFields, fieldSchema, fieldTypes, type ObjectFields } from './fieldSchema';
import { readLabels, type LabelBook, type Language } from './labels';
import { readRatingScale, type RatingOption } from './ratingScale';
import { parseRecordFileName, readRecord, RecordReader, type MetadataRecord } from './records';
import { displayPath, folders, listFiles } from './sourceFiles';
import {
    checkStageGates,
    readStageGate,
    STAGE_GATE_RECORD_TYPE,
    type CatalogStageGate,
} from './stageGates';
import { packageDirectoryPaths } from '../packageDirectories';

/** A text in every language the package ships. */
export type Translated = Readonly<Record<Language, string>>;

export interface CatalogDimension extends DimensionConfig {
    readonly recordName: string;
    readonly valueField: string | null;
    /** Horizon_Days__c, null when blank. */
    readonly horizonDays: number | null;
    /** Title_Label__c and its texts. */
    readonly titleLabel: string;
    readonly title: Translated;
    /** Question_Labels__c in asking order, and their texts. */
    readonly questionLabels: readonly string[];
    readonly questions: readonly Translated[];
    /** The record file, relative to the project root. */
    readonly file: string;
}

export interface CatalogFramework extends FrameworkConfig {
    readonly label: string;
    readonly description: string;
    readonly applicableObjects: readonly string[];
    readonly defaultFor: readonly string[];
    /** In framework order (Order__c ascending). */
    readonly dimensions: readonly CatalogDimension[];
    readonly file: string;
}

export interface Catalog {
    /** Sorted by DeveloperName. */
    readonly frameworks: readonly CatalogFramework[];
    /** Throws for an unknown name, listing the known ones. */
    framework(name: string): CatalogFramework;
    /** A custom label's text; throws when the label or its translation does not exist. */
    label(name: string, language: Language): string;
    /** The framework whose Default_For__c names the object; throws when there is none. */
    defaultFramework(objectApiName: string): CatalogFramework;
    /** Whether a field is defined in the source tree (`objects/<Object>/fields`). */
    readonly schema: FieldSchema;
    /** The type of a field defined in the source tree (`Date`, `Currency`…), undefined when unknown. */
    readonly fieldTypes: FieldTypes;
    /** The rating scale (Global Value Set BB_Rating_Scale) in its order, labels in every language. */
    readonly ratingScale: readonly RatingOption[];
    /** Rating value → label in one language, as the platform shows it to a user of that language. */
    ratingLabels(language: Language): Readonly<Record<string, string>>;
    /** The `BB_Stage_Gate__mdt` records, active or not, sorted by DeveloperName. */
    readonly stageGates: readonly CatalogStageGate[];
    /** Framework DeveloperName → dimension keys in framework order: what the stage gates check against. */
    readonly frameworkDimensions: Readonly<Record<string, readonly string[]>>;
}

/** Every problem found in one load, each naming the file it is in. */
export class CatalogError extends Error {
    readonly problems: readonly string[];

    constructor(problems: readonly string[]) {
        super(
            `The qualification catalog has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n${problems.map((p) => `- ${p}`).join('\n')}`,
        );
        this.name = 'CatalogError';
        this.problems = problems;
    }
}

const FRAMEWORK_RECORD_TYPE = FRAMEWORK_TYPE.replace(/__mdt$/, '');
const DIMENSION_RECORD_TYPE = DIMENSION_TYPE.replace(/__mdt$/, '');

/** The repository root: this file sits in scripts/lib/catalog. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Loads the shipped frameworks from every package directory of `<projectRoot>` (sfdx-project.json:
 * force-app, then the extension frameworks-app; force-app alone without one): the Custom Metadata records, the
 * custom labels with their German translations and the field definitions the records point to.
 * Throws a CatalogError listing every problem.
 */
export function loadCatalog(projectRoot: string = REPO_ROOT): Catalog {
    const root = resolve(projectRoot);
    const files = packageDirectoryPaths(root).flatMap((directory) => listFiles(directory));
    const paths = new Map(files.map((file) => [file, displayPath(root, file)]));
    const problems: string[] = [];

    const objectFields = collectObjectFields([...paths.values()]);
    const schema = fieldSchema(objectFields);
    const types = fieldTypes(paths);
    const labels = readLabels(
        root,
        files.filter((file) => isIn(root, file, 'labels') && file.endsWith('.labels-meta.xml')),
        files.filter(
            (file) =>
                isIn(root, file, 'translations') && basename(file) === 'de.translation-meta.xml',
        ),
    );

    const frameworkRecords: MetadataRecord[] = [];
    const dimensionRecords: MetadataRecord[] = [];
    const gateRecords: MetadataRecord[] = [];
    for (const file of files) {
        const parsed = isIn(root, file, 'customMetadata')
            ? parseRecordFileName(basename(file))
            : undefined;
        if (parsed?.type === STAGE_GATE_RECORD_TYPE) {
            const record = readRecord(
                file,
                paths.get(file) as string,
                parsed.type,
                parsed.developerName,
            );
            checkFieldsExist(record, objectFields, problems);
            gateRecords.push(record);
        } else if (
            parsed?.type === FRAMEWORK_RECORD_TYPE ||
            parsed?.type === DIMENSION_RECORD_TYPE
        ) {
            const record = readRecord(
                file,
                paths.get(file) as string,
                parsed.type,
                parsed.developerName,
            );
            checkFieldsExist(record, objectFields, problems);
            (parsed.type === FRAMEWORK_RECORD_TYPE ? frameworkRecords : dimensionRecords).push(
                record,
            );
        }
    }

    const dimensionsByFramework = new Map<string, CatalogDimension[]>();
    for (const record of dimensionRecords) {
        const reader = new RecordReader(record, problems);
        const frameworkName = reader.text('Framework__c');
        if (
            frameworkName === undefined ||
            !frameworkRecords.some((f) => f.developerName === frameworkName)
        ) {
            problems.push(
                `${record.path}: Framework__c names ${frameworkName ?? 'nothing'}, which is no ${FRAMEWORK_TYPE} record`,
            );
            continue;
        }
        const dimension = readDimension(record, reader, labels, problems);
        dimensionsByFramework.set(frameworkName, [
            ...(dimensionsByFramework.get(frameworkName) ?? []),
            dimension,
        ]);
    }

    const frameworks = frameworkRecords
        .map((record) =>
            readFramework(record, dimensionsByFramework.get(record.developerName) ?? [], problems),
        )
        .sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const framework of frameworks) {
        for (const issue of validateFramework(framework, schema, types)) {
            problems.push(`${fileOfIssue(framework, issue.record)}: ${issue.message}`);
        }
    }
    checkSingleDefaults(frameworks, problems);
    const ratingScale = readRatingScale(root, files, problems);
    const frameworkDimensions: Record<string, readonly string[]> = Object.freeze(
        Object.fromEntries(frameworks.map((f) => [f.name, f.dimensions.map((d) => d.key)])),
    );
    const stageGates = Object.freeze(
        gateRecords
            .map((record) => readStageGate(record, problems))
            .sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    checkStageGates(stageGates, frameworkDimensions, problems);

    if (problems.length > 0) {
        throw new CatalogError(problems);
    }
    return {
        ...createCatalog(frameworks, labels, schema, types, ratingScale),
        stageGates,
        frameworkDimensions,
    };
}

function readFramework(
    record: MetadataRecord,
    dimensions: CatalogDimension[],
    problems: string[],
): CatalogFramework {
    const reader = new RecordReader(record, problems);
    return deepFreeze({
        name: record.developerName,
        label: record.label,
        description: reader.text('Description__c') ?? '',
        // A missing value stays undefined so that validateFramework names the field.
        qualifiedThreshold: reader.number('Qualified_Threshold__c') as number,
        minimumCompleteness: reader.number('Minimum_Completeness__c') as number,
        applicableObjects: reader.list('Applicable_Objects__c', ';'),
        defaultFor: reader.list('Default_For__c', ';'),
        dimensions: [...dimensions].sort((a, b) => a.order - b.order),
        file: record.path,
    });
}

function readDimension(
    record: MetadataRecord,
    reader: RecordReader,
    labels: LabelBook,
    problems: string[],
): CatalogDimension {
    const titleLabel = reader.text('Title_Label__c');
    const questionLabels = reader.list('Question_Labels__c', ',');
    if (titleLabel === undefined) {
        problems.push(`${record.path}: Title_Label__c must name a custom label (was missing)`);
    }
    const translate = (field: string, name: string): Translated => {
        const en = labels.en.get(name);
        const de = labels.de.get(name);
        if (en === undefined) {
            problems.push(`${record.path}: ${field} names ${name}, which is no custom label`);
        } else if (de === undefined) {
            problems.push(
                `${record.path}: ${field} names ${name}, which has no German translation (de.translation-meta.xml)`,
            );
        }
        return { en: en ?? name, de: de ?? en ?? name };
    };
    return {
        key: reader.text('Dimension_Key__c') as string,
        recordName: record.developerName,
        order: reader.number('Order__c') as number,
        weight: reader.number('Weight__c') as number,
        isGate: reader.boolean('Is_Gate__c'),
        ratingField: reader.text('Rating_Field__c') as string,
        evidenceField: reader.text('Evidence_Field__c') as string,
        valueField: reader.text('Value_Field__c') ?? null,
        horizonDays: reader.number('Horizon_Days__c') ?? null,
        titleLabel: titleLabel ?? '',
        title:
            titleLabel === undefined ? { en: '', de: '' } : translate('Title_Label__c', titleLabel),
        questionLabels,
        questions: questionLabels.map((name) => translate('Question_Labels__c', name)),
        file: record.path,
    };
}

/** The platform rejects a record that sets a field its type does not have; so do we, when the type is in the tree. */
function checkFieldsExist(
    record: MetadataRecord,
    objectFields: ObjectFields,
    problems: string[],
): void {
    const typeFields = objectFields.get(`${record.type}__mdt`);
    if (typeFields === undefined) {
        return;
    }
    for (const field of record.values.keys()) {
        if (!typeFields.has(field)) {
            problems.push(`${record.path}: ${field} is no field of ${record.type}__mdt`);
        }
    }
}

function checkSingleDefaults(frameworks: readonly CatalogFramework[], problems: string[]): void {
    const owners = new Map<string, CatalogFramework>();
    for (const framework of frameworks) {
        for (const objectApiName of framework.defaultFor) {
            const owner = owners.get(objectApiName);
            if (owner) {
                problems.push(
                    `${framework.file}: Default_For__c names ${objectApiName}, for which ${owner.name} (${owner.file}) is already the default`,
                );
            } else {
                owners.set(objectApiName, framework);
            }
        }
    }
}

function fileOfIssue(framework: CatalogFramework, issueRecord: string): string {
    const dimension = framework.dimensions.find(
        (d) => issueRecord === `${DIMENSION_TYPE}.${d.recordName}`,
    );
    return dimension ? dimension.file : framework.file;
}

function createCatalog(
    frameworks: readonly CatalogFramework[],
    labels: LabelBook,
    schema: FieldSchema,
    types: FieldTypes,
    ratingScale: readonly RatingOption[],
): Omit<Catalog, 'stageGates' | 'frameworkDimensions'> {
    const byName = new Map(frameworks.map((framework) => [framework.name, framework]));
    return {
        frameworks,
        schema,
        fieldTypes: types,
        ratingScale,
        ratingLabels(language) {
            return Object.fromEntries(
                ratingScale.map((option) => [option.value, option.label[language]]),
            );
        },
        framework(name) {
            const framework = byName.get(name);
            if (!framework) {
                throw new Error(
                    `Unknown framework ${name}; the catalog has ${[...byName.keys()].join(', ') || 'none'}`,
                );
            }
            return framework;
        },
        label(name, language) {
            const text = labels[language].get(name);
            if (text === undefined) {
                throw new Error(
                    labels.en.has(name)
                        ? `Custom label ${name} has no ${language} translation`
                        : `Unknown custom label ${name}`,
                );
            }
            return text;
        },
        defaultFramework(objectApiName) {
            const framework = frameworks.find((f) => f.defaultFor.includes(objectApiName));
            if (!framework) {
                throw new Error(
                    `No framework is the default for ${objectApiName} (Default_For__c)`,
                );
            }
            return framework;
        },
    };
}

function isIn(root: string, file: string, folder: string): boolean {
    const parents = folders(root, file);
    return parents[parents.length - 1] === folder;
}

/** Frameworks are shared by identity (the engine caches per object), so nobody may change one after loading. */
function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value)) {
            deepFreeze(child);
        }
    }
    return value;
}
