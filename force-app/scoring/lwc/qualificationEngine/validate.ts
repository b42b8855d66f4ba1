import type { ConfigIssue, FieldSchema, FieldTypes } from './types';

/**
 * Structural and semantic checks of a framework (docs/architecture.md, "Configuration errors").
 * The input is `unknown` on purpose: frameworks arrive from metadata files, JSON and Apex, and a
 * wrong type must become a named issue, never a NaN further down.
 */

export const FRAMEWORK_TYPE = 'BB_Qualification_Framework__mdt';
export const DIMENSION_TYPE = 'BB_Qualification_Dimension__mdt';

/** Weight__c is Number(7,2); the cap also keeps every integer sum far inside the safe range. */
const MAX_WEIGHT = 99999.99;
/** How far weight × 100 may sit from a whole number and still count as two decimals (binary floats). */
const DECIMAL_TOLERANCE = 1e-6;
/** Horizon_Days__c is Number(5,0). */
const MAX_HORIZON_DAYS = 99999;
/** The only value field type a horizon can measure. */
const DATE_TYPE = 'Date';

type Loose = Readonly<Record<string, unknown>>;

export class ConfigurationError extends Error {
    readonly issues: readonly ConfigIssue[];

    constructor(frameworkName: string, issues: readonly ConfigIssue[]) {
        super(
            `Framework ${frameworkName} is misconfigured (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n` +
                issues.map((each) => `- ${each.message}`).join('\n'),
        );
        this.name = 'ConfigurationError';
        this.issues = issues;
    }
}

/**
 * Returns every issue of the framework; an empty list means it can be evaluated. With `schema`
 * the fields must exist on every applicable object; with `fieldTypes` a horizon's value field must
 * be a Date field there (without it only the presence of a value field is checked).
 */
export function validateFramework(
    framework: unknown,
    schema?: FieldSchema,
    fieldTypes?: FieldTypes,
): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    if (!isObject(framework)) {
        issues.push(
            issue(
                `${FRAMEWORK_TYPE}.(unnamed)`,
                'DeveloperName',
                `must describe a framework (was ${describeValue(framework)})`,
            ),
        );
        return issues;
    }
    const name = nonEmptyString(framework.name) ? framework.name : '(unnamed)';
    const record = `${FRAMEWORK_TYPE}.${name}`;
    if (!nonEmptyString(framework.name)) {
        issues.push(
            issue(
                record,
                'DeveloperName',
                `must be a non-empty text (was ${describeValue(framework.name)})`,
            ),
        );
    }
    checkPercent(issues, record, 'Qualified_Threshold__c', framework.qualifiedThreshold);
    checkPercent(issues, record, 'Minimum_Completeness__c', framework.minimumCompleteness);
    const objects = checkObjects(issues, record, framework.applicableObjects, framework.defaultFor);

    const dimensions = framework.dimensions;
    if (!Array.isArray(dimensions) || dimensions.length === 0) {
        issues.push(
            issue(
                record,
                'Framework__c',
                `has no dimensions: no ${DIMENSION_TYPE} record names ${name} in Framework__c (was ${describeValue(dimensions)})`,
            ),
        );
        return issues;
    }
    const keyOwners = new Map<string, string>();
    const orderOwners = new Map<number, string>();
    dimensions.forEach((dimension: unknown, index: number) => {
        checkDimension(issues, name, dimension, index, {
            keyOwners,
            orderOwners,
            objects,
            schema,
            fieldTypes,
        });
    });
    return issues;
}

/** Throws a ConfigurationError listing every issue, if there is any. */
export function assertValidFramework(
    framework: unknown,
    schema?: FieldSchema,
    fieldTypes?: FieldTypes,
): void {
    const issues = validateFramework(framework, schema, fieldTypes);
    if (issues.length > 0) {
        const name =
            isObject(framework) && nonEmptyString(framework.name) ? framework.name : '(unnamed)';
        throw new ConfigurationError(name, issues);
    }
}

/** The record name a dimension's issues carry; the fallback matches the shipped naming `<prefix>_<Key>`. */
export function dimensionRecordName(
    frameworkName: string,
    dimension: Loose,
    index: number,
): string {
    if (nonEmptyString(dimension.recordName)) {
        return dimension.recordName;
    }
    return nonEmptyString(dimension.key)
        ? `${frameworkName}_${dimension.key}`
        : `${frameworkName}_dimension_${index + 1}`;
}

