import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogError, loadCatalog } from '..';
import { evaluate } from '../../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { FixtureTree, METADATA, MODEL, VALID_FIXTURE, valueEntry } from './fixtureTree';

const MINI_BUDGET = `${METADATA}/BB_Qualification_Dimension.Mini_Budget.md-meta.xml`;
const MINI_NEED = `${METADATA}/BB_Qualification_Dimension.Mini_Need.md-meta.xml`;
const MINI = `${METADATA}/BB_Qualification_Framework.Mini.md-meta.xml`;
const SOLO = `${METADATA}/BB_Qualification_Framework.Solo.md-meta.xml`;
const LABELS = 'force-app/i18n/labels/CustomLabels.labels-meta.xml';
const GERMAN = 'force-app/i18n/translations/de.translation-meta.xml';

describe('loadCatalog on a valid tree', () => {
    const catalog = loadCatalog(VALID_FIXTURE);

    it('reads every framework, sorted by name, with its record values', () => {
        expect(catalog.frameworks.map((f) => f.name)).toEqual(['Mini', 'Solo']);
        const mini = catalog.framework('Mini');
        expect(mini).toMatchObject({
            name: 'Mini',
            label: 'Mini framework',
            description: 'Two dimensions & one gate',
            qualifiedThreshold: 70,
            minimumCompleteness: 50,
            applicableObjects: ['Lead', 'Opportunity'],
            defaultFor: ['Lead'],
            file: MINI,
        });
    });

    it('reads empty (xsi:nil) values as absent', () => {
        expect(catalog.framework('Solo')).toMatchObject({
            description: '',
            defaultFor: [],
            minimumCompleteness: 0,
        });
    });

    it('orders dimensions by Order__c and converts their values', () => {
        expect(catalog.framework('Mini').dimensions).toEqual([
            {
                key: 'Budget',
                recordName: 'Mini_Budget',
                order: 1,
                weight: 3,
                isGate: true,
                ratingField: 'BB_Budget_Rating__c',
                evidenceField: 'BB_Budget_Evidence__c',
                valueField: 'BB_Budget_Amount__c',
                horizonDays: null,
                titleLabel: 'BB_Dimension_Budget',
                title: { en: 'Budget', de: 'Budget' },
                questionLabels: ['BB_Question_Budget_1', 'BB_Question_Budget_2'],
                questions: [
                    { en: 'Is money set aside?', de: 'Ist Geld eingeplant?' },
                    { en: 'Who releases it?', de: 'Wer gibt es frei?' },
                ],
                file: MINI_BUDGET,
            },
            {
                key: 'Need',
                recordName: 'Mini_Need',
                order: 2,
                weight: 1.5,
                isGate: false,
                ratingField: 'BB_Need_Rating__c',
                evidenceField: 'BB_Need_Evidence__c',
                valueField: null,
                horizonDays: null,
                titleLabel: 'BB_Dimension_Need',
                title: { en: 'Need', de: 'Bedarf' },
                questionLabels: ['BB_Question_Need_1'],
                questions: [
                    { en: 'Which problem hurts most?', de: 'Welches Problem schmerzt am meisten?' },
                ],
                file: MINI_NEED,
            },
        ]);
    });

    it('gives frameworks the engine evaluates directly', () => {
        expect(
            evaluate(
                catalog.framework('Mini'),
                { Budget: 'Met', Need: 'Partly_Met' },
                { evaluationDay: '2026-03-01' },
            ),
        ).toMatchObject({
            status: 'Qualified',
            score: 83, // (3 × 2 + 1.5 × 1) / (2 × 4.5) = 83.3 %
        });
    });

    it('freezes frameworks, because the engine caches them by identity', () => {
        const mini = catalog.framework('Mini');
        expect(Object.isFrozen(mini)).toBe(true);
        expect(Object.isFrozen(mini.dimensions[0])).toBe(true);
    });

    it('names the known frameworks for an unknown one', () => {
        expect(() => catalog.framework('MEDDPICC')).toThrow(
            'Unknown framework MEDDPICC; the catalog has Mini, Solo',
        );
    });

    it('finds the default framework of an object', () => {
        expect(catalog.defaultFramework('Lead').name).toBe('Mini');
        expect(() => catalog.defaultFramework('Opportunity')).toThrow(
            'No framework is the default for Opportunity (Default_For__c)',
        );
    });

    it('reads labels in English and German', () => {
        expect(catalog.label('BB_Reason_Gate_Blocker', 'en')).toBe('{dimension} blocks.');
        expect(catalog.label('BB_Reason_Gate_Blocker', 'de')).toBe('{dimension} blockiert.');
        expect(() => catalog.label('BB_Missing', 'en')).toThrow('Unknown custom label BB_Missing');
    });

    it('exposes the field definitions as a schema', () => {
        expect(catalog.schema('Lead', 'BB_Budget_Rating__c')).toBe(true);
        expect(catalog.schema('Lead', 'BB_Goals_Rating__c')).toBe(false);
        expect(catalog.schema('Account', 'BB_Budget_Rating__c')).toBe(false);
    });

    it('exposes the field types the field files declare', () => {
        expect(catalog.fieldTypes('Lead', 'BB_Budget_Amount__c')).toBe('Currency');
        expect(catalog.fieldTypes('Opportunity', 'BB_Budget_Amount__c')).toBeUndefined();
        expect(catalog.fieldTypes('Lead', 'BB_No_Such__c')).toBeUndefined();
    });

    it('reads the rating scale in its order with English and German labels', () => {
        const catalog = loadCatalog(VALID_FIXTURE);
        expect(catalog.ratingScale.map((option) => option.value)).toEqual([
            'Not_Explored',
            'Not_Met',
            'Partly_Met',
            'Met',
            'Blocker',
        ]);
        expect(catalog.ratingLabels('en').Partly_Met).toBe('Partly met');
        expect(catalog.ratingLabels('de').Partly_Met).toBe('Teilweise erfüllt');
    });

    it('reports a rating scale that is missing or lacks a German label', () => {
        const missing = new FixtureTree().remove(`${MODEL}/globalValueSets`);
        const untranslated = new FixtureTree().replace(
            'force-app/i18n/globalValueSetTranslations/BB_Rating_Scale-de.globalValueSetTranslation-meta.xml',
            '<masterLabel>Met</masterLabel>',
            '<masterLabel>Fully met</masterLabel>',
        );
        try {
            expect(() => loadCatalog(missing.root)).toThrow(
                'the Global Value Set BB_Rating_Scale is missing',
            );
            expect(() => loadCatalog(untranslated.root)).toThrow(
                'BB_Rating_Scale.globalValueSet-meta.xml: rating Met ("Met") has no German translation',
            );
        } finally {
            missing.dispose();
            untranslated.dispose();
        }
    });

    it('reports a rating value the engines do not score', () => {
        const tree = new FixtureTree().replace(
            `${MODEL}/globalValueSets/BB_Rating_Scale.globalValueSet-meta.xml`,
            '<fullName>Blocker</fullName>',
            '<fullName>Maybe</fullName>',
        );
        try {
            expect(() => loadCatalog(tree.root)).toThrow(
                'BB_Rating_Scale.globalValueSet-meta.xml: rating Maybe is not on the scale the engines score',
            );
        } finally {
            tree.dispose();
        }
    });

    it('is empty for a tree without records', () => {
        const tree = new FixtureTree().remove(METADATA);
        try {
            const empty = loadCatalog(tree.root);
            expect(empty.frameworks).toEqual([]);
            expect(() => empty.framework('Mini')).toThrow(
                'Unknown framework Mini; the catalog has none',
            );
        } finally {
            tree.dispose();
        }
    });
});

