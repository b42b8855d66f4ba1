import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationGateChecklist from 'c/qualificationGateChecklist';
import { getRecord } from 'lightning/uiRecordApi';
import type {
    BoardConfig,
    BoardStageGate,
} from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { StageGateEvaluation } from 'c/qualificationEngine';
import { flush } from '../../qualificationRoundStart/__tests__/support';

const mockLanguage = { current: 'en' as 'en' | 'de' };

// The labels as the org serves them, from the shipped label files, in the language the test sets.
jest.mock('../gateChecklistLabels', () => {
    const actual = jest.requireActual('../gateChecklistLabels');
    const { boardLabels, germanLabels } = jest.requireActual(
        '../../qualificationBoard/__tests__/support/labels',
    );
    const keys = Object.keys(actual.GATE_LABELS).filter((key) => key !== 'None');
    const english = Object.fromEntries(keys.map((key: string) => [key, `Stage_Gate_${key}`]));
    const texts = (language: 'en' | 'de'): Record<string, string> => {
        const found = boardLabels(language, Object.values(english));
        const none = language === 'de' ? germanLabels().get('BB_Gate_Value_None') : 'none';
        return {
            ...Object.fromEntries(keys.map((key: string) => [key, found[english[key]]])),
            None: none,
        };
    };
    const both = { en: texts('en'), de: texts('de') };
    const labels = new Proxy(
        {},
        { get: (_target, key: string) => both[mockLanguage.current][key] },
    );
    return { ...actual, GATE_LABELS: labels };
});

setup();
jest.setTimeout(30000);

interface TestWireAdapter {
    emit(value: unknown): void;
    getLastConfig(): Record<string, unknown>;
}
const recordAdapter = getRecord as unknown as TestWireAdapter;

type Element = HTMLElement & {
    recordId: string;
    config: BoardConfig;
    evaluation: StageGateEvaluation;
    unsaved: boolean;
};

const STAGES = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
].map((value) => ({ value, label: value, closed: false, won: false }));

const NEGOTIATION: BoardStageGate = {
    name: 'Opportunity_Any_Negotiation',
    objectApiName: 'Opportunity',
    stage: 'Negotiation/Review',
    framework: null,
    minimumStatus: 'Qualified',
    minimumScore: 60,
    requirements: 'Authority:Met;Budget:Partly_Met',
    active: true,
};

function dimension(key: string, label: string) {
    return {
        key,
        label,
        order: 1,
        weight: 1,
        isGate: false,
        ratingField: `BB_${key}_Rating__c`,
        evidenceField: `BB_${key}_Evidence__c`,
        valueField: null,
        ratingEditable: true,
        evidenceEditable: true,
        valueEditable: false,
        questions: [],
    };
}

function config(changes: Partial<BoardConfig> = {}): BoardConfig {
    return {
        objectApiName: 'Opportunity',
        resolvedFrom: 'record',
        framework: {
            name: 'BANT',
            label: 'BANT',
            description: '',
            qualifiedThreshold: 70,
            minimumCompleteness: 50,
            dimensions: [dimension('Budget', 'Budget'), dimension('Authority', 'Authority')],
        },
        ratingScale: [
            { value: 'Not_Explored', label: 'Not yet explored' },
            { value: 'Not_Met', label: 'Not met' },
            { value: 'Partly_Met', label: 'Partly met' },
            { value: 'Met', label: 'Met' },
        ],
        reasonTemplates: {},
        statusLabels: { Nurture: 'Nurture', Qualified: 'Qualified' },
        frameworkEditable: true,
        stages: STAGES,
        stageGates: [NEGOTIATION],
        ...changes,
    };
}

const SHORT: StageGateEvaluation = {
    status: 'Nurture',
    score: 55,
    answers: { Authority: 'Partly_Met', Budget: 'Met' },
};

async function mount(
    settings: { config?: BoardConfig; evaluation?: StageGateEvaluation; stage?: string } = {},
): Promise<Element> {
    const element = createElement('c-qualification-gate-checklist', {
        is: QualificationGateChecklist,
    }) as Element;
    element.recordId = '006000000000001AAA';
    element.config = settings.config ?? config();
    element.evaluation = settings.evaluation ?? SHORT;
    document.body.appendChild(element);
    await flush();
    if (settings.stage !== undefined) {
        recordAdapter.emit({
            apiName: 'Opportunity',
            id: '006000000000001AAA',
            fields: { StageName: { value: settings.stage, displayValue: null } },
        });
        await flush();
    }
    return element;
}

function items(element: Element): Array<{ text: string; met: string | null }> {
    return Array.from((element.shadowRoot as ShadowRoot).querySelectorAll('li')).map((item) => ({
        text: ['.checklist__criterion', '.checklist__now', '.checklist__state']
            .map((part) => item.querySelector(part)?.textContent?.trim())
            .join(' '),
        met: item.getAttribute('data-met'),
    }));
}

