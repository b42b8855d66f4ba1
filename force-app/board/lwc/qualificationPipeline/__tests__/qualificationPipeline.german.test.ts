import { createElement } from 'lwc';
import { flush } from '../../qualificationBoard/__tests__/support/board';
import QualificationPipeline from 'c/qualificationPipeline';
import getPipelinePage from '@salesforce/apex/QualificationPipelineController.getPipelinePage';
import { germanLabels } from '../../qualificationBoard/__tests__/support/labels';
import { queryAll } from './support/pipelinePage';

jest.mock(
    '@salesforce/apex/QualificationPipelineController.getPipelinePage',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);
jest.mock('../pipelineLabels', () =>
    jest.requireActual('./support/pipelineLabelTexts').labelsModule('de'),
);

jest.setTimeout(30000);

it('shows the German labels, the gap counts and the hidden column in German', async () => {
    (getPipelinePage as unknown as jest.Mock).mockResolvedValue({
        objectApiName: 'Opportunity',
        frameworkName: 'BANT',
        frameworkLabel: 'BANT',
        dimensions: [
            { key: 'Budget', label: 'Budget', isGate: true, readable: true, weight: 3 },
            { key: 'Need', label: 'Bedarf', isGate: true, readable: false, weight: 2 },
        ],
        hiddenColumns: [],
        ratingLabels: {
            Not_Met: 'Nicht erfüllt',
            Blocker: 'Ausschlussgrund',
            Not_Explored: 'Noch nicht geklärt',
        },
        statusOptions: [],
        stageOptions: [],
        rows: [
            {
                id: '006A',
                name: 'Acme',
                ownerName: 'Ada',
                stage: null,
                status: null,
                score: null,
                completeness: null,
                amount: null,
                closeDate: null,
                weakestDimension: null,
                nextGate: null,
                nextGateStatus: null,
                ratings: { Budget: 'Not_Met' },
            },
        ],
        hasMore: false,
        nextCursorValue: null,
        nextCursorId: null,
    });
    const element = createElement('c-qualification-pipeline', { is: QualificationPipeline });
    document.body.appendChild(element);
    await flush();
    const root = element.shadowRoot as ShadowRoot;
    const german = germanLabels();
    expect(root.querySelector('.pipeline__title')?.textContent).toBe(
        german.get('BB_Pipeline_Title'),
    );
    expect(root.querySelector('.pipeline__counts td')?.textContent).toBe(
        'Lücken in den 1 geladenen Zeilen',
    );
    expect(root.querySelector('.pipeline__hidden')?.textContent).toBe(
        'Ihr Feldzugriff verbirgt: Bedarf',
    );
    expect(queryAll(root, '.pipeline__rating')[0]?.textContent?.trim()).toBe('Nicht erfüllt');
});
