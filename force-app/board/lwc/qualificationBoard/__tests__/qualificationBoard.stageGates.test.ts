/**
 * The board hands the stage-gate checklist what a save would evaluate now, so the checklist turns
 * as the rep rates, before anything is saved.
 */
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import bantConfig from './data/boardConfigBant.json';
import leadRecordData from './data/leadRecord.json';
import { clone, mountBoard, rate, shadow } from './support/board';

jest.mock(
    '@salesforce/apex/QualificationBoardController.getBoardConfig',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);

jest.setTimeout(30000);

const leadRecord = leadRecordData as unknown as RecordRepresentation;

function configWithConversionGate(): BoardConfig {
    return {
        ...clone(bantConfig as unknown as BoardConfig),
        stages: [],
        stageGates: [
            {
                name: 'Lead_Conversion',
                objectApiName: 'Lead',
                stage: null,
                framework: null,
                minimumStatus: null,
                minimumScore: null,
                requirements: 'Need:Met',
                active: true,
            },
        ],
    };
}

function checklistItems(board: HTMLElement): Array<string | null> {
    const checklist = shadow(board).querySelector('c-qualification-gate-checklist');
    if (!checklist) throw new Error('the board shows no stage-gate checklist');
    return Array.from(shadow(checklist).querySelectorAll('li')).map((item) =>
        item.getAttribute('data-met'),
    );
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('qualificationBoard with a stage gate', () => {
    it('shows the checklist from the stored answers and updates it from the draft', async () => {
        const board = await mountBoard({ config: configWithConversionGate(), record: leadRecord });
        expect(checklistItems(board)).toEqual(['false']);
        await rate(board, 'Need', 'Met');
        expect(checklistItems(board)).toEqual(['true']);
        await rate(board, 'Need', 'Partly_Met');
        expect(checklistItems(board)).toEqual(['false']);
    });

    it('shows no checklist when no gate is active', async () => {
        const board = await mountBoard({
            config: clone(bantConfig as unknown as BoardConfig),
            record: leadRecord,
        });
        const checklist = shadow(board).querySelector('c-qualification-gate-checklist');
        expect(checklist === null || shadow(checklist).querySelector('li') === null).toBe(true);
    });
});
