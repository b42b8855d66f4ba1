/**
 * Browser tests of the pipeline view over Leads (issue 21): the design attribute `object=Lead` on the
 * preview's app page `/pipeline`, over its 600 seeded open Leads. A lead has a lead status where a deal
 * has a stage, and no amount or close date; the status filter asks the server for that lead status; a
 * row opens the lead. English and German, axe-clean.
 * Run: npx tsx --test scripts/preview/e2e/pipelineLeads.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { chromiumForThisFile, screenshot, until, type PreviewSession } from './harness';

const browser = chromiumForThisFile();
const DESKTOP = { width: 1440, height: 900 };
const LEAD_STATUSES = ['Open - Not Contacted', 'Working - Contacted'];

async function openLeadPipeline(session: PreviewSession, language: 'en' | 'de'): Promise<Page> {
    const { page } = session;
    await page.goto(`${session.server.url}/pipeline?lang=${language}&object=Lead&filter=all`);
    await page.locator('c-qualification-pipeline tbody tr').first().waitFor({ timeout: 20_000 });
    return page;
}

const leadStatusColumn = async (page: Page): Promise<string> =>
    (await page
        .locator('c-qualification-pipeline th[data-key="stage"]')
        .getAttribute('data-col')) ?? '';

const leadStatuses = async (page: Page): Promise<string[]> =>
    page
        .locator(`c-qualification-pipeline tbody td[data-col="${await leadStatusColumn(page)}"]`)
        .allInnerTexts();

describe('pipeline view over Leads', () => {
    it('shows lead status instead of stage, no amount or close date, filters and opens a lead', async () => {
        await browser.withSession(async (session) => {
            const page = await openLeadPipeline(session, 'en');
            assert.match(
                await page.locator('c-qualification-pipeline th[data-key="stage"]').innerText(),
                /Lead status/,
            );
            for (const missing of ['amount', 'closeDate']) {
                assert.equal(
                    await page
                        .locator(`c-qualification-pipeline th[data-key="${missing}"]`)
                        .count(),
                    0,
                    `a lead has no ${missing} column`,
                );
            }
            const ids = await page
                .locator('c-qualification-pipeline tbody tr')
                .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
            assert.equal(ids.length, 50, 'the first page has 50 leads');
            assert.ok(
                ids.every((id) => id.startsWith('00Q')),
                'only lead ids',
            );
            assert.ok(
                (await leadStatuses(page)).every((status) => LEAD_STATUSES.includes(status)),
                'every row shows an open lead status',
            );
            const results = await new AxeBuilder({ page })
                .include('[data-region="pipeline"]')
                .analyze();
            assert.deepEqual(
                results.violations.map((violation) => violation.id),
                [],
            );
            await screenshot(page, 'pipeline-leads-en');

            // The lead status filter is the stage filter's place for leads: the server filters.
            await page
                .locator('c-qualification-pipeline select[data-filter="stage"]')
                .selectOption('Working - Contacted');
            await until(async () => {
                const shown = await leadStatuses(page);
                return (
                    shown.length > 0 && shown.every((status) => status === 'Working - Contacted')
                );
            }, 'only leads in Working - Contacted');

            const firstId = await page
                .locator('c-qualification-pipeline tbody tr')
                .first()
                .getAttribute('data-id');
            await Promise.all([
                page.waitForURL(/\/record\//),
                page.locator('c-qualification-pipeline tbody .pipeline__cell_name').first().click(),
            ]);
            assert.ok(page.url().includes(`/record/${firstId}`), page.url());
        }, DESKTOP);
    });

    it('speaks German', async () => {
        await browser.withSession(async (session) => {
            const page = await openLeadPipeline(session, 'de');
            assert.match(
                await page.locator('c-qualification-pipeline th[data-key="stage"]').innerText(),
                /Lead-Status/,
            );
            assert.equal(
                await page
                    .locator('c-qualification-pipeline .pipeline__counts td')
                    .first()
                    .innerText(),
                'Lücken in den 50 geladenen Zeilen',
            );
            await screenshot(page, 'pipeline-leads-de');
        }, DESKTOP);
    });
});