interface DimensionContext {
    readonly keyOwners: Map<string, string>;
    readonly orderOwners: Map<number, string>;
    readonly objects: readonly string[];
    readonly schema: FieldSchema | undefined;
    readonly fieldTypes: FieldTypes | undefined;
}

function checkDimension(
    issues: ConfigIssue[],
    frameworkName: string,
    dimension: unknown,
    index: number,
    context: DimensionContext,
): void {
    if (!isObject(dimension)) {
        const record = `${DIMENSION_TYPE}.${frameworkName}_dimension_${index + 1}`;
        issues.push(
            issue(
                record,
                'Dimension_Key__c',
                `must describe a dimension (was ${describeValue(dimension)})`,
            ),
        );
        return;
    }
    const record = `${DIMENSION_TYPE}.${dimensionRecordName(frameworkName, dimension, index)}`;
    if (dimension.recordName !== undefined && !nonEmptyString(dimension.recordName)) {
        issues.push(
            issue(
                record,
                'DeveloperName',
                `must be a non-empty text (was ${describeValue(dimension.recordName)})`,
            ),
        );
    }

    const key = dimension.key;
    if (!nonEmptyString(key)) {
        issues.push(
            issue(
                record,
                'Dimension_Key__c',
                `must be a non-empty text (was ${describeValue(key)})`,
            ),
        );
    } else {
        claimUnique(issues, context.keyOwners, key, record, 'Dimension_Key__c');
    }

    const order = dimension.order;
    if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
        issues.push(
            issue(
                record,
                'Order__c',
                `must be a whole number of at least 1 (was ${describeValue(order)})`,
            ),
        );
    } else {
        claimUnique(issues, context.orderOwners, order, record, 'Order__c');
    }

    checkWeight(issues, record, dimension.weight);

    if (typeof dimension.isGate !== 'boolean') {
        issues.push(
            issue(
                record,
                'Is_Gate__c',
                `must be true or false (was ${describeValue(dimension.isGate)})`,
            ),
        );
    }

    checkField(issues, record, 'Rating_Field__c', dimension.ratingField, true, context);
    checkField(issues, record, 'Evidence_Field__c', dimension.evidenceField, true, context);
    checkField(issues, record, 'Value_Field__c', dimension.valueField, false, context);
    checkHorizon(issues, record, dimension.horizonDays, dimension.valueField, context);
}

/** Horizon_Days__c: blank, or a whole number ≥ 0 on a dimension whose value field holds a date. */
function checkHorizon(
    issues: ConfigIssue[],
    record: string,
    horizon: unknown,
    valueField: unknown,
    context: DimensionContext,
): void {
    if (horizon === undefined || horizon === null) {
        return;
    }
    if (
        typeof horizon !== 'number' ||
        !Number.isInteger(horizon) ||
        horizon < 0 ||
        horizon > MAX_HORIZON_DAYS
    ) {
        issues.push(
            issue(
                record,
                'Horizon_Days__c',
                `must be blank or a whole number from 0 to ${MAX_HORIZON_DAYS} (was ${describeValue(horizon)})`,
            ),
        );
        return;
    }
    if (typeof valueField !== 'string' || valueField === '') {
        issues.push(
            issue(
                record,
                'Horizon_Days__c',
                `needs a Date field in Value_Field__c to measure (Value_Field__c was ${describeValue(valueField)})`,
            ),
        );
        return;
    }
    if (context.fieldTypes) {
        for (const objectApiName of context.objects) {
            const type = context.fieldTypes(objectApiName, valueField);
            if (type !== undefined && type !== DATE_TYPE) {
                issues.push(
                    issue(
                        record,
                        'Horizon_Days__c',
                        `needs a Date field in Value_Field__c, but ${objectApiName}.${valueField} is a ${type} field`,
                    ),
                );
            }
        }
    }
}

