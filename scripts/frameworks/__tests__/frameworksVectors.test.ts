/**
 * The Beyond BANT Frameworks vectors (frameworks-app/scoring/staticresources/BB_FrameworksVectors.json,
 * also run by the Apex class QualificationFrameworksVectors_Tests) through the TypeScript engine,
 * with MEDDPICC, CHAMP, ANUM and FAINT as the catalog loader reads them from the extension package.
 */
import { readFileSync } from 'node:fs';
import { loadCatalog } from '../../lib/catalog';
import {
    evaluate,
    REASON_CODES,
    STATUSES,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import {
    EXTENSION_FRAMEWORKS,
    FRAMEWORKS_VECTORS_FILE,
    vectorsText,
    type VectorCase,
} from '../generateVectors';

const committed = readFileSync(FRAMEWORKS_VECTORS_FILE, 'utf8');
const vectors = JSON.parse(committed) as { version: number; cases: VectorCase[] };
const catalog = loadCatalog();

describe('the Beyond BANT Frameworks conformance vectors', () => {
    it('are what the generator writes from the shipped records (regenerate after changing them)', () => {
        expect(committed).toBe(vectorsText(catalog));
    });

    it('are version 2, name each case once and cover every extension framework', () => {
        expect(vectors.version).toBe(2);
        expect(vectors.cases.length).toBeGreaterThanOrEqual(150);
        expect(new Set(vectors.cases.map((c) => c.name)).size).toBe(vectors.cases.length);
        expect([...new Set(vectors.cases.map((c) => c.framework))]).toEqual([
            ...EXTENSION_FRAMEWORKS,
        ]);
    });

    it('reach every status and every reason code, horizons included', () => {
        expect(new Set(vectors.cases.map((c) => c.expected.status))).toEqual(new Set(STATUSES));
        const codes = new Set(vectors.cases.flatMap((c) => c.expected.reasons.map((r) => r.code)));
        expect(codes).toEqual(new Set(REASON_CODES));
    });

    it('cover no-dates after the day, numbers as JavaScript prints them and several Working reasons', () => {
        const noDate = vectors.cases.filter((c) =>
            Object.values(c.values ?? {}).some((v) => v === '2027-02-30' || v === '4001-01-01'),
        );
        expect(noDate).toHaveLength(6);
        for (const c of noDate) expect(c.expected.status).toBe('Qualified');
        const printed = vectors.cases.flatMap((c) =>
            c.expected.reasons.filter((r) => r.code === 'INVALID_ANSWER').map((r) => r.value),
        );
        expect(printed).toEqual(expect.arrayContaining(['1.5', '1e+21', '1e-7']));
        const severalHeld = vectors.cases.filter(
            (c) =>
                c.expected.status === 'Working' &&
                c.expected.reasons.filter(
                    (r) => r.code === 'BLOCKER' || r.code === 'BEYOND_HORIZON',
                ).length >= 3,
        );
        expect(new Set(severalHeld.map((c) => c.framework)).size).toBe(3);
    });

    it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', (_name, vector) => {
        const result = evaluate(catalog.framework(vector.framework), vector.answers, {
            evaluationDay: vector.evaluationDay,
            values: vector.values,
        });
        expect(result).toEqual(vector.expected);
    });
});