function textOf(element: Element, selector: string): string | undefined {
    return (element.shadowRoot as ShadowRoot).querySelector(selector)?.textContent?.trim();
}

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    mockLanguage.current = 'en';
});

describe('c-qualification-gate-checklist', () => {
    it('asks for the stage only on an Opportunity with gates', async () => {
        await mount({ stage: 'Needs Analysis' });
        expect(recordAdapter.getLastConfig()).toEqual({
            recordId: '006000000000001AAA',
            fields: ['Opportunity.StageName'],
        });
    });

    it('lists the next gate with every criterion, its current value, and a word for met or open', async () => {
        const element = await mount({ stage: 'Needs Analysis' });
        expect(textOf(element, 'h3')).toBe('Next stage gate: Negotiation/Review');
        expect(textOf(element, '[data-id="gate-summary"]')).toBe('1 of 4 met');
        expect(items(element)).toEqual([
            { text: 'Status at least Qualified now Nurture Open', met: 'false' },
            { text: 'Score at least 60 now 55 Open', met: 'false' },
            { text: 'Authority: Met now Partly met Open', met: 'false' },
            { text: 'Budget: at least Partly met now Met Done', met: 'true' },
        ]);
        await expect(element).toBeAccessible();
    });

    it('turns each criterion to Done as the evaluation reaches it, and says when the move is ready', async () => {
        const element = await mount({ stage: 'Needs Analysis' });
        element.evaluation = {
            status: 'Qualified',
            score: 80,
            answers: { Authority: 'Met', Budget: 'Partly_Met' },
        };
        element.unsaved = true;
        await flush();
        expect(items(element).map((item) => item.met)).toEqual(['true', 'true', 'true', 'true']);
        expect(items(element)[2]?.text).toBe('Authority: Met now Met Done');
        expect(textOf(element, '[data-id="gate-summary"]')).toBe(
            'Ready to move to Negotiation/Review.',
        );
        expect(textOf(element, '.checklist__note')).toBe(
            'Includes your unsaved ratings; the gate is checked when the stage changes.',
        );
        await expect(element).toBeAccessible();
    });

    it('shows nothing past the last gate, without gates, or before the stage is known', async () => {
        expect(items(await mount({ stage: 'Negotiation/Review' }))).toEqual([]);
        expect(
            items(await mount({ config: config({ stageGates: [] }), stage: 'Prospecting' })),
        ).toEqual([]);
        expect(items(await mount())).toEqual([]);
        expect(
            items(await mount({ config: config({ stageGates: undefined, stages: undefined }) })),
        ).toEqual([]);
    });

    it('skips an invalid gate, as the trigger does', async () => {
        const broken = { ...NEGOTIATION, name: 'Broken', stage: 'Negotiation' };
        const element = await mount({
            config: config({ stageGates: [broken] }),
            stage: 'Prospecting',
        });
        expect(items(element)).toEqual([]);
    });

    it('shows the conversion gate on a Lead, in German', async () => {
        mockLanguage.current = 'de';
        const lead = config({
            objectApiName: 'Lead',
            stages: [],
            statusLabels: { Nurture: 'Pflegen', Disqualified: 'Disqualifiziert' },
            ratingScale: [{ value: 'Partly_Met', label: 'Teilweise erfüllt' }],
            stageGates: [
                {
                    ...NEGOTIATION,
                    name: 'Lead_Conversion',
                    objectApiName: 'Lead',
                    stage: null,
                    minimumStatus: 'Nurture',
                    minimumScore: null,
                    requirements: 'Budget:Partly_Met',
                },
            ],
        });
        const element = await mount({
            config: lead,
            evaluation: { status: 'Disqualified', score: 0, answers: {} },
        });
        expect(textOf(element, 'h3')).toBe('Vor der Umwandlung dieses Leads');
        expect(textOf(element, '[data-id="gate-summary"]')).toBe('0 von 2 erfüllt');
        expect(items(element)).toEqual([
            { text: 'Status mindestens Pflegen jetzt Disqualifiziert Offen', met: 'false' },
            {
                text: 'Budget: mindestens Teilweise erfüllt jetzt keine Angabe Offen',
                met: 'false',
            },
        ]);
        element.evaluation = { status: 'Nurture', score: 40, answers: { Budget: 'Met' } };
        await flush();
        expect(textOf(element, '[data-id="gate-summary"]')).toBe('Bereit zur Umwandlung.');
        expect(items(element)[0]?.text).toBe('Status mindestens Pflegen jetzt Pflegen Erledigt');
    });
});
