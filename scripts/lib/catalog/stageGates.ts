import {
    STAGE_GATE_TYPE,
    validateStageGate,
} from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { StageGateConfig } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { STANDARD_OPPORTUNITY_STAGES } from './opportunityStages';
import { RecordReader, type MetadataRecord } from './records';

/** The record type as customMetadata file names spell it. */
export const STAGE_GATE_RECORD_TYPE = STAGE_GATE_TYPE.replace(/__mdt$/, '');

/** One shipped `BB_Stage_Gate__mdt` record: the engine's gate shape, its label, description and file. */
export interface CatalogStageGate extends StageGateConfig {
    readonly label: string;
    readonly description: string;
    /** The record file, relative to the project root. */
    readonly file: string;
}

/** Reads a gate record as written; conversion problems (a score that is no number) go to `problems`. */
export function readStageGate(record: MetadataRecord, problems: string[]): CatalogStageGate {
    const reader = new RecordReader(record, problems);
    return Object.freeze({
        name: record.developerName,
        objectApiName: reader.text('Object__c') ?? null,
        stage: reader.text('Stage__c') ?? null,
        framework: reader.text('Framework__c') ?? null,
        minimumStatus: reader.text('Minimum_Status__c') ?? null,
        minimumScore: reader.number('Minimum_Score__c') ?? null,
        requirements: reader.text('Dimension_Requirements__c') ?? null,
        active: reader.boolean('Active__c'),
        label: record.label,
        description: reader.text('Description__c') ?? '',
        file: record.path,
    });
}

/**
 * Every gate, active or not, validated as the engines validate it against the standard Opportunity
 * stages and the catalog's frameworks: a shipped gate must be enforceable the day someone activates it.
 */
export function checkStageGates(
    gates: readonly CatalogStageGate[],
    frameworks: Readonly<Record<string, readonly string[]>>,
    problems: string[],
): void {
    for (const gate of gates) {
        for (const message of validateStageGate(gate, STANDARD_OPPORTUNITY_STAGES, frameworks)) {
            problems.push(`${gate.file}: ${message}`);
        }
    }
}
