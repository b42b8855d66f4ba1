import { validateFramework } from '../qualificationEngine';
import type { FieldSchema, FrameworkConfig } from '../qualificationEngine';
import { bant, dimension } from './frameworks';

const messages = (framework: unknown, schema?: FieldSchema): string[] =>
    validateFramework(framework, schema).map((issue) => issue.message);

/** BANT with its first dimension (BANT_Budget) changed. */
function withBudget(changes: Record<string, unknown>): FrameworkConfig {
    const [budget, ...rest] = bant().dimensions;
    return bant({
        dimensions: [{ ...budget, ...changes } as FrameworkConfig['dimensions'][number], ...rest],
    });
}

describe('validateFramework', () => {
    it('accepts the shipped BANT shape, with or without the optional object lists', () => {
        expect(validateFramework(bant())).toEqual([]);
        expect(
            validateFramework(bant({ applicableObjects: undefined, defaultFor: undefined })),
        ).toEqual([]);
    });

    it('returns record, field and a sentence naming both', () => {
        expect(validateFramework(withBudget({ weight: 0 }))).toEqual([
            {
                record: 'BB_Qualification_Dimension__mdt.BANT_Budget',
                field: 'Weight__c',
                message:
                    'BB_Qualification_Dimension__mdt.BANT_Budget: Weight__c must be greater than 0 (was 0)',
            },
        ]);
    });

    describe('framework record', () => {
        it.each([
            [undefined, 'missing'],
            [[], 'empty'],
            ['BANT', '"BANT"'],
        ])('rejects %p as a framework', (framework, shown) => {
            expect(messages(framework)).toEqual([
                `BB_Qualification_Framework__mdt.(unnamed): DeveloperName must describe a framework (was ${shown})`,
            ]);
        });

        it('requires a name', () => {
            expect(messages(bant({ name: '' }))).toContain(
                'BB_Qualification_Framework__mdt.(unnamed): DeveloperName must be a non-empty text (was empty)',
            );
        });

        it.each([
            [-1, '-1'],
            [101, '101'],
            [70.5, '70.5'],
            ['70', '"70"'],
            [Number.NaN, 'NaN'],
            [undefined, 'missing'],
        ])('requires Qualified_Threshold__c to be a whole number 0–100, not %p', (value, shown) => {
            expect(messages(bant({ qualifiedThreshold: value as number }))).toEqual([
                `BB_Qualification_Framework__mdt.BANT: Qualified_Threshold__c must be a whole number from 0 to 100 (was ${shown})`,
            ]);
        });

        it.each([0, 100])('accepts the thresholds %p', (value) => {
            expect(
                messages(bant({ qualifiedThreshold: value, minimumCompleteness: value })),
            ).toEqual([]);
        });

        it('requires Minimum_Completeness__c to be a whole number 0–100', () => {
            expect(messages(bant({ minimumCompleteness: 100.5 }))).toEqual([
                'BB_Qualification_Framework__mdt.BANT: Minimum_Completeness__c must be a whole number from 0 to 100 (was 100.5)',
            ]);
        });

        it('requires at least one applicable object', () => {
            expect(messages(bant({ applicableObjects: [], defaultFor: [] }))).toEqual([
                'BB_Qualification_Framework__mdt.BANT: Applicable_Objects__c must name at least one object (was empty)',
            ]);
        });

        it('requires the applicable objects to be a list of names', () => {
            expect(
                messages(
                    bant({ applicableObjects: 'Lead' as unknown as string[], defaultFor: [] }),
                ),
            ).toEqual([
                'BB_Qualification_Framework__mdt.BANT: Applicable_Objects__c must be a list of object API names (was "Lead")',
            ]);
            expect(messages(bant({ applicableObjects: ['Lead', ''], defaultFor: [] }))).toEqual([
                'BB_Qualification_Framework__mdt.BANT: Applicable_Objects__c must be a list of object API names (was a list)',
            ]);
        });

        it('requires every default object to be applicable', () => {
            expect(
                messages(
                    bant({ applicableObjects: ['Lead'], defaultFor: ['Lead', 'Opportunity'] }),
                ),
            ).toEqual([
                'BB_Qualification_Framework__mdt.BANT: Default_For__c names Opportunity, which is not an applicable object (Applicable_Objects__c: Lead)',
            ]);
            expect(messages(bant({ applicableObjects: undefined, defaultFor: ['Lead'] }))).toEqual([
                'BB_Qualification_Framework__mdt.BANT: Default_For__c names Lead, which is not an applicable object (Applicable_Objects__c: none)',
            ]);
        });

        it('requires the default objects to be a list of names', () => {
            expect(messages(bant({ defaultFor: { Lead: true } as unknown as string[] }))).toEqual([
                'BB_Qualification_Framework__mdt.BANT: Default_For__c must be a list of object API names (was an object)',
            ]);
        });

        it.each([
            [[], 'empty'],
            [undefined, 'missing'],
        ])('requires dimensions (%p)', (dimensions, shown) => {
            expect(messages(bant({ dimensions: dimensions as [] }))).toEqual([
                `BB_Qualification_Framework__mdt.BANT: Framework__c has no dimensions: no BB_Qualification_Dimension__mdt record names BANT in Framework__c (was ${shown})`,
            ]);
        });
    });

    describe('dimension records', () => {
        it('rejects a dimension that is not an object', () => {
            expect(messages(bant({ dimensions: [dimension('A', 1, 1), 7 as never] }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_dimension_2: Dimension_Key__c must describe a dimension (was 7)',
            ]);
        });

        it('falls back to <framework>_<key> when a dimension carries no record name', () => {
            const budget = { ...bant().dimensions[0], recordName: undefined, weight: -2 };
            expect(messages(bant({ dimensions: [budget] }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: Weight__c must be greater than 0 (was -2)',
            ]);
        });

        it('rejects a record name that is not text', () => {
            expect(messages(withBudget({ recordName: 5 }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: DeveloperName must be a non-empty text (was 5)',
            ]);
        });

        it('requires a key', () => {
            expect(messages(withBudget({ key: '', recordName: undefined }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_dimension_1: Dimension_Key__c must be a non-empty text (was empty)',
            ]);
        });

        it('rejects a duplicate key, naming the record that has it first', () => {
            const duplicate = bant({
                dimensions: [
                    ...bant().dimensions,
                    { ...dimension('Need', 5, 1), recordName: 'BANT_Need_2' },
                ],
            });
            expect(messages(duplicate)).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Need_2: Dimension_Key__c must be unique in the framework: Need is also used by BB_Qualification_Dimension__mdt.BANT_Need',
            ]);
        });

        it.each([
            [0, '0'],
            [1.5, '1.5'],
            [undefined, 'missing'],
            ['1', '"1"'],
        ])('requires Order__c to be a whole number ≥ 1, not %p', (order, shown) => {
            expect(messages(withBudget({ order }))).toEqual([
                `BB_Qualification_Dimension__mdt.BANT_Budget: Order__c must be a whole number of at least 1 (was ${shown})`,
            ]);
        });

        it('rejects a duplicate order', () => {
            expect(messages(withBudget({ order: 3 }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Need: Order__c must be unique in the framework: 3 is also used by BB_Qualification_Dimension__mdt.BANT_Budget',
            ]);
        });

        it.each([
            [0, 'must be greater than 0 (was 0)'],
            [-1, 'must be greater than 0 (was -1)'],
            [1.005, 'must have at most two decimals (was 1.005)'],
            [0.001, 'must have at most two decimals (was 0.001)'],
            [100000, 'must be at most 99999.99 (was 100000)'],
            [Number.POSITIVE_INFINITY, 'must be a number (was Infinity)'],
            ['3', 'must be a number (was "3")'],
            [null, 'must be a number (was missing)'],
        ])('rejects the weight %p', (weight, problem) => {
            expect(messages(withBudget({ weight }))).toEqual([
                `BB_Qualification_Dimension__mdt.BANT_Budget: Weight__c ${problem}`,
            ]);
        });

        it.each([0.01, 0.07, 1.15, 2.5, 99999.99])('accepts the weight %p', (weight) => {
            expect(messages(withBudget({ weight }))).toEqual([]);
        });

        it('describes a value of an unexpected kind by its type', () => {
            expect(messages(withBudget({ isGate: () => true }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: Is_Gate__c must be true or false (was a function)',
            ]);
        });

        it('requires Is_Gate__c to be a boolean', () => {
            expect(messages(withBudget({ isGate: 'true' }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: Is_Gate__c must be true or false (was "true")',
            ]);
        });

        it.each([
            ['ratingField', 'Rating_Field__c'],
            ['evidenceField', 'Evidence_Field__c'],
        ])('requires %s', (property, field) => {
            expect(messages(withBudget({ [property]: undefined }))).toEqual([
                `BB_Qualification_Dimension__mdt.BANT_Budget: ${field} must name a field (was missing)`,
            ]);
            expect(messages(withBudget({ [property]: '' }))).toEqual([
                `BB_Qualification_Dimension__mdt.BANT_Budget: ${field} must name a field (was empty)`,
            ]);
        });

        it('treats the value field as optional but checks it when given', () => {
            expect(messages(withBudget({ valueField: undefined }))).toEqual([]);
            expect(messages(withBudget({ valueField: '' }))).toEqual([]);
            expect(messages(withBudget({ valueField: 12 }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: Value_Field__c must be a field API name (was 12)',
            ]);
            expect(messages(withBudget({ valueField: ' BB_Budget_Amount__c' }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: Value_Field__c must be a field API name (was " BB_Budget_Amount__c")',
            ]);
        });
    });

    describe('with a schema', () => {
        // Lead has every field; Opportunity lacks the Budget rating and amount.
        const schema: FieldSchema = (objectApiName, fieldApiName) =>
            objectApiName === 'Lead' ||
            !['BB_Budget_Rating__c', 'BB_Budget_Amount__c'].includes(fieldApiName);

        it('names each field that does not exist on an applicable object', () => {
            expect(messages(withBudget({ valueField: 'BB_Budget_Amount__c' }), schema)).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: Rating_Field__c names BB_Budget_Rating__c, which does not exist on Opportunity',
                'BB_Qualification_Dimension__mdt.BANT_Budget: Value_Field__c names BB_Budget_Amount__c, which does not exist on Opportunity',
            ]);
        });

        it('checks only the applicable objects', () => {
            expect(messages(bant({ applicableObjects: ['Lead'] }), schema)).toEqual([]);
        });
    });

    describe('Horizon_Days__c', () => {
        const dated = { valueField: 'BB_Decision_Date__c' };

        it('accepts blank or a whole number of days on a dimension with a value field', () => {
            expect(messages(withBudget({ ...dated, horizonDays: null }))).toEqual([]);
            expect(messages(withBudget({ ...dated, horizonDays: 0 }))).toEqual([]);
            expect(messages(withBudget({ ...dated, horizonDays: 99999 }))).toEqual([]);
        });

        it.each([
            [-1, '-1'],
            [1.5, '1.5'],
            [100000, '100000'],
            ['180', '"180"'],
            [Number.NaN, 'NaN'],
        ])('rejects %p, naming record and field', (horizonDays, shown) => {
            expect(messages(withBudget({ ...dated, horizonDays }))).toEqual([
                `BB_Qualification_Dimension__mdt.BANT_Budget: Horizon_Days__c must be blank or a whole number from 0 to 99999 (was ${shown})`,
            ]);
        });

        it('rejects a horizon without a value field to measure', () => {
            expect(messages(withBudget({ horizonDays: 30 }))).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: Horizon_Days__c needs a Date field in Value_Field__c to measure (Value_Field__c was missing)',
            ]);
        });

        it('rejects a horizon on a value field that is no Date field, per applicable object', () => {
            // Lead's decision date is a Date; Opportunity's, in this made-up org, a DateTime.
            const types = (objectApiName: string, fieldApiName: string): string | undefined => {
                if (fieldApiName !== 'BB_Decision_Date__c') return undefined;
                return objectApiName === 'Lead' ? 'Date' : 'DateTime';
            };
            expect(
                validateFramework(withBudget({ ...dated, horizonDays: 30 }), undefined, types).map(
                    (issue) => issue.message,
                ),
            ).toEqual([
                'BB_Qualification_Dimension__mdt.BANT_Budget: Horizon_Days__c needs a Date field in Value_Field__c, but Opportunity.BB_Decision_Date__c is a DateTime field',
            ]);
        });
    });

    it('reports every issue of every record at once', () => {
        const broken = {
            name: 'Broken',
            qualifiedThreshold: 200,
            minimumCompleteness: -5,
            dimensions: [
                {
                    key: 'A',
                    order: 1,
                    weight: 0,
                    isGate: false,
                    ratingField: 'R__c',
                    evidenceField: 'E__c',
                },
                {
                    key: 'A',
                    order: 1,
                    weight: 1,
                    isGate: 'no',
                    ratingField: '',
                    evidenceField: 'E__c',
                },
            ],
        };
        expect(messages(broken)).toEqual([
            'BB_Qualification_Framework__mdt.Broken: Qualified_Threshold__c must be a whole number from 0 to 100 (was 200)',
            'BB_Qualification_Framework__mdt.Broken: Minimum_Completeness__c must be a whole number from 0 to 100 (was -5)',
            'BB_Qualification_Dimension__mdt.Broken_A: Weight__c must be greater than 0 (was 0)',
            'BB_Qualification_Dimension__mdt.Broken_A: Dimension_Key__c must be unique in the framework: A is also used by BB_Qualification_Dimension__mdt.Broken_A',
            'BB_Qualification_Dimension__mdt.Broken_A: Order__c must be unique in the framework: 1 is also used by BB_Qualification_Dimension__mdt.Broken_A',
            'BB_Qualification_Dimension__mdt.Broken_A: Is_Gate__c must be true or false (was "no")',
            'BB_Qualification_Dimension__mdt.Broken_A: Rating_Field__c must name a field (was empty)',
        ]);
    });
});
