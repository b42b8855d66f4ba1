/**
 * Writes the conformance vectors of the Beyond BANT Frameworks package
 * (frameworks-app/scoring/staticresources/BB_FrameworksVectors.json): cases over MEDDPICC, CHAMP,
 * ANUM and FAINT as shipped, with expected results from the one reference evaluation of the contract
 * (scripts/vectors/contract.ts: exact fractions, no engine code), the same the core's vectors use.
 * `--check` fails when the committed file differs from what it would write.
 *
 *   npx tsx scripts/frameworks/generateVectors.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, REPO_ROOT, type Catalog, type CatalogFramework } from '../lib/catalog';
import { expectedResult, shiftDay, type VectorResult } from '../vectors/contract';

export const FRAMEWORKS_VECTORS_FILE = join(
    REPO_ROOT,
    'frameworks-app/scoring/staticresources/BB_FrameworksVectors.json',
);
/** The frameworks the extension ships, in the order the cases list them. */
export const EXTENSION_FRAMEWORKS = ['MEDDPICC', 'CHAMP', 'ANUM', 'FAINT'] as const;

export interface VectorCase {
    readonly name: string;
    readonly framework: string;
    readonly answers: Record<string, unknown>;
    readonly values?: Record<string, string>;
    readonly evaluationDay: string;
    readonly expected: VectorResult;
}

const DAY = '2026-03-01';
const RATINGS = ['Not_Explored', 'Not_Met', 'Partly_Met', 'Met'] as const;

/** A small deterministic generator, so the file is the same on every run. */
function randomSource(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
        return state / 2 ** 32;
    };
}

function casesFor(framework: CatalogFramework): Array<Omit<VectorCase, 'expected'>> {
    const keys = framework.dimensions.map((d) => d.key);
    const all = (rating: string) => Object.fromEntries(keys.map((key) => [key, rating]));
    const titleOf = (key: string) => key;
    const horizons = framework.dimensions.filter(
        (d) => d.horizonDays !== undefined && d.horizonDays !== null,
    );
    const name = framework.name;
    const cases: Array<Omit<VectorCase, 'expected'>> = [
        {
            name: `${name}: no answers at all is New`,
            framework: name,
            answers: {},
            evaluationDay: DAY,
        },
        {
            name: `${name}: every dimension Not_Explored is New`,
            framework: name,
            answers: all('Not_Explored'),
            evaluationDay: DAY,
        },
        {
            name: `${name}: every dimension Met is Qualified`,
            framework: name,
            answers: all('Met'),
            evaluationDay: DAY,
        },
        {
            name: `${name}: every dimension Partly_Met scores 50`,
            framework: name,
            answers: all('Partly_Met'),
            evaluationDay: DAY,
        },
        {
            name: `${name}: every dimension Not_Met scores 0`,
            framework: name,
            answers: all('Not_Met'),
            evaluationDay: DAY,
        },
    ];
    for (const key of keys) {
        for (const rating of ['Partly_Met', 'Not_Met', 'Blocker', 'Not_Explored']) {
            cases.push({
                name: `${name}: ${titleOf(key)} ${rating}, every other dimension Met`,
                framework: name,
                answers: { ...all('Met'), [key]: rating },
                evaluationDay: DAY,
            });
        }
        cases.push({
            name: `${name}: only ${titleOf(key)} Met`,
            framework: name,
            answers: { [key]: 'Met' },
            evaluationDay: DAY,
        });
    }
    cases.push(
        {
            name: `${name}: an unknown rating, a number and a lower-case rating are invalid`,
            framework: name,
            answers: {
                ...all('Met'),
                [keys[0] as string]: 'Maybe',
                [keys[1] as string]: 3,
                [keys[2] as string]: 'met',
            },
            evaluationDay: DAY,
        },
        {
            name: `${name}: a gate Blocker and a Blocker elsewhere disqualify with both reasons`,
            framework: name,
            answers: {
                ...all('Partly_Met'),
                ...Object.fromEntries(framework.dimensions.map((d) => [d.key, 'Blocker'])),
            },
            evaluationDay: DAY,
        },
        {
            name: `${name}: numbers are invalid answers, printed as JavaScript prints them (1.5, 1e+21, 1e-7)`,
            framework: name,
            answers: {
                ...all('Met'),
                [keys[0] as string]: 1.5,
                [keys[1] as string]: 1e21,
                [keys[2] as string]: 1e-7,
            },
            evaluationDay: DAY,
        },
    );
    // Two non-gate Blockers and nothing else assessed stay below the minimum completeness: Working
    // names completeness, the blockers in framework order, then every date beyond its horizon.
    const nonGates = framework.dimensions.filter((d) => !d.isGate).slice(-2);
    cases.push({
        name: `${name}: Blockers on ${nonGates.map((d) => d.key).join(' and ')}${horizons.length > 0 ? ' with dates beyond the horizon' : ''} while Working`,
        framework: name,
        answers: Object.fromEntries(nonGates.map((d) => [d.key, 'Blocker'])),
        ...(horizons.length > 0
            ? {
                  values: Object.fromEntries(
                      horizons.map((d) => [d.key, shiftDay(DAY, (d.horizonDays as number) + 5)]),
                  ),
              }
            : {}),
        evaluationDay: DAY,
    });
    for (const dimension of horizons) {
        const horizon = dimension.horizonDays as number;
        const key = dimension.key;
        const dated = (
            label: string,
            value: string,
            answers: Record<string, unknown> = all('Met'),
            day = DAY,
        ) =>
            cases.push({
                name: `${name}: ${key} date ${label} (horizon ${horizon} days)`,
                framework: name,
                answers,
                values: { [key]: value },
                evaluationDay: day,
            });
        dated(
            'one day beyond the horizon holds a full score at Nurture',
            shiftDay(DAY, horizon + 1),
        );
        dated('exactly at the horizon does not hold it back', shiftDay(DAY, horizon));
        dated('in the past has no effect', shiftDay(DAY, -30));
        dated('today has no effect', DAY);
        dated('that is no calendar day has no effect', '2026-02-30');
        // Read as the day it rolls over to (2 March 2027), 30 February 2027 would lie beyond the
        // horizon: only "no date" lets the record qualify.
        dated('that is no calendar day, a year after the day, has no effect', '2027-02-30');
        dated('in a year above 4000 has no effect', '4001-01-01');
        dated('on 31 December 4000, the last day Salesforce stores, holds back', '4000-12-31');
        dated('blank has no effect', '');
        dated(
            'far beyond the horizon, on a leap day',
            shiftDay('2028-02-29', horizon + 400),
            all('Met'),
            '2028-02-29',
        );
        dated('beyond the horizon while still Working', shiftDay(DAY, horizon + 10), {
            [key]: 'Met',
        });
        dated('beyond the horizon with a gate not met', shiftDay(DAY, horizon + 2), {
            ...all('Met'),
            [framework.dimensions.find((d) => d.isGate)?.key as string]: 'Partly_Met',
        });
        dated(
            'beyond the horizon across a year end',
            shiftDay('2026-12-31', horizon + 1),
            all('Met'),
            '2026-12-31',
        );
    }
    const random = randomSource(name.split('').reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7));
    for (let n = 1; n <= 8; n++) {
        const answers: Record<string, unknown> = {};
        for (const key of keys) {
            const roll = random();
            answers[key] = roll < 0.04 ? 'Blocker' : RATINGS[Math.min(3, Math.floor(random() * 5))];
        }
        const values: Record<string, string> = {};
        for (const dimension of horizons)
            values[dimension.key] = shiftDay(
                DAY,
                Math.floor(random() * 2 * (dimension.horizonDays as number)),
            );
        cases.push({
            name: `${name}: mixed answers ${n}`,
            framework: name,
            answers,
            ...(horizons.length > 0 ? { values } : {}),
            evaluationDay: DAY,
        });
    }
    return cases;
}

