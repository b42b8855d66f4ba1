/**
 * Browser tests of the pipeline view (issue 21) on the preview's app page `/pipeline`: 2,400 seeded open
 * Opportunities of eight owners, served by the controller's stand-in with its filters, ordering, keyset
 * paging and field-level security. Filter, sort, page, open a record, keyboard only, a hidden dimension,
 * a phone, English and German; axe-clean; screenshots into artifacts/screenshots.
 * Run: npx tsx --test scripts/preview/e2e/pipeline.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { chromiumForThisFile, screenshot, simulate, until, type PreviewSession } from './harness';

const browser = chromiumForThisFile();
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 780 };

async function openPipeline(session: PreviewSession, query: string): Promise<Page> {
    const { page } = session;
    await page.goto(`${session.server.url}/pipeline?${query}`);
    await page.locator('c-qualification-pipeline .pipeline__shown').first().waitFor();
    await waitForRows(page);
    return page;
}

async function waitForRows(page: Page): Promise<void> {
    await page
        .locator('c-qualification-pipeline tbody tr, c-qualification-pipeline .pipeline__item')
        .first()
        .waitFor({ timeout: 20_000 });
}

const rowNames = (page: Page) =>
    page.locator('c-qualification-pipeline tbody .pipeline__cell_name').allInnerTexts();
const pipelineCalls = (session: PreviewSession) =>
    session.apiCalls.filter((call) =>
        call.endsWith('/QualificationPipelineController/getPipelinePage'),
    ).length;

async function expectAxeClean(page: Page, selector = '[data-region="pipeline"]'): Promise<void> {
    const results = await new AxeBuilder({ page }).include(selector).analyze();
    assert.deepEqual(
        results.violations.map(
            (violation) =>
                `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
        [],
    );
}

describe('pipeline view on a desktop', () => {
    it('lists my team, counts the gaps of the rows loaded, filters, sorts and pages', async () => {
        await browser.withSession(async (session) => {
            const page = await openPipeline(session, 'lang=en&filter=team');
            assert.equal(pipelineCalls(session), 1, 'one server call for the first page');
            assert.equal((await rowNames(page)).length, 50, 'the first page has 50 rows');
            const caption = await page
                .locator('c-qualification-pipeline .pipeline__counts td')
                .first()
                .innerText();
            assert.equal(caption, 'Gaps in the 50 rows loaded');
            assert.equal(
                (await page.locator('c-qualification-pipeline .pipeline__count_most').count()) >= 1,
                true,
                'a most common gap',
            );
            const owners = new Set(
                await page
                    .locator(
                        'c-qualification-pipeline tbody td[data-col="' +
                            (await ownerColumn(page)) +
                            '"]',
                    )
                    .allInnerTexts(),
            );
            assert.ok(
                !owners.has('Morgan Miller') && !owners.has('Farid Haddad'),
                `only my reports: ${[...owners].join(', ')}`,
            );
            await expectAxeClean(page);
            await screenshot(page, 'pipeline-desktop-en');

            // Sort by amount going down: the server orders, the view asks again from the first page.
            await page.locator('c-qualification-pipeline th[data-key="amount"]').click();
            await page.locator('c-qualification-pipeline th[data-key="amount"]').click();
            await until(
                async () =>
                    (await page
                        .locator('c-qualification-pipeline th[data-key="amount"]')
                        .getAttribute('aria-sort')) === 'descending',
                'the amount sort',
            );
            const amountCol = await page
                .locator('c-qualification-pipeline th[data-key="amount"]')
                .getAttribute('data-col');
            let amounts: number[] = [];
            await until(async () => {
                amounts = (
                    await page
                        .locator(`c-qualification-pipeline tbody td[data-col="${amountCol}"]`)
                        .allInnerTexts()
                ).map((text) => Number(text.replace(/[^0-9]/g, '')));
                return (
                    amounts.length === 50 &&
                    amounts.every(
                        (amount, index) => index === 0 || (amounts[index - 1] ?? 0) >= amount,
                    )
                );
            }, 'rows by amount, highest first').catch((error: unknown) => {
                throw new Error(`amounts ${amounts.join(' ')}`, { cause: error });
            });
            const callsBefore = pipelineCalls(session);

            // Load more: one further call per page, rows appended, counts over all rows loaded.
            await page.locator('c-qualification-pipeline .pipeline__more').click();
            await until(async () => (await rowNames(page)).length === 100, '100 rows');
            assert.equal(pipelineCalls(session), callsBefore + 1, 'one call for the next page');
            assert.equal(
                await page
                    .locator('c-qualification-pipeline .pipeline__counts td')
                    .first()
                    .innerText(),
                'Gaps in the 100 rows loaded',
            );
            const names = await rowNames(page);
            assert.equal(new Set(names).size, names.length, 'no row twice across pages');

            // Scrolling to the end loads the next page as well.
            await page.locator('c-qualification-pipeline .pipeline__scroll').evaluate((box) => {
                box.scrollTop = box.scrollHeight;
                box.dispatchEvent(new Event('scroll'));
            });
            await until(
                async () => (await rowNames(page)).length === 150,
                '150 rows after scrolling',
            );

            // A status filter: the server filters, the first page comes again.
            await page
                .locator('c-qualification-pipeline select[data-filter="status"]')
                .selectOption('Qualified');
            // Fewer than a page match my team, the canvas and Qualified: the first page is the only one.
            await until(async () => {
                const shown = await page
                    .locator('c-qualification-pipeline tbody td[data-col="1"]')
                    .allInnerTexts();
                return (
                    shown.length > 0 &&
                    shown.length <= 50 &&
                    shown.every((text) => text === 'Qualified')
                );
            }, 'the filtered first page');
            const statuses = new Set(
                await page
                    .locator('c-qualification-pipeline tbody td[data-col="1"]')
                    .allInnerTexts(),
            );
            assert.deepEqual([...statuses], ['Qualified']);
        }, DESKTOP);
    });

    it('works by keyboard alone and opens a record with Enter', async () => {
        await browser.withSession(async (session) => {
            const page = await openPipeline(session, 'lang=en&filter=all');
            await page.locator('c-qualification-pipeline th[data-col="0"]').focus();
            await page.keyboard.press('ArrowDown');
            await page.keyboard.press('ArrowDown');
            await page.keyboard.press('End');
            await page.keyboard.press('Home');
            const focused = await page.evaluate(() => {
                let element: Element | null = document.activeElement;
                while (element?.shadowRoot?.activeElement)
                    element = element.shadowRoot.activeElement;
                return element instanceof HTMLElement
                    ? `${element.dataset.row}:${element.dataset.col}`
                    : null;
            });
            assert.equal(focused, '2:0', 'the first record row, first cell');
            await screenshot(page, 'pipeline-keyboard-focus');
            const firstName = (await rowNames(page))[0] ?? '';
            const firstId = await page
                .locator('c-qualification-pipeline tbody tr')
                .first()
                .getAttribute('data-id');
            assert.ok(firstName !== '');
            await Promise.all([page.waitForURL(/\/record\//), page.keyboard.press('Enter')]);
            assert.ok(page.url().includes(`/record/${firstId}`), page.url());
        }, DESKTOP);
    });

    it('names a dimension the user cannot read and shows no value in it', async () => {
        await browser.withSession(async (session) => {
            await simulate(session.server, { hiddenDimension: 'Budget' });
            const page = await openPipeline(session, 'lang=en&filter=all');
            const budget = page.locator('c-qualification-pipeline th[data-key="dim:Budget"]');
            assert.match(await budget.innerText(), /Not readable for you/);
            assert.match(
                await page.locator('c-qualification-pipeline .pipeline__hidden').innerText(),
                /Budget/,
            );
            const col = await budget.getAttribute('data-col');
            const cells = await page
                .locator(`c-qualification-pipeline tbody td[data-col="${col}"]`)
                .allInnerTexts();
            assert.ok(
                cells.every((cell) => cell.startsWith('—')),
                'no Budget value shown',
            );
            await expectAxeClean(page);
            await screenshot(page, 'pipeline-hidden-dimension');
        }, DESKTOP);
    });

    it('speaks German', async () => {
        await browser.withSession(async (session) => {
            const page = await openPipeline(session, 'lang=de&filter=team');
            assert.equal(
                await page.locator('c-qualification-pipeline .pipeline__title').innerText(),
                'Qualifizierungs-Pipeline',
            );
            assert.equal(
                await page
                    .locator('c-qualification-pipeline .pipeline__counts td')
                    .first()
                    .innerText(),
                'Lücken in den 50 geladenen Zeilen',
            );
            assert.ok(
                (
                    await page.locator('c-qualification-pipeline .pipeline__rating').allInnerTexts()
                ).some((text) =>
                    /Erfüllt|Nicht erfüllt|Ausschlussgrund|Noch nicht geklärt|Teilweise erfüllt/.test(
                        text,
                    ),
                ),
            );
            await expectAxeClean(page);
            await screenshot(page, 'pipeline-desktop-de');
        }, DESKTOP);
    });
});

describe('pipeline view on a phone', () => {
    it('lists status, weakest dimension and a strip of swatches, in English and German', async () => {
        await browser.withSession(async (session) => {
            for (const language of ['en', 'de']) {
                const page = await openPipeline(
                    session,
                    `lang=${language}&filter=team&device=phone&frame=1`,
                );
                assert.equal(
                    await page.locator('c-qualification-pipeline [role="grid"]').count(),
                    0,
                    'no grid on a phone',
                );
                const items = page.locator('c-qualification-pipeline .pipeline__item');
                assert.equal(await items.count(), 50);
                assert.ok(
                    (await items.first().locator('.pipeline__strip-swatch').count()) > 0,
                    'a strip of swatches',
                );
                const width = await page.evaluate(() => document.documentElement.scrollWidth);
                assert.ok(width <= PHONE.width, `no sideways scrolling (${width} px)`);
                await expectAxeClean(page);
                await screenshot(page, `pipeline-phone-${language}`);
            }
        }, PHONE);
    });
});

async function ownerColumn(page: Page): Promise<string> {
    return (
        (await page
            .locator('c-qualification-pipeline th[data-key="owner"]')
            .getAttribute('data-col')) ?? ''
    );
}

/** LWC gives template ids a suffix: the framework filter's label is the one beside its select. */
const FRAMEWORK_LABEL =
    'c-qualification-pipeline .pipeline__filter:has(select[data-filter="framework"]) label';

