import { loadCatalog } from '../../lib/catalog';
import { scorerFromCatalog } from '../../lib/recordScorer';
import { catalogForOrg, ORG_FRAMEWORKS_SOQL, orgFrameworkNames } from '../lib/orgFrameworks';
import { rescoreQuery } from '../rescore/runRescore';

const catalog = loadCatalog();
const CORE = ['BANT', 'Beyond_BANT_Canvas', 'GPCTBA_CI'];

describe('the frameworks an org has', () => {
    it('are the DeveloperNames of its framework records, read with one query', async () => {
        const asked: string[] = [];
        const names = await orgFrameworkNames(async (soql) => {
            asked.push(soql);
            return { records: [{ DeveloperName: 'BANT' }, { DeveloperName: 'MEDDPICC' }, {}] };
        });
        expect(asked).toEqual([ORG_FRAMEWORKS_SOQL]);
        expect([...names]).toEqual(['BANT', 'MEDDPICC']);
    });

    it('narrow the catalog in an org with only the core, so rescore never queries extension fields', () => {
        const { catalog: narrowed, notInOrg } = catalogForOrg(catalog, new Set(CORE));
        expect(narrowed.frameworks.map((f) => f.name)).toEqual(CORE);
        expect(notInOrg).toEqual(['ANUM', 'CHAMP', 'FAINT', 'MEDDPICC']);
        const soql = rescoreQuery(scorerFromCatalog(narrowed), 'Opportunity');
        expect(soql).toContain('BB_Budget_Rating__c');
        expect(soql).not.toContain('BB_Champion_Rating__c');
        expect(rescoreQuery(scorerFromCatalog(catalog), 'Opportunity')).toContain(
            'BB_Champion_Rating__c',
        );
    });

    it('leave the catalog as it is when the org has both packages', () => {
        const all = new Set(catalog.frameworks.map((f) => f.name));
        expect(catalogForOrg(catalog, all)).toEqual({ catalog, notInOrg: [] });
    });
});
