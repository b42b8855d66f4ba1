import { setup } from '@sa11y/jest';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import bantConfig from './data/boardConfigBant.json';
import leadRecordData from './data/leadRecord.json';
import {
    button,
    click,
    clone,
    mountBoard,
    panelFor,
    rate,
    shadow,
    summaryRoot,
    tiles,
    toFirstStep,
} from './support/board';
import { germanBoardConfig, germanLabels } from './support/labels';
import { horizonRecord, withTimelineHorizon } from './support/horizon';

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

// Apex serves the configuration in the user's language: here built from the shipped translations.
const config = germanBoardConfig(bantConfig as unknown as BoardConfig);

function text(root: ParentNode, selector: string): string {
    return root.querySelector(selector)?.textContent?.trim() ?? '';
}

function texts(root: ParentNode, selector: string): string[] {
    return Array.from(root.querySelectorAll(selector)).map(
        (item) => item.textContent?.trim() ?? '',
    );
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
        const budget = shadow(panelFor(board, 'Budget'));
        expect(text(budget, '.panel__gate')).toBe('Pflichtkriterium');
        expect(text(budget, '.panel__value label')).toBe('Budgetbetrag');
        const authority = shadow(panelFor(board, 'Authority'));
        expect(text(authority, '.panel__name')).toBe('Entscheidungsbefugnis');
        expect(authority.querySelector('.panel__gate')).toBeNull();
        const rating = shadow(authority.querySelector('c-qualification-rating')!);
        // The scale's German values, as the rating value set's translation ships them.
        expect(texts(rating, '.rating__text')).toEqual(config.ratingScale.map((o) => o.label));
        expect(texts(rating, '.rating__text').slice(0, 4)).toEqual([
            'Noch nicht geklärt',
            'Nicht erfüllt',
            'Teilweise erfüllt',
            'Erfüllt',
        ]);
        expect(text(authority, '.panel__questions-toggle')).toBe('Leitfragen anzeigen');
        const firstQuestion = germanLabels().get('BB_Question_Budget_1');
        expect(firstQuestion).not.toBe(bantConfig.framework.dimensions[0]!.questions[0]);
        expect(texts(budget, 'ol.panel__questions li')[0]).toBe(firstQuestion);
        expect(firstQuestion).toMatch(/^Aus welchem Budget/);
        expect(text(authority, '.panel__counter')).toBe('0/2000 Zeichen');

        await rate(board, 'Need', 'Met');
        const summary = summaryRoot(board);
        expect(text(summary, '.summary__preview')).toBe('Ungespeicherte Vorschau');
        expect(text(summary, '[data-status]')).toBe('Qualifiziert');
        expect(text(summary, '.summary__next')).toBe('Als Nächstes klären: Zeitrahmen');
        const reasons = texts(summary, '.summary__reasons li');
        expect(reasons[1]).toContain('Entscheidungsbefugnis');
        expect(reasons[1]).toContain('Teilweise erfüllt');
        await expect(board).toBeAccessible();
    });

    it('gives the reasons in German on a record last saved in English', async () => {
        const record = clone(leadRecordData) as unknown as RecordRepresentation;
        expect(record.fields.BB_Qualification_Explanation__c?.value).toContain(
            'Score 40 is below the threshold of 70.',
        );
        const board = await mountBoard({ config, record });

        const summary = summaryRoot(board);
        expect(text(summary, '[data-status]')).toBe('Weiter pflegen');
        const german = germanLabels();
        const fill = (label: string, values: Record<string, string>): string =>
            (german.get(label) ?? label).replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
        const need = german.get('BB_Dimension_Need')!;
        const authority = german.get('BB_Dimension_Authority')!;
        expect(texts(summary, '.summary__reasons li')).toEqual([
            fill('BB_Reason_Score_Below_Threshold', { score: '40', threshold: '70' }),
            fill('BB_Reason_Gate_Not_Met', { dimension: need }),
            fill('BB_Reason_Weak_Dimension', { dimension: authority, value: 'Teilweise erfüllt' }),
        ]);
        expect(texts(summary, '.summary__reasons li')[1]).toContain('Bedarf');
    });

    it('says in German that the decision date came within its horizon since the last Auswertung', async () => {
        const { record, evaluatedDay } = horizonRecord(
            leadRecordData as unknown as RecordRepresentation,
            { daysAgo: 40, daysAhead: 60, stored: { status: 'Nurture', score: 100 } },
        );
        const board = await mountBoard({ config: withTimelineHorizon(config, 90), record });

        // The test runner's locale is en-US; on the platform the date follows the user's locale.
        const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
        const timeline = germanLabels().get('BB_Dimension_Timeline')!;
        expect(text(summaryRoot(board), '.summary__stale')).toBe(
            `Gespeichert: Weiter pflegen mit Punktzahl 100, so wurden diese Einschätzungen am ${day.format(new Date(`${evaluatedDay}T12:00:00Z`))} zuletzt ausgewertet. Seitdem ist das Datum beim Kriterium „${timeline}“ in seinen Horizont gerückt; heute ergeben sie Qualifiziert mit Punktzahl 100. Der tägliche Horizont-Job oder Speichern bringt den Datensatz auf den aktuellen Stand.`,
        );
    });

    it('puts the German guiding questions in front in the interview and on a canvas editor', async () => {
        const record = clone(leadRecordData) as unknown as RecordRepresentation;
        const interview = await mountBoard({ config, record, layout: 'interview' });
        await toFirstStep(interview);
        const first = shadow(panelFor(interview, 'Budget'));
        expect(text(first, '.panel__guide-title')).toBe('Leitfragen');
        expect(texts(first, '.panel__guide-list li')[0]).toBe(
            germanLabels().get('BB_Question_Budget_1'),
        );
        await expect(interview).toBeAccessible();
        document.body.removeChild(interview);

        const canvas = await mountBoard({ config, record, layout: 'canvas' });
        const budget = shadow(tiles(canvas)[0]!);
        expect(text(budget, '.tile__rating-text')).toBe('Erfüllt');
        expect(text(budget, '.tile__gate')).toBe('Pflichtkriterium');
        expect(text(shadow(tiles(canvas)[3]!), '.tile__evidence')).toBe('Noch keine Belege');
        await click(budget.querySelector<HTMLButtonElement>('button.tile')!);
        expect(text(shadow(panelFor(canvas, 'Budget')), '.panel__done')).toBe('Fertig');
        await expect(canvas).toBeAccessible();
    });
});