function checkWeight(issues: ConfigIssue[], record: string, weight: unknown): void {
    if (typeof weight !== 'number' || !Number.isFinite(weight)) {
        issues.push(issue(record, 'Weight__c', `must be a number (was ${describeValue(weight)})`));
    } else if (weight <= 0) {
        issues.push(
            issue(record, 'Weight__c', `must be greater than 0 (was ${describeValue(weight)})`),
        );
    } else if (weight > MAX_WEIGHT) {
        issues.push(
            issue(
                record,
                'Weight__c',
                `must be at most ${MAX_WEIGHT} (was ${describeValue(weight)})`,
            ),
        );
    } else if (Math.abs(weight * 100 - Math.round(weight * 100)) > DECIMAL_TOLERANCE) {
        issues.push(
            issue(
                record,
                'Weight__c',
                `must have at most two decimals (was ${describeValue(weight)})`,
            ),
        );
    }
}

function checkField(
    issues: ConfigIssue[],
    record: string,
    field: string,
    value: unknown,
    required: boolean,
    context: DimensionContext,
): void {
    const absent = value === undefined || value === null || value === '';
    if (absent) {
        if (required) {
            issues.push(issue(record, field, `must name a field (was ${describeValue(value)})`));
        }
        return;
    }
    if (typeof value !== 'string' || value.trim() !== value) {
        issues.push(issue(record, field, `must be a field API name (was ${describeValue(value)})`));
        return;
    }
    if (context.schema) {
        for (const objectApiName of context.objects) {
            if (!context.schema(objectApiName, value)) {
                issues.push(
                    issue(
                        record,
                        field,
                        `names ${value}, which does not exist on ${objectApiName}`,
                    ),
                );
            }
        }
    }
}

function checkPercent(issues: ConfigIssue[], record: string, field: string, value: unknown): void {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
        issues.push(
            issue(
                record,
                field,
                `must be a whole number from 0 to 100 (was ${describeValue(value)})`,
            ),
        );
    }
}

/** Checks Applicable_Objects__c and Default_For__c; returns the valid applicable objects for the field checks. */
function checkObjects(
    issues: ConfigIssue[],
    record: string,
    applicable: unknown,
    defaults: unknown,
): readonly string[] {
    let objects: string[] = [];
    if (applicable !== undefined) {
        if (!isStringList(applicable)) {
            issues.push(
                issue(
                    record,
                    'Applicable_Objects__c',
                    `must be a list of object API names (was ${describeValue(applicable)})`,
                ),
            );
        } else if (applicable.length === 0) {
            issues.push(
                issue(record, 'Applicable_Objects__c', 'must name at least one object (was empty)'),
            );
        } else {
            objects = applicable;
        }
    }
    if (defaults !== undefined) {
        if (!isStringList(defaults)) {
            issues.push(
                issue(
                    record,
                    'Default_For__c',
                    `must be a list of object API names (was ${describeValue(defaults)})`,
                ),
            );
        } else {
            for (const objectApiName of defaults) {
                if (!objects.includes(objectApiName)) {
                    issues.push(
                        issue(
                            record,
                            'Default_For__c',
                            `names ${objectApiName}, which is not an applicable object (Applicable_Objects__c: ${objects.join(';') || 'none'})`,
                        ),
                    );
                }
            }
        }
    }
    return objects;
}

function issue(record: string, field: string, problem: string): ConfigIssue {
    return { record, field, message: `${record}: ${field} ${problem}` };
}

function isObject(value: unknown): value is Loose {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
    return typeof value === 'string' && value.length > 0;
}

function isStringList(value: unknown): value is string[] {
    return Array.isArray(value) && value.every(nonEmptyString);
}

/** How a wrong value reads in a message: `missing`, `"text"`, `1.5`, `an object`. */
export function describeValue(value: unknown): string {
    if (value === undefined || value === null) {
        return 'missing';
    }
    if (typeof value === 'string') {
        return value === '' ? 'empty' : JSON.stringify(value);
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    if (Array.isArray(value)) {
        return value.length === 0 ? 'empty' : 'a list';
    }
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Records `record` as the owner of a value that must be unique in the framework, or reports both. */
function claimUnique<Value>(
    issues: ConfigIssue[],
    owners: Map<Value, string>,
    value: Value,
    record: string,
    field: string,
): void {
    const owner = owners.get(value);
    if (owner === undefined) {
        owners.set(value, record);
    } else {
        issues.push(
            issue(
                record,
                field,
                `must be unique in the framework: ${String(value)} is also used by ${owner}`,
            ),
        );
    }
}
