/**
 * The catalog reads the shipped BB_Stage_Gate__mdt records as the engine's gate shape, checks them
 * as the engines do, and ships exactly the documented examples, all inactive.
 */
import { CatalogError, loadCatalog } from '..';
import { FixtureTree, METADATA } from './fixtureTree';

function gateRecord(values: Record<string, string | null>): string {
    const entries = Object.entries(values).map(([field, value]) =>
        value === null
            ? `<values><field>${field}</field><value xsi:nil="true" /></values>`
            : `<values><field>${field}</field><value xsi:type="xsd:string">${value}</value></values>`,
    );
    return `<?xml version="1.0" encoding="UTF-8"?>
<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
    <label>Test gate</label>
    <protected>false</protected>
    ${entries.join('\n    ')}
</CustomMetadata>
`;
}

describe('the shipped stage gates', () => {
    const catalog = loadCatalog();

    it('are the four documented examples, inactive, with their criteria as written', () => {
        expect(
            catalog.stageGates.map(({ label, description, file, ...gate }) => {
                expect(label).not.toBe('');
                expect(description).not.toBe('');
                expect(file).toBe(
                    `force-app/model/customMetadata/BB_Stage_Gate.${gate.name}.md-meta.xml`,
                );
                return gate;
            }),
        ).toEqual([
            {
                name: 'Lead_Conversion',
                objectApiName: 'Lead',
                stage: null,
                framework: null,
                minimumStatus: 'Nurture',
                minimumScore: null,
                requirements: null,
                active: false,
            },
            {
                name: 'Opportunity_Any_Negotiation',
                objectApiName: 'Opportunity',
                stage: 'Negotiation/Review',
                framework: null,
                minimumStatus: 'Qualified',
                minimumScore: null,
                requirements: 'Authority:Met;Budget:Partly_Met',
                active: false,
            },
            {
                name: 'Opportunity_BANT_Id_Decision_Makers',
                objectApiName: 'Opportunity',
                stage: 'Id. Decision Makers',
                framework: 'BANT',
                minimumStatus: null,
                minimumScore: 50,
                requirements: 'Need:Partly_Met',
                active: false,
            },
            {
                name: 'Opportunity_Canvas_Proposal',
                objectApiName: 'Opportunity',
                stage: 'Proposal/Price Quote',
                framework: 'Beyond_BANT_Canvas',
                minimumStatus: 'Nurture',
                minimumScore: null,
                requirements: 'Goals:Met;Challenges:Partly_Met',
                active: false,
            },
        ]);
    });

    it('gives each framework its dimension keys in framework order', () => {
        expect(catalog.frameworkDimensions.BANT).toEqual([
            'Budget',
            'Authority',
            'Need',
            'Timeline',
        ]);
    });
});

describe('stage gates in a broken tree', () => {
    let tree: FixtureTree;
    beforeEach(() => {
        tree = new FixtureTree();
    });
    afterEach(() => tree.dispose());

    const problemsOf = (): readonly string[] => {
        try {
            loadCatalog(tree.root);
        } catch (error) {
            if (error instanceof CatalogError) return error.problems;
            throw error;
        }
        return [];
    };

    it('reads a valid gate and names the file and record of an invalid one, active or not', () => {
        const file = `${METADATA}/BB_Stage_Gate.Broken.md-meta.xml`;
        tree.write(
            `${METADATA}/BB_Stage_Gate.Fine.md-meta.xml`,
            gateRecord({ Object__c: 'Lead', Minimum_Status__c: 'Nurture', Stage__c: null }),
        );
        expect(loadCatalog(tree.root).stageGates.map((gate) => [gate.name, gate.active])).toEqual([
            ['Fine', false],
        ]);
        tree.write(
            file,
            gateRecord({
                Object__c: 'Opportunity',
                Stage__c: 'Negotiation',
                Minimum_Score__c: 'fifty',
                Dimension_Requirements__c: 'Authority:Blocker',
            }),
        );
        expect(problemsOf()).toEqual([
            `${file}: Minimum_Score__c must be a number (was "fifty")`,
            `${file}: BB_Stage_Gate__mdt.Broken: Stage__c is not a value of the Opportunity StageName picklist (was Negotiation)`,
            `${file}: BB_Stage_Gate__mdt.Broken: Dimension_Requirements__c has an unknown rating, expected Not_Met, Partly_Met or Met (was Authority:Blocker)`,
        ]);
    });
});
