import { flush } from '../../qualificationBoard/__tests__/support/board';
import { setup } from '@sa11y/jest';
import { mount, page, pageMock, row, ROWS, texts } from './support/pipelinePage';

jest.mock(
    '@salesforce/apex/QualificationPipelineController.getPipelinePage',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);

jest.mock('@salesforce/client/formFactor', () => ({ __esModule: true, default: 'Small' }), {
    virtual: true,
});

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](reference: unknown): void {
                mockNavigate(reference);
            }
        };
    NavigationMixin.Navigate = Navigate;
    return { NavigationMixin };
});

jest.mock('../pipelineLabels', () =>
    jest.requireActual('./support/pipelineLabelTexts').labelsModule('en'),
);

setup();
jest.setTimeout(30000);

beforeEach(() => {
    pageMock.mockReset();
    pageMock.mockResolvedValue(page(ROWS));
});

describe('c-qualification-pipeline on a phone', () => {
    it('lists status, weakest dimension and a strip of swatches, and opens a record', async () => {
        const { root } = await mount();
        expect(root.querySelector('[role="grid"]')).toBeNull();
        const items = root.querySelectorAll('.pipeline__item-button');
        expect(items).toHaveLength(3);
        expect(texts(root, '.pipeline__item-line').slice(0, 2)).toEqual([
            'Status: Working',
            'Weakest dimension: Budget',
        ]);
        const strip = Array.from(items[0]!.querySelectorAll('.pipeline__strip-swatch')).map(
            (node) => node.getAttribute('title'),
        );
        expect(strip).toEqual(['Budget: Not met', 'Authority: Met']);
        (items[1] as HTMLButtonElement).click();
        expect(mockNavigate).toHaveBeenCalledWith(
            expect.objectContaining({ attributes: expect.objectContaining({ recordId: '006B' }) }),
        );
        await expect(root.host).toBeAccessible();
    });

    it('works out the weakest dimension from the readable ratings when its stored field is hidden, and names a status the options do not know as stored', async () => {
        pageMock.mockResolvedValue(
            page(
                [
                    row(
                        '006Z',
                        'Zeta',
                        { Budget: 'Partly_Met', Authority: 'Not_Met' },
                        { status: 'Custom' },
                    ),
                ],
                {
                    hiddenColumns: ['weakest'],
                    statusOptions: [],
                },
            ),
        );
        const { root } = await mount();
        expect(texts(root, '.pipeline__item-line')).toEqual([
            'Status: Custom',
            'Weakest dimension: Authority',
        ]);
        pageMock.mockRejectedValue(new Error('offline'));
        const select = root.querySelector('select[data-filter="scope"]') as HTMLSelectElement;
        select.value = 'all';
        select.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(root.querySelector('[role="alert"]')?.textContent).toBe(
            'The pipeline could not be loaded: offline',
        );
    });
});
