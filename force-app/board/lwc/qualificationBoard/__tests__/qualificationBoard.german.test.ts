import { setup } from '@sa11y/jest';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import germanConfig from './data/boardConfigBantDe.json';
import leadRecordData from './data/leadRecord.json';
import { button, clone, mountBoard, panelFor, rate, shadow, summaryRoot } from './support/board';

jest.mock(
    '@salesforce/apex/QualificationBoardController.getBoardConfig',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);
jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('./support/labels');
    return { ...actual, LABELS: boardLabels('de', Object.keys(actual.LABELS)) };
});

setup();
// The accessibility checks run axe over the whole board; the first one in a worker is slow.
jest.setTimeout(30000);

const config = germanConfig as unknown as BoardConfig;

function text(root: ParentNode, selector: string): string {
    return root.querySelector(selector)?.textContent?.trim() ?? '';
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

describe('c-qualification-board for a German user', () => {
    it('shows the board, the dimensions, the scale and the questions in German', async () => {
        const record = clone(leadRecordData) as unknown as RecordRepresentation;
        record.fields.BB_Qualification_Status__c = { value: null, displayValue: null };
        const board = await mountBoard({ config, record });

        expect(text(shadow(board), '.slds-card__header-title')).toBe('Qualifizierung');
        expect(button(board, '.board__save').textContent?.trim()).toBe('Speichern');
        const authority = shadow(panelFor(board, 'Authority'));
        expect(text(authority, '.panel__name')).toBe('Entscheidungsbefugnis');
        const scale = Array.from(
            authority.querySelectorAll('.panel__option .slds-form-element__label'),
        ).map((label) => label.textContent);
        expect(scale).toEqual([
            'Noch nicht geklärt',
            'Nicht erfüllt',
            'Teilweise erfüllt',
            'Erfüllt',
            'K.-o.-Kriterium',
        ]);
        expect(text(authority, '.panel__questions button')).toBe('Leitfragen anzeigen');
        expect(text(authority, '.panel__counter')).toBe('0/2000 Zeichen');

        await rate(board, 'Need', 'Met');
        const summary = summaryRoot(board);
        expect(text(summary, '.summary__preview')).toBe('Ungespeicherte Vorschau');
        expect(text(summary, '[data-status]')).toBe('Qualifiziert');
        expect(text(summary, '.summary__next')).toBe('Als Nächstes klären: Zeitrahmen');
        const reasons = Array.from(summary.querySelectorAll('.summary__reasons li')).map(
            (item) => item.textContent ?? '',
        );
        expect(reasons[1]).toContain('Entscheidungsbefugnis');
        expect(reasons[1]).toContain('Teilweise erfüllt');
        await expect(board).toBeAccessible();
    });
});