describe('loadCatalog on broken trees', () => {
    let tree: FixtureTree;
    beforeEach(() => {
        tree = new FixtureTree();
    });
    afterEach(() => tree.dispose());

    const problemsOf = (): string[] => {
        try {
            loadCatalog(tree.root);
        } catch (error) {
            if (error instanceof CatalogError) {
                return [...error.problems];
            }
            throw error;
        }
        throw new Error('expected the catalog to fail');
    };

    it('names file, record and field of an engine configuration issue', () => {
        tree.replace(MINI_BUDGET, '>3.00<', '>0<');
        expect(problemsOf()).toEqual([
            `${MINI_BUDGET}: BB_Qualification_Dimension__mdt.Mini_Budget: Weight__c must be greater than 0 (was 0)`,
        ]);
    });

    it('reads Horizon_Days__c and rejects it on a value field that holds no date', () => {
        tree.replace(
            MINI_BUDGET,
            valueEntry('Weight__c', '3.00', 'double'),
            `${valueEntry('Weight__c', '3.00', 'double')}\n    ${valueEntry('Horizon_Days__c', '30', 'double')}`,
        );
        expect(problemsOf()).toEqual([
            `${MINI_BUDGET}: BB_Qualification_Dimension__mdt.Mini_Budget: Horizon_Days__c needs a Date field in Value_Field__c, but Lead.BB_Budget_Amount__c is a Currency field`,
        ]);
    });

    it('names the framework file for a framework issue', () => {
        tree.replace(MINI, '>70<', '>170<');
        expect(problemsOf()).toEqual([
            `${MINI}: BB_Qualification_Framework__mdt.Mini: Qualified_Threshold__c must be a whole number from 0 to 100 (was 170)`,
        ]);
    });

    it('reports a required value that is missing', () => {
        tree.replace(MINI_NEED, valueEntry('Rating_Field__c', 'BB_Need_Rating__c'), '');
        expect(problemsOf()).toEqual([
            `${MINI_NEED}: BB_Qualification_Dimension__mdt.Mini_Need: Rating_Field__c must name a field (was missing)`,
        ]);
    });

    it('reports a field that does not exist on an applicable object', () => {
        tree.remove(`${MODEL}/objects/Opportunity/fields/BB_Budget_Amount__c.field-meta.xml`);
        expect(problemsOf()).toEqual([
            `${MINI_BUDGET}: BB_Qualification_Dimension__mdt.Mini_Budget: Value_Field__c names BB_Budget_Amount__c, which does not exist on Opportunity`,
        ]);
    });

    it('reports a default object that is not applicable', () => {
        tree.replace(
            SOLO,
            valueEntry('Default_For__c', '', 'string').replace(
                '<value xsi:type="xsd:string"></value>',
                '<value xsi:nil="true"/>',
            ),
            valueEntry('Default_For__c', 'Account'),
        );
        expect(problemsOf()).toEqual([
            `${SOLO}: BB_Qualification_Framework__mdt.Solo: Default_For__c names Account, which is not an applicable object (Applicable_Objects__c: Opportunity)`,
        ]);
    });

    it('reports two defaults for the same object, naming both', () => {
        tree.replace(SOLO, 'Opportunity<', 'Lead;Opportunity<').replace(
            SOLO,
            '<field>Default_For__c</field>\n        <value xsi:nil="true"/>',
            '<field>Default_For__c</field>\n        <value xsi:type="xsd:string">Lead</value>',
        );
        expect(problemsOf()).toEqual([
            `${SOLO}: Default_For__c names Lead, for which Mini (${MINI}) is already the default`,
        ]);
    });

    it('reports a framework without dimensions', () => {
        tree.remove(`${METADATA}/BB_Qualification_Dimension.Solo_Need.md-meta.xml`);
        expect(problemsOf()).toEqual([
            `${SOLO}: BB_Qualification_Framework__mdt.Solo: Framework__c has no dimensions: no BB_Qualification_Dimension__mdt record names Solo in Framework__c (was empty)`,
        ]);
    });

    it('reports a dimension pointing to an unknown framework', () => {
        tree.replace(MINI_NEED, '>Mini<', '>Maxi<');
        expect(problemsOf()).toEqual([
            `${MINI_NEED}: Framework__c names Maxi, which is no BB_Qualification_Framework__mdt record`,
        ]);
    });

    it('reports a dimension without a framework', () => {
        tree.replace(MINI_NEED, valueEntry('Framework__c', 'Mini'), '');
        expect(problemsOf()).toEqual([
            `${MINI_NEED}: Framework__c names nothing, which is no BB_Qualification_Framework__mdt record`,
        ]);
    });

    it('reports values that do not convert, naming file and field', () => {
        tree.replace(MINI_NEED, '>2</value>', '>second</value>').replace(
            MINI_NEED,
            '<value xsi:type="xsd:boolean">false</value>',
            '<value xsi:type="xsd:boolean">no</value>',
        );
        expect(problemsOf()).toEqual([
            `${MINI_NEED}: Order__c must be a number (was "second")`,
            `${MINI_NEED}: Is_Gate__c must be true or false (was "no")`,
            `${MINI_NEED}: BB_Qualification_Dimension__mdt.Mini_Need: Order__c must be a whole number of at least 1 (was missing)`,
        ]);
    });

    it('reports a field the Custom Metadata Type does not have', () => {
        tree.replace(
            MINI_NEED,
            valueEntry('Weight__c', '1.5', 'double'),
            valueEntry('Wieght__c', '1.5', 'double'),
        );
        expect(problemsOf()).toEqual([
            `${MINI_NEED}: Wieght__c is no field of BB_Qualification_Dimension__mdt`,
            `${MINI_NEED}: BB_Qualification_Dimension__mdt.Mini_Need: Weight__c must be a number (was missing)`,
        ]);
    });

    it('does not check record fields when the type is not in the tree', () => {
        tree.remove(`${MODEL}/objects/BB_Qualification_Dimension__mdt`);
        expect(loadCatalog(tree.root).frameworks).toHaveLength(2);
    });

    it('reports title and question labels that do not exist or lack German', () => {
        tree.replace(MINI_NEED, '>BB_Dimension_Need<', '>BB_Dimension_Needs<').replace(
            GERMAN,
            '<name>BB_Question_Budget_2</name>',
            '<name>BB_Question_Budget_22</name>',
        );
        expect(problemsOf()).toEqual([
            `${MINI_BUDGET}: Question_Labels__c names BB_Question_Budget_2, which has no German translation (de.translation-meta.xml)`,
            `${MINI_NEED}: Title_Label__c names BB_Dimension_Needs, which is no custom label`,
        ]);
    });

    it('reports a missing title label', () => {
        tree.replace(MINI_NEED, valueEntry('Title_Label__c', 'BB_Dimension_Need'), '');
        expect(problemsOf()).toEqual([
            `${MINI_NEED}: Title_Label__c must name a custom label (was missing)`,
        ]);
    });

    it('says which label lacks a German translation when asked for it', () => {
        tree.replace(GERMAN, '<name>BB_Reason_Gate_Blocker</name>', '<name>BB_Reason_Other</name>');
        expect(() => loadCatalog(tree.root).label('BB_Reason_Gate_Blocker', 'de')).toThrow(
            'Custom label BB_Reason_Gate_Blocker has no de translation',
        );
    });

    it('lists every problem in the error message', () => {
        tree.replace(MINI_BUDGET, '>3.00<', '>0<').replace(MINI, '>50<', '>-1<');
        expect(() => loadCatalog(tree.root)).toThrow(
            `The qualification catalog has 2 problems:\n` +
                `- ${MINI}: BB_Qualification_Framework__mdt.Mini: Minimum_Completeness__c must be a whole number from 0 to 100 (was -1)\n` +
                `- ${MINI_BUDGET}: BB_Qualification_Dimension__mdt.Mini_Budget: Weight__c must be greater than 0 (was 0)`,
        );
    });

    it('says "1 problem" for one', () => {
        tree.replace(MINI, '>50<', '>-1<');
        expect(() => loadCatalog(tree.root)).toThrow(/has 1 problem:/);
    });

    describe('files it cannot read', () => {
        it('names the file and line of malformed XML', () => {
            tree.replace(MINI_NEED, '</CustomMetadata>', '</CustomMetadta>');
            expect(() => loadCatalog(tree.root)).toThrow(
                new RegExp(`^${MINI_NEED}: malformed XML at line \\d+: `),
            );
        });

        it('names the root element a file should have', () => {
            tree.write(MINI_NEED, '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject/>\n');
            expect(() => loadCatalog(tree.root)).toThrow(
                `${MINI_NEED}: expected a <CustomMetadata> root element`,
            );
        });

        it('rejects a values entry without a field', () => {
            tree.replace(MINI_NEED, '<field>Order__c</field>', '');
            expect(() => loadCatalog(tree.root)).toThrow(
                `${MINI_NEED}: a <values> entry has no <field>`,
            );
        });

        it('rejects a field set twice', () => {
            tree.replace(MINI_NEED, '<field>Order__c</field>', '<field>Weight__c</field>');
            expect(() => loadCatalog(tree.root)).toThrow(`${MINI_NEED}: Weight__c is set twice`);
        });

        it('rejects a label without a value', () => {
            tree.replace(LABELS, '<value>Need</value>', '');
            expect(() => loadCatalog(tree.root)).toThrow(
                `${LABELS}: every label needs a <fullName> and a <value> (label BB_Dimension_Need)`,
            );
        });

        it('rejects a label without a name', () => {
            tree.replace(LABELS, '<fullName>BB_Dimension_Need</fullName>', '');
            expect(() => loadCatalog(tree.root)).toThrow(
                `${LABELS}: every label needs a <fullName> and a <value> (label (unnamed))`,
            );
        });

        it('rejects a label defined twice', () => {
            tree.replace(
                LABELS,
                '<fullName>BB_Dimension_Need</fullName>',
                '<fullName>BB_Dimension_Budget</fullName>',
            );
            expect(() => loadCatalog(tree.root)).toThrow(
                `${LABELS}: label BB_Dimension_Budget is defined twice`,
            );
        });

        it('rejects a translation without a text', () => {
            tree.replace(GERMAN, '<label>Bedarf</label>', '');
            expect(() => loadCatalog(tree.root)).toThrow(
                `${GERMAN}: every customLabels entry needs a <name> and a <label> (entry BB_Dimension_Need)`,
            );
        });

        it('rejects a translation without a name', () => {
            tree.replace(GERMAN, '<name>BB_Dimension_Need</name>', '');
            expect(() => loadCatalog(tree.root)).toThrow(
                `${GERMAN}: every customLabels entry needs a <name> and a <label> (entry (unnamed))`,
            );
        });
    });

    it('uses the DeveloperName when a record has no label', () => {
        tree.replace(SOLO, '<label>Solo</label>', '');
        expect(loadCatalog(tree.root).framework('Solo').label).toBe('Solo');
    });

    it('skips hidden folders and node_modules', () => {
        const broken = '<?xml version="1.0"?><Broken>';
        mkdirSync(join(tree.root, 'force-app/.sfdx/customMetadata'), { recursive: true });
        mkdirSync(join(tree.root, 'force-app/node_modules/customMetadata'), { recursive: true });
        tree.write(
            'force-app/.sfdx/customMetadata/BB_Qualification_Framework.Hidden.md-meta.xml',
            broken,
        ).write(
            'force-app/node_modules/customMetadata/BB_Qualification_Framework.Module.md-meta.xml',
            broken,
        );
        expect(loadCatalog(tree.root).frameworks.map((f) => f.name)).toEqual(['Mini', 'Solo']);
    });

    it('ignores files that only look like records', () => {
        tree.write(`${METADATA}/README.md`, 'not metadata')
            .write(`${METADATA}/BB_Other_Type.Thing.md-meta.xml`, '<CustomMetadata/>')
            .write('force-app/.hidden.md-meta.xml', 'ignored');
        expect(loadCatalog(tree.root).frameworks).toHaveLength(2);
    });
});
