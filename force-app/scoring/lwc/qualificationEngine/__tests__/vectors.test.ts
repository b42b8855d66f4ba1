/**
 * The conformance vectors v2 (BB_QualificationVectors.json, also read by the Apex engine tests) run
 * through this engine with the shipped frameworks as the catalog loader reads them from force-app.
 * The file must be exactly what scripts/vectors/buildVectors.ts computes, so it cannot drift from
 * the contract by a hand edit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../../../../scripts/lib/catalog';
import { buildVectors } from '../../../../../scripts/vectors/buildVectors';
import { evaluate, REASON_CODES, STATUSES } from '../qualificationEngine';
import type { Evaluation, EvaluationContext, FrameworkConfig } from '../qualificationEngine';

interface VectorCase {
    name: string;
    framework: string;
    answers: Record<string, unknown>;
    values?: Record<string, unknown>;
    evaluationDay: string;
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
    frameworks: Record<string, FrameworkConfig>;
    cases: VectorCase[];
};
const catalog = loadCatalog();
const SHIPPED = ['BANT', 'Beyond_BANT_Canvas', 'GPCTBA_CI'];

function frameworkOf(vector: VectorCase): FrameworkConfig {
    return vectors.frameworks[vector.framework] ?? catalog.framework(vector.framework);
}

function contextOf(vector: VectorCase): EvaluationContext {
    return { evaluationDay: vector.evaluationDay, values: vector.values };
}

describe('conformance vectors', () => {
    it('are exactly what the generator computes from the shipped records (npm run vectors)', () => {
        expect(vectors).toEqual(JSON.parse(JSON.stringify(buildVectors())));
    });

    it('are version 2 with at least 110 cases over all three shipped frameworks, each with its day', () => {
        expect(vectors.version).toBe(2);
        expect(vectors.cases.length).toBeGreaterThanOrEqual(110);
        const shipped = new Set(
            vectors.cases.map((c) => c.framework).filter((name) => !(name in vectors.frameworks)),
        );
        expect([...shipped].sort()).toEqual(SHIPPED);
        expect(Object.keys(vectors.frameworks).filter((name) => SHIPPED.includes(name))).toEqual(
            [],
        );
        expect(new Set(vectors.cases.map((c) => c.name)).size).toBe(vectors.cases.length);
        expect(vectors.cases.every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.evaluationDay))).toBe(true);
    });

    it('cover every status, every reason code and both kinds of weakest dimension', () => {
        expect(new Set(vectors.cases.map((c) => c.expected.status))).toEqual(new Set(STATUSES));
        const codes = new Set(vectors.cases.flatMap((c) => c.expected.reasons.map((r) => r.code)));
        expect(codes).toEqual(new Set(REASON_CODES));
        const weakest = vectors.cases.map((c) => c.expected.weakestDimension);
        expect(weakest).toContain(null);
        expect(weakest.some((key) => key !== null)).toBe(true);
    });

    it('cover the horizon boundary: at the horizon not held back, one day beyond held back', () => {
        const beyond = (c: VectorCase) =>
            c.expected.reasons.find((r) => r.code === 'BEYOND_HORIZON') as
                { days: number; horizon: number } | undefined;
        const held = vectors.cases.map(beyond).filter((r) => r !== undefined);
        expect(held.some((r) => r.days === r.horizon + 1)).toBe(true);
        expect(held.some((r) => r.horizon === 0)).toBe(true);
        const atHorizon = vectors.cases.filter(
            (c) =>
                c.name.includes('exactly 180 days') || c.name.includes('exactly at their horizon'),
        );
        expect(atHorizon.length).toBeGreaterThanOrEqual(2);
        for (const c of atHorizon) expect(c.expected.status).toBe('Qualified');
    });

    it('cover no-dates after the day, numbers as JavaScript prints them and several Working reasons', () => {
        const afterTheDay = vectors.cases.filter(
            (c) =>
                c.expected.status === 'Qualified' &&
                Object.values(c.values ?? {}).some(
                    (v) =>
                        typeof v === 'string' &&
                        v > c.evaluationDay &&
                        /^\d{4}-\d{2}-\d{2}$/.test(v),
                ),
        );
        expect(afterTheDay.map((c) => c.values?.Timeline ?? c.values?.Go_Live)).toEqual(
            expect.arrayContaining(['2027-02-30', '4001-01-01']),
        );
        const printed = vectors.cases.flatMap((c) =>
            c.expected.reasons.filter((r) => r.code === 'INVALID_ANSWER').map((r) => r.value),
        );
        expect(printed).toEqual(expect.arrayContaining(['1.5', '1e+21', '1e-7']));
        const severalHeld = vectors.cases.filter((c) => {
            const codes = c.expected.reasons.map((r) => r.code);
            return (
                c.expected.status === 'Working' &&
                codes.filter((code) => code === 'BLOCKER').length >= 2 &&
                codes.filter((code) => code === 'BEYOND_HORIZON').length >= 2
            );
        });
        expect(severalHeld.length).toBeGreaterThanOrEqual(2);
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
        expect(evaluate(frameworkOf(vector), vector.answers, contextOf(vector))).toEqual(
            vector.expected,
        );
    });
});