/** The view's order of a rating going up: weakest first, a blank cell counted as not yet explored. */
const RATING_RANK: Readonly<Record<string, number>> = {
    Blocker: 0,
    Not_Met: 1,
    Not_Explored: 2,
    Partly_Met: 3,
    Met: 4,
};

/** Each record row's Id and its rating in one dimension column, in the order shown. */
async function ratingsShown(page: Page, dimension: string): Promise<Array<[string, string]>> {
    const col = await page
        .locator(`c-qualification-pipeline th[data-key="dim:${dimension}"]`)
        .getAttribute('data-col');
    return page.locator('c-qualification-pipeline [role="row"][data-id]').evaluateAll(
        (rows, column) =>
            rows.map((row): [string, string] => {
                const cell = row.querySelector(`[data-col="${column}"]`);
                const rated = cell?.matches('[data-rating]')
                    ? cell
                    : cell?.querySelector('[data-rating]');
                return [
                    (row as HTMLElement).dataset.id ?? '',
                    (rated as HTMLElement | null | undefined)?.dataset.rating ?? '',
                ];
            }),
        col,
    );
}

describe('pipeline view: framework filter and sorting over all pages', () => {
    it('switches the framework: the first page again, with that framework’s dimensions as columns', async () => {
        await browser.withSession(async (session) => {
            const page = await openPipeline(session, 'lang=en&filter=all');
            const select = page.locator('c-qualification-pipeline select[data-filter="framework"]');
            assert.equal(await select.inputValue(), 'Beyond_BANT_Canvas', 'the default for deals');
            const options = await select.locator('option').allInnerTexts();
            assert.ok(
                ['BANT', 'GPCTBA/C&I'].every((label) => options.includes(label)),
                options.join(', '),
            );
            assert.equal(await page.locator(FRAMEWORK_LABEL).first().innerText(), 'Framework');
            const calls = pipelineCalls(session);
            await select.selectOption('BANT');
            await until(
                async () =>
                    (await page
                        .locator('c-qualification-pipeline th.pipeline__head_dimension')
                        .evaluateAll((headers) =>
                            headers.map((header) => (header as HTMLElement).dataset.key).join(),
                        )) === 'dim:Budget,dim:Authority,dim:Need,dim:Timeline',
                'the BANT dimensions as columns',
            );
            assert.equal(pipelineCalls(session), calls + 1, 'one call for the new first page');
            assert.equal(
                await page.locator('c-qualification-pipeline .pipeline__framework').innerText(),
                'Framework: BANT',
            );
            assert.ok((await rowNames(page)).length <= 50, 'the first page again');
            await expectAxeClean(page);
            await screenshot(page, 'pipeline-framework-filter');

            // The design attribute chooses where the view starts; German labels the filter.
            const german = await openPipeline(session, 'lang=de&filter=all&framework=GPCTBA_CI');
            assert.equal(
                await german
                    .locator('c-qualification-pipeline select[data-filter="framework"]')
                    .inputValue(),
                'GPCTBA_CI',
            );
            assert.equal(
                await german.locator(FRAMEWORK_LABEL).first().innerText(),
                'Qualifizierungsmodell',
            );
        }, DESKTOP);
    });

    it('sorts a dimension on the server: weakest first, and the order holds across the page boundary', async () => {
        await browser.withSession(async (session) => {
            const page = await openPipeline(session, 'lang=en&filter=all');
            // Fewer rows (one status) so the first page ends inside the order, not in its first group.
            await page
                .locator('c-qualification-pipeline select[data-filter="status"]')
                .selectOption('Working');
            await until(
                async () =>
                    (
                        await page
                            .locator('c-qualification-pipeline tbody td[data-col="1"]')
                            .allInnerTexts()
                    ).every((text) => text === 'Working'),
                'the Working deals',
            );
            const budget = page.locator('c-qualification-pipeline th[data-key="dim:Budget"]');
            const calls = pipelineCalls(session);
            await budget.click();
            await until(
                async () =>
                    (await budget.getAttribute('aria-sort')) === 'ascending' &&
                    pipelineCalls(session) === calls + 1 &&
                    (await ratingsShown(page, 'Budget'))[0]?.[1] === 'Blocker',
                'the Budget sort from the server',
            );
            assert.equal((await rowNames(page)).length, 50);

            await page.locator('c-qualification-pipeline .pipeline__scroll').evaluate((box) => {
                box.scrollTop = box.scrollHeight;
                box.dispatchEvent(new Event('scroll'));
            });
            await until(async () => (await rowNames(page)).length > 50, 'the second page');
            const shown = await ratingsShown(page, 'Budget');
            assert.equal(new Set(shown.map(([id]) => id)).size, shown.length, 'no row twice');
            const ranks = shown.map(([, rating]) => RATING_RANK[rating] ?? -1);
            assert.ok(!ranks.includes(-1), `every Budget cell has a rating: ${ranks.join()}`);
            for (let i = 1; i < shown.length; i++) {
                const [previousId, previous] = shown[i - 1]!;
                const [currentId, current] = shown[i]!;
                assert.ok(ranks[i - 1]! <= ranks[i]!, `row ${i}: ${previous} before ${current}`);
                if (previous === current)
                    assert.ok(previousId < currentId, `row ${i}: the Id breaks the tie`);
            }
            assert.ok(
                ranks[49]! < ranks[ranks.length - 1]!,
                `the rows go on past the first page's group: ${ranks.join()}`,
            );
            await screenshot(page, 'pipeline-sorted-by-dimension');
        }, DESKTOP);
    });
});
