/**
 * The conformance vectors (BB_QualificationVectors.json, also read by the Apex engine tests) run
 * through this engine with the shipped frameworks as the catalog loader reads them from force-app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../../../../scripts/lib/catalog';
import { evaluate, REASON_CODES, STATUSES } from '../qualificationEngine';
import type { Evaluation, FrameworkConfig } from '../qualificationEngine';
import { referenceEvaluate } from './reference';

interface VectorCase {
    name: string;
    framework: string | FrameworkConfig;
    answers: Record<string, unknown>;
    expected: Evaluation;
}

const vectorsFile = join(
    __dirname,
    '..',
    '..',
    '..',
    'staticresources',
    'BB_QualificationVectors.json',
);
const vectors = JSON.parse(readFileSync(vectorsFile, 'utf8')) as {
    version: number;
    cases: VectorCase[];
};
const catalog = loadCatalog();
function frameworkOf(vector: VectorCase): FrameworkConfig {
    return typeof vector.framework === 'string'
        ? catalog.framework(vector.framework)
        : vector.framework;
}

describe('conformance vectors', () => {
    it('are version 1 with at least 60 cases over all three shipped frameworks', () => {
        expect(vectors.version).toBe(1);
        expect(vectors.cases.length).toBeGreaterThanOrEqual(60);
        const shipped = new Set(
            vectors.cases.map((c) => c.framework).filter((f) => typeof f === 'string'),
        );
        expect([...shipped].sort()).toEqual(['BANT', 'Beyond_BANT_Canvas', 'GPCTBA_CI']);
        expect(new Set(vectors.cases.map((c) => c.name)).size).toBe(vectors.cases.length);
    });

    it('cover every status and every reason code', () => {
        expect(new Set(vectors.cases.map((c) => c.expected.status))).toEqual(new Set(STATUSES));
        const codes = new Set(vectors.cases.flatMap((c) => c.expected.reasons.map((r) => r.code)));
        expect(codes).toEqual(new Set(REASON_CODES));
    });

    it('cover exact half-up rounding, which only an inline framework can produce', () => {
        const halves = vectors.cases.filter((c) => {
            const framework = frameworkOf(c);
            const total = framework.dimensions.reduce(
                (sum, d) => sum + Math.round(d.weight * 100),
                0,
            );
            const covered = framework.dimensions
                .filter((d) =>
                    ['Not_Met', 'Partly_Met', 'Met', 'Blocker'].includes(
                        c.answers[d.key] as string,
                    ),
                )
                .reduce((sum, d) => sum + Math.round(d.weight * 100), 0);
            return (200 * covered) % total === 0 && ((200 * covered) / total) % 2 === 1;
        });
        expect(halves.length).toBeGreaterThan(0);
    });

    it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', (_name, vector) => {
        const framework = frameworkOf(vector);
        expect(evaluate(framework, vector.answers)).toEqual(vector.expected);
    });

    // Guards the file itself: an expectation edited by hand must still follow the contract.
    it.each(vectors.cases.map((c) => [c.name, c] as const))(
        'reference agrees: %s',
        (_name, vector) => {
            expect(referenceEvaluate(frameworkOf(vector), vector.answers)).toEqual(vector.expected);
        },
    );
});
