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
import { referenceEvaluate } from '../referenceEvaluation';

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

    it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', (_name, vector) => {
        const result = evaluate(catalog.framework(vector.framework), vector.answers, {
            evaluationDay: vector.evaluationDay,
            values: vector.values,
        });
        expect(result).toEqual(vector.expected);
    });
});

describe('the reference evaluation behind the vectors', () => {
    const framework = {
        name: 'Two',
        qualifiedThreshold: 50,
        minimumCompleteness: 50,
        dimensions: [
            { key: 'A', weight: 1, isGate: true, horizonDays: 10 },
            { key: 'B', weight: 1, isGate: false },
        ],
    };

    it('rounds half up: one Partly_Met of two equal dimensions is 25, three halves of four is 38', () => {
        expect(referenceEvaluate(framework, { A: 'Partly_Met' }, {}, '2026-01-01').score).toBe(25);
        expect(
            referenceEvaluate(
                {
                    ...framework,
                    dimensions: [...framework.dimensions, { key: 'C', weight: 2, isGate: false }],
                },
                { A: 'Met', B: 'Partly_Met' },
                {},
                '2026-01-01',
            ).score,
        ).toBe(38);
    });

    it('holds a date one day beyond the horizon, not one exactly at it', () => {
        const answers = { A: 'Met', B: 'Met' };
        expect(
            referenceEvaluate(framework, answers, { A: '2026-01-11' }, '2026-01-01').status,
        ).toBe('Qualified');
        expect(
            referenceEvaluate(framework, answers, { A: '2026-01-12' }, '2026-01-01'),
        ).toMatchObject({
            status: 'Nurture',
            reasons: [{ code: 'BEYOND_HORIZON', dimension: 'A', days: 11, horizon: 10 }],
        });
    });

    it('refuses an evaluation day that is no calendar day', () => {
        expect(() => referenceEvaluate(framework, {}, {}, '2026-02-30')).toThrow(
            'bad evaluation day',
        );
    });
});
