/**
 * The catalog the package ships (force-app/model, force-app/i18n) matches docs/architecture.md:
 * frameworks, dimension order, weights, gates, thresholds, defaults, fields and German labels.
 */
import { loadCatalog } from '..';
import {
    REASON_CODES,
    reasonLabelName,
} from '../../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';

const GPCTBA_CI = [
    ['Goals', 3, true],
    ['Plans', 2, false],
    ['Challenges', 3, true],
    ['Timeline', 2, false],
    ['Budget', 2, false],
    ['Authority', 2, false],
    ['Negative_Consequences', 2, false],
    ['Positive_Implications', 2, false],
] as const;

const DOCUMENTED = {
    BANT: {
        prefix: 'BANT',
        qualifiedThreshold: 70,
        minimumCompleteness: 50,
        defaultFor: ['Lead'],
        dimensions: [
            ['Budget', 3, true],
            ['Authority', 2, false],
            ['Need', 3, true],
            ['Timeline', 2, false],
        ],
    },
    GPCTBA_CI: {
        prefix: 'GPCTBA_CI',
        qualifiedThreshold: 65,
        minimumCompleteness: 50,
        defaultFor: [],
        dimensions: GPCTBA_CI,
    },
    Beyond_BANT_Canvas: {
        prefix: 'Canvas',
        qualifiedThreshold: 65,
        minimumCompleteness: 60,
        defaultFor: ['Opportunity'],
        dimensions: [
            ...GPCTBA_CI,
            ['Will_To_Change', 3, true],
            ['Information_Relevance', 2, false],
            ['Value_Fit', 3, true],
        ],
    },
} as const;

const catalog = loadCatalog();

describe('the shipped catalog', () => {
    it('has exactly the three documented frameworks in force-app, and the extension package its four', () => {
        const from = (directory: string) =>
            catalog.frameworks.filter((f) => f.file.startsWith(`${directory}/`)).map((f) => f.name);
        expect(from('force-app')).toEqual(['BANT', 'Beyond_BANT_Canvas', 'GPCTBA_CI']);
        expect(from('frameworks-app')).toEqual(['ANUM', 'CHAMP', 'FAINT', 'MEDDPICC']);
    });

    describe.each(Object.entries(DOCUMENTED))('%s', (name, documented) => {
        const framework = catalog.framework(name);

        it(`has ${documented.dimensions.length} dimensions in the documented order, weights and gates`, () => {
            expect(framework.dimensions.map((d) => [d.key, d.weight, d.isGate])).toEqual(
                documented.dimensions,
            );
            expect(framework.dimensions.map((d) => d.order)).toEqual(
                documented.dimensions.map((_, i) => i + 1),
            );
            expect(framework.dimensions.map((d) => d.recordName)).toEqual(
                documented.dimensions.map(([key]) => `${documented.prefix}_${key}`),
            );
        });

        it('has the documented thresholds, objects and defaults', () => {
            expect(framework).toMatchObject({
                qualifiedThreshold: documented.qualifiedThreshold,
                minimumCompleteness: documented.minimumCompleteness,
                applicableObjects: ['Lead', 'Opportunity'],
                defaultFor: documented.defaultFor,
            });
        });

        it('binds every dimension to its documented fields, present on Lead and Opportunity', () => {
            for (const d of framework.dimensions) {
                expect([d.ratingField, d.evidenceField]).toEqual([
                    `BB_${d.key}_Rating__c`,
                    `BB_${d.key}_Evidence__c`,
                ]);
                for (const objectApiName of ['Lead', 'Opportunity']) {
                    for (const field of [d.ratingField, d.evidenceField, d.valueField].filter(
                        (f) => f !== null,
                    )) {
                        expect(
                            `${objectApiName}.${field}: ${catalog.schema(objectApiName, field)}`,
                        ).toBe(`${objectApiName}.${field}: true`);
                    }
                }
            }
        });

        it('has a title and guiding questions in English and German for every dimension', () => {
            for (const d of framework.dimensions) {
                expect(d.titleLabel).toBe(`BB_Dimension_${d.key}`);
                expect(d.questionLabels.length).toBeGreaterThanOrEqual(1);
                for (const label of [d.titleLabel, ...d.questionLabels]) {
                    expect(catalog.label(label, 'en').trim()).not.toBe('');
                    expect(catalog.label(label, 'de').trim()).not.toBe('');
                }
            }
        });
    });

    it('names the documented structured value fields', () => {
        const values = Object.fromEntries(
            catalog.framework('Beyond_BANT_Canvas').dimensions.map((d) => [d.key, d.valueField]),
        );
        expect(values).toMatchObject({
            Budget: 'BB_Budget_Amount__c',
            Authority: 'BB_Decision_Maker__c',
            Timeline: 'BB_Decision_Date__c',
            Goals: null,
        });
    });

    it('defaults Leads to BANT and Opportunities to the Beyond-BANT canvas', () => {
        expect(catalog.defaultFramework('Lead').name).toBe('BANT');
        expect(catalog.defaultFramework('Opportunity').name).toBe('Beyond_BANT_Canvas');
    });

    it('has a reason template in English and German for every reason code', () => {
        for (const code of REASON_CODES) {
            expect(catalog.label(reasonLabelName(code), 'en')).toMatch(/\S/);
            expect(catalog.label(reasonLabelName(code), 'de')).toMatch(/\S/);
        }
    });
});
