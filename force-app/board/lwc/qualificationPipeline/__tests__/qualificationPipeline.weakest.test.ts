import { setup } from '@sa11y/jest';
import { mount, page, pageMock, row, texts } from './support/pipelinePage';

jest.mock(
    '@salesforce/apex/QualificationPipelineController.getPipelinePage',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true },
);

jest.mock('../pipelineLabels', () =>
    jest.requireActual('./support/pipelineLabelTexts').labelsModule('en'),
);

setup();
jest.setTimeout(30000);

beforeEach(() => {
    pageMock.mockReset();
});

describe('c-qualification-pipeline for a user who cannot read the stored weakest dimension', () => {
    it('works it out from the readable ratings, says so in the header and offers no sort', async () => {
        pageMock.mockResolvedValue(
            page(
                [
                    row('006A', 'Acme', { Budget: 'Partly_Met', Authority: 'Not_Met' }),
                    row('006B', 'Globex', { Budget: 'Not_Met', Authority: 'Met' }),
                    row('006C', 'Initech', { Budget: 'Met', Authority: 'Met' }),
                ],
                { hiddenColumns: ['weakest'] },
            ),
        );
        const { root } = await mount();
        const header = root.querySelector('th[data-key="weakest"]') as HTMLElement;
        expect(header.querySelector('.pipeline__head-hidden')?.textContent).toBe(
            'From the ratings you can read',
        );
        expect(header.getAttribute('title')).toBe(
            'Weakest dimension cannot be sorted: it is worked out from the ratings you can read',
        );
        const col = header.getAttribute('data-col');
        // Acme: Budget loses 3 × 1, Authority 2 × 2; Globex: Budget 3 × 2; Initech: all Met.
        expect(texts(root, `tbody td[data-col="${col}"]`)).toEqual(['Authority', 'Budget', '']);
        expect(root.querySelector('.pipeline__hidden')?.textContent ?? '').not.toContain('Weakest');
        header.click();
        expect(pageMock).toHaveBeenCalledTimes(1);
        await expect(root.host).toBeAccessible();
    });
});
