import type {
    BoardStage,
    BoardStageGate,
} from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import { STANDARD_OPPORTUNITY_STAGES, type Catalog } from '../../../lib/catalog';

/**
 * The board configuration's stage-gate part, as QualificationBoardStageGates builds it in Apex:
 * the Opportunity stages in picklist order (empty on a Lead) and the active gates of the object
 * whose Framework__c is blank or the board's, fields as written. The preview's stages are the
 * standard values; their labels stay as the values, as the platform's German for them is not in
 * this repository.
 */
export function boardStageGates(
    catalog: Catalog,
    objectApiName: string,
    framework: string,
    activeGates: readonly string[],
): { stages: BoardStage[]; stageGates: BoardStageGate[] } {
    const stages =
        objectApiName === 'Opportunity'
            ? STANDARD_OPPORTUNITY_STAGES.map((stage) => ({ ...stage, label: stage.value }))
            : [];
    const stageGates = catalog.stageGates
        .filter(
            (gate) =>
                activeGates.includes(gate.name) &&
                gate.objectApiName === objectApiName &&
                (gate.framework === null || gate.framework === framework),
        )
        .map((gate) => ({
            name: gate.name,
            objectApiName: gate.objectApiName ?? '',
            stage: gate.stage,
            framework: gate.framework,
            minimumStatus: gate.minimumStatus,
            minimumScore: gate.minimumScore,
            requirements: gate.requirements,
            active: true,
        }));
    return { stages, stageGates };
}