export function buildVectors(catalog: Catalog = loadCatalog()): {
    version: 2;
    description: string;
    cases: VectorCase[];
} {
    const cases = EXTENSION_FRAMEWORKS.flatMap((name) => {
        const framework = catalog.framework(name);
        return casesFor(framework).map((vector) => ({
            ...vector,
            expected: expectedResult(
                framework,
                vector.answers,
                vector.values ?? {},
                vector.evaluationDay,
            ),
        }));
    });
    return {
        version: 2,
        description:
            "Conformance vectors of the Beyond BANT Frameworks package (MEDDPICC, CHAMP, ANUM, FAINT as shipped), in the core's vectors format v2. Expected results come from scripts/vectors/contract.ts (the one reference evaluation of the scoring contract, exact fractions, no engine code); regenerate with npx tsx scripts/frameworks/generateVectors.ts. Read by Jest (scripts/frameworks/__tests__) and by the Apex class QualificationFrameworksVectors_Tests.",
        cases,
    };
}

export function vectorsText(catalog?: Catalog): string {
    return `${JSON.stringify(buildVectors(catalog), null, 2)}\n`;
}

if (require.main === module) {
    const text = vectorsText();
    if (process.argv.includes('--check')) {
        const committed = readFileSync(FRAMEWORKS_VECTORS_FILE, 'utf8');
        if (committed !== text) {
            console.error(
                `${FRAMEWORKS_VECTORS_FILE} is not what the generator writes: regenerate it.`,
            );
            process.exit(1);
        }
        console.log('BB_FrameworksVectors.json is up to date.');
    } else {
        writeFileSync(FRAMEWORKS_VECTORS_FILE, text);
        console.log(`wrote ${JSON.parse(text).cases.length} cases to ${FRAMEWORKS_VECTORS_FILE}`);
    }
}
