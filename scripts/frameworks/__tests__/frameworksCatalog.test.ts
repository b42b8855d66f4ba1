/**
 * The Beyond BANT Frameworks records as docs/frameworks-package.md documents them, read by the same
 * catalog loader as the core's: a changed weight, gate, threshold or horizon must change the docs too.
 */
import { loadCatalog } from '../../lib/catalog';

const catalog = loadCatalog();

type Row = [key: string, weight: number, gate: boolean, horizon: number | null];
const DOCUMENTED: Record<string, { threshold: number; minimum: number; dimensions: Row[] }> = {
    MEDDPICC: {
        threshold: 75,
        minimum: 70,
        dimensions: [
            ['Metrics', 2, false, null],
            ['Economic_Buyer', 3, true, null],
            ['Decision_Criteria', 2, false, null],
            ['Decision_Process', 2, false, null],
            ['Paper_Process', 1.5, false, 120],
            ['Identified_Pain', 3, true, null],
            ['Champion', 3, true, null],
            ['Competition', 1.5, false, null],
        ],
    },
    CHAMP: {
        threshold: 65,
        minimum: 50,
        dimensions: [
            ['Challenges', 3, true, null],
            ['Authority', 2, false, null],
            ['Budget', 1.5, false, null],
            ['Prioritisation', 3, true, null],
        ],
    },
    ANUM: {
        threshold: 70,
        minimum: 50,
        dimensions: [
            ['Authority', 3, true, null],
            ['Need', 3, true, null],
            ['Urgency', 2, false, 90],
            ['Budget', 1, false, null],
        ],
    },
    FAINT: {
        threshold: 60,
        minimum: 40,
        dimensions: [
            ['Budget', 1.5, false, null],
            ['Authority', 2, false, null],
            ['Interest', 3, true, null],
            ['Need', 3, true, null],
            ['Timeline', 2, false, 180],
        ],
    },
};
const CORE_KEYS = new Set(
    catalog.frameworks
        .filter((f) => f.file.startsWith('force-app/'))
        .flatMap((f) => f.dimensions.map((d) => d.key)),
);

describe.each(Object.entries(DOCUMENTED))('%s', (name, documented) => {
    const framework = catalog.framework(name);

    it('has the documented dimensions, weights, gates, horizons and thresholds', () => {
        expect(
            framework.dimensions.map((d) => [d.key, d.weight, d.isGate, d.horizonDays ?? null]),
        ).toEqual(documented.dimensions);
        expect(framework).toMatchObject({
            qualifiedThreshold: documented.threshold,
            minimumCompleteness: documented.minimum,
            applicableObjects: ['Lead', 'Opportunity'],
            defaultFor: [],
        });
        expect(framework.file.startsWith('frameworks-app/')).toBe(true);
    });

    it('binds a reused core key to the core fields, a new key to its own fields', () => {
        for (const dimension of framework.dimensions) {
            expect(dimension.ratingField).toBe(`BB_${dimension.key}_Rating__c`);
            expect(dimension.evidenceField).toBe(`BB_${dimension.key}_Evidence__c`);
            expect(
                `${dimension.key}: ${catalog.schema('Opportunity', dimension.ratingField)}`,
            ).toBe(`${dimension.key}: true`);
            // A reused core dimension keeps the core's questions; a new one has its own.
            expect(dimension.questionLabels[0]).toBe(`BB_Question_${dimension.key}_1`);
        }
    });

    it('asks at least four questions per new dimension, each in English and its own German', () => {
        for (const dimension of framework.dimensions.filter((d) => !CORE_KEYS.has(d.key))) {
            expect(dimension.questions.length).toBeGreaterThanOrEqual(4);
            for (const question of [dimension.title, ...dimension.questions]) {
                expect(question.en).not.toBe('');
                expect(question.de).not.toBe(question.en);
            }
        }
    });
});
