/**
 * Writes (or with `check`, compares) the stage-gate vectors that stageGateVectors.ts computes,
 * formatted as the repository's Prettier configuration formats JSON. Called by generateVectors.ts,
 * so `npm run vectors` keeps both vector files up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import {
    buildStageGateVectors,
    STAGE_GATE_VECTORS_FILE,
    stageGateVectorsPath,
    type StageGateVectorsDocument,
} from './stageGateVectors';

/** The file's text: JSON as Prettier formats it in the repository. */
export async function stageGateVectorsText(
    root: string,
    document: StageGateVectorsDocument,
): Promise<string> {
    const file = stageGateVectorsPath(root);
    const options = (await prettier.resolveConfig(file)) ?? {};
    return prettier.format(JSON.stringify(document), { ...options, filepath: file });
}

/** Returns false when `check` finds the committed file out of date. */
export async function writeStageGateVectors(root: string, check: boolean): Promise<boolean> {
    const document = buildStageGateVectors(root);
    const text = await stageGateVectorsText(root, document);
    const file = stageGateVectorsPath(root);
    const cases = document.cases.length;
    if (check) {
        let committed = '';
        try {
            committed = readFileSync(file, 'utf8');
        } catch {
            // A missing file is out of date like a different one.
        }
        if (committed !== text) {
            console.error(`${STAGE_GATE_VECTORS_FILE} is out of date: run npm run vectors`);
            return false;
        }
        console.log(`stage-gate vectors: ${cases} cases, up to date`);
        return true;
    }
    writeFileSync(file, text);
    console.log(`stage-gate vectors: wrote ${cases} cases to ${STAGE_GATE_VECTORS_FILE}`);
    return true;
}
