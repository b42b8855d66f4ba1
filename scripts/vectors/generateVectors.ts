/**
 * Writes the conformance vectors (force-app/scoring/staticresources/BB_QualificationVectors.json)
 * that buildVectors.ts computes, formatted as the repository's Prettier configuration formats JSON.
 *
 *   npm run vectors            rewrite the file
 *   npm run vectors -- --check fail when the committed file differs from what would be written
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { buildVectors, REPO_ROOT, VECTORS_FILE, type VectorsDocument } from './buildVectors';
import { writeStageGateVectors } from './writeStageGateVectors';

/** The file's text: JSON formatted as the repository's Prettier configuration formats it. */
export async function vectorsText(document: VectorsDocument): Promise<string> {
    const options = (await prettier.resolveConfig(VECTORS_FILE)) ?? {};
    return prettier.format(JSON.stringify(document), { ...options, filepath: VECTORS_FILE });
}

async function main(): Promise<void> {
    const document = buildVectors();
    const text = await vectorsText(document);
    const cases = document.cases.length;
    if (!(await writeStageGateVectors(REPO_ROOT, process.argv.includes('--check')))) {
        process.exitCode = 1;
    }
    if (process.argv.includes('--check')) {
        if (readFileSync(VECTORS_FILE, 'utf8') !== text) {
            console.error(`${VECTORS_FILE} is out of date: run npm run vectors`);
            process.exitCode = 1;
            return;
        }
        console.log(`vectors: ${cases} cases, up to date`);
        return;
    }
    writeFileSync(VECTORS_FILE, text);
    console.log(`vectors: wrote ${cases} cases to ${VECTORS_FILE}`);
}

if (require.main === module) {
    main().catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
    });
}
