/**
 * Browser tests of the record page preview: the real board components in headless Chromium against the
 * platform fakes. Run: node --import tsx --test scripts/preview/e2e/*.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { label, panel, rate, statusOf, tile, waitForStatus } from './board';
import {
    chromiumForThisFile,
    LEAD_ID,
    OPPORTUNITY_ID,
    screenshot,
    simulate,
    storedFields,
} from './harness';

const { withSession } = chromiumForThisFile();

// Locators, not document.querySelector: synthetic shadow hides component internals from page scripts, as in Lightning Experience.
const scoreText = (page: Page) => page.locator('.summary__score').innerText();
const waitUntilSaved = (page: Page) => page.locator('button.board__save:disabled').waitFor();

async function save(page: Page): Promise<void> {
    await page.locator('button.board__save').click();
}

describe('record page preview', () => {
    for (const layout of ['panels', 'canvas', 'interview'] as const) {
        it(`renders the ${layout} layout for the Lead and the Opportunity`, async () => {
            await withSession(async ({ page, open, server }) => {
                for (const [name, id, dimensions, status] of [
                    ['lead', LEAD_ID, 4, 'Nurture'],
                    ['opportunity', OPPORTUNITY_ID, 11, 'Working'],
                ] as const) {
                    await open(`/record/${id}?layout=${layout}`);
                    const shown = await page
                        .locator(layout === 'canvas' ? 'button.tile' : 'section[data-key]')
                        .count();
                    assert.equal(
                        shown,
                        layout === 'interview' ? 1 : dimensions,
                        `${name}: dimensions shown in ${layout}`,
                    );
                    // The sample data's verdict, as the trigger stand-in stored it and the rules give it today.
                    assert.equal(await statusOf(page), status, `${name}: status`);
                    assert.equal(
                        (await storedFields(server, id)).BB_Qualification_Status__c,
                        status,
                    );
                    assert.equal(await page.locator('.summary__stale').count(), 0);
                    await screenshot(page, `${layout}-${name}`);
                }
            });
        });
    }

    it('previews score and status while rating, before anything is saved', async () => {
        await withSession(async ({ page, open, apiCalls }) => {
            await open(`/record/${LEAD_ID}`);
            assert.equal(await statusOf(page), 'Nurture');
            const before = await scoreText(page);
            await rate(page, 'Budget', 'Met');
            await rate(page, 'Authority', 'Met');
            await rate(page, 'Timeline', 'Met');
            await waitForStatus(page, 'Qualified');
            assert.notEqual(await scoreText(page), before);
            assert.match(await scoreText(page), /100/);
            await screenshot(page, 'preview-before-save');
            assert.equal(
                apiCalls.filter((call) => call.startsWith('PATCH')).length,
                0,
                'nothing saved yet',
            );
            await rate(page, 'Need', 'Blocker');
            await waitForStatus(page, 'Disqualified');
        });
    });

    it('saves only the changed fields and keeps them after a reload', async () => {
        await withSession(async ({ page, open, server, apiCalls, savedFields }) => {
            await open(`/record/${LEAD_ID}`);
            await rate(page, 'Authority', 'Met');
            await panel(page, 'Authority')
                .locator('textarea')
                .fill('Jana signs up to 100k; confirmed by email.');
            const scoreBefore = (await storedFields(server, LEAD_ID)).BB_Qualification_Score__c;
            await save(page);
            await waitUntilSaved(page);
            const stored = await storedFields(server, LEAD_ID);
            assert.equal(stored.BB_Authority_Rating__c, 'Met');
            assert.equal(
                stored.BB_Authority_Evidence__c,
                'Jana signs up to 100k; confirmed by email.',
            );
            // Budget ½ × 3 + Authority 1 × 2 + Need 1 × 3 of 10: 65, evaluated on save as the trigger does.
            assert.equal(stored.BB_Qualification_Score__c, 65);
            assert.notEqual(scoreBefore, 65);
            // The highlights panel is another component wired to the record: the save reaches it through the LDS cache.
            await page
                .locator('[data-field="BB_Qualification_Score__c"]', { hasText: '65' })
                .waitFor();
            assert.equal(stored.BB_Qualification_Framework__c, 'BANT');
            assert.equal(apiCalls.filter((call) => call.startsWith('PATCH')).length, 1);
            assert.deepEqual(Object.keys(savedFields[0] ?? {}).sort(), [
                'BB_Authority_Evidence__c',
                'BB_Authority_Rating__c',
            ]);

            await page.reload();
            await page.locator('c-qualification-summary .summary').waitFor();
            assert.ok(await panel(page, 'Authority').locator('input[value="Met"]').isChecked());
            assert.equal(
                await panel(page, 'Authority').locator('textarea').inputValue(),
                'Jana signs up to 100k; confirmed by email.',
            );
            await screenshot(page, 'saved-and-reloaded');
        });
    });

    it('keeps the edits when the save fails on the network, and saves them on retry', async () => {
        await withSession(async ({ page, open, server }) => {
            await open(`/record/${LEAD_ID}`);
            await rate(page, 'Timeline', 'Partly_Met');
            await simulate(server, { failNextSave: true });
            await save(page);
            const problem = page.locator('.board__problem');
            await problem.waitFor();
            assert.equal(await problem.getAttribute('data-kind'), 'network');
            assert.equal(
                await page.locator('.board__problem-text').innerText(),
                await label('BB_Board_Error_Network', 'en'),
            );
            assert.ok(
                await panel(page, 'Timeline').locator('input[value="Partly_Met"]').isChecked(),
                'the edit is still there',
            );
            await screenshot(page, 'save-failed-network');
            assert.equal(
                (await storedFields(server, LEAD_ID)).BB_Timeline_Rating__c,
                'Not_Explored',
            );
            await page.locator('.board__retry').click();
            await problem.waitFor({ state: 'detached' });
            assert.equal((await storedFields(server, LEAD_ID)).BB_Timeline_Rating__c, 'Partly_Met');
        });
    });

    it('explains a conflict when someone else saved the record in between', async () => {
        await withSession(async ({ page, open, server }) => {
            await open(`/record/${LEAD_ID}`);
            await rate(page, 'Authority', 'Partly_Met');
            await simulate(server, { someoneElseEdits: LEAD_ID });
            await save(page);
            const problem = page.locator('.board__problem');
            await problem.waitFor();
            assert.equal(await problem.getAttribute('data-kind'), 'conflict');
            assert.equal(
                await page.locator('.board__problem-text').innerText(),
                await label('BB_Board_Error_Conflict', 'en'),
            );
            assert.ok(
                await page.locator('.board__reload').isVisible(),
                'the user is offered a reload',
            );
            assert.ok(
                await panel(page, 'Authority').locator('input[value="Partly_Met"]').isChecked(),
                'the edit is kept',
            );
            assert.equal(
                (await storedFields(server, LEAD_ID)).BB_Authority_Rating__c,
                'Not_Explored',
                'the colleague’s version was not overwritten',
            );
            await screenshot(page, 'save-conflict');
        });
    });

    it('shows a validation error on the field it belongs to', async () => {
        await withSession(async ({ page, open, server }) => {
            await open(`/record/${OPPORTUNITY_ID}?layout=canvas`);
            await tile(page, 'Budget').click();
            await rate(page, 'Budget', 'Met');
            await simulate(server, { rejectNextSave: true });
            await save(page);
            await page.locator('.board__problem').waitFor();
            assert.equal(
                await page.locator('.board__problem').getAttribute('data-kind'),
                'validation',
            );
            assert.match(
                await panel(page, 'Budget').locator('.panel__error').innerText(),
                /Simulated validation rule/,
            );
            await screenshot(page, 'save-validation-error');
        });
    });

    it('degrades when the user cannot read a dimension’s fields', async () => {
        await withSession(async ({ page, open, server }) => {
            await simulate(server, { hiddenDimension: 'Budget' });
            await open(`/record/${LEAD_ID}`);
            assert.equal(
                await panel(page, 'Budget').locator('input[type="radio"]').count(),
                0,
                'no rating to edit',
            );
            // The panel names each field the user cannot see, in the words of the board's labels.
            const hidden = await label('BB_Board_Field_Hidden', 'en');
            const budget = await label('BB_Dimension_Budget', 'en');
            const named = async (name: string) =>
                hidden.replace('{0}', (await label(name, 'en')).replace('{0}', budget));
            assert.deepEqual(
                await panel(page, 'Budget').locator('.panel__hidden').allInnerTexts(),
                [
                    await named('BB_Board_Rating_Of'),
                    await named('BB_Board_Evidence_Of'),
                    hidden.replace('{0}', 'Budget Amount'),
                ],
            );
            await rate(page, 'Authority', 'Met');
            await save(page);
            await waitUntilSaved(page);
            await simulate(server, { hiddenDimension: null });
            assert.equal((await storedFields(server, LEAD_ID)).BB_Authority_Rating__c, 'Met');
            assert.equal(
                (await storedFields(server, LEAD_ID)).BB_Budget_Rating__c,
                'Partly_Met',
                'the hidden rating was left alone',
            );
            await screenshot(page, 'hidden-dimension');
        });
    });

    it('arms a network failure from the Simulate panel of the page', async () => {
        await withSession(async ({ page, open }) => {
            await open(`/record/${LEAD_ID}`);
            await page.locator('details[data-region="simulate"] summary').click();
            await page.locator('button[data-simulate="failNextSave"]').click();
            await page
                .locator('[data-region="simulation-state"]', {
                    hasText: 'next save fails (network)',
                })
                .waitFor();
            await rate(page, 'Need', 'Partly_Met');
            await save(page);
            await page.locator('.board__problem[data-kind="network"]').waitFor();
            await screenshot(page, 'simulate-panel');
        });
    });

    it('speaks German with the German labels and rating scale', async () => {
        await withSession(async ({ page, open }) => {
            await open(`/record/${OPPORTUNITY_ID}?lang=de&layout=canvas`);
            const title = await label('BB_Board_Title', 'de');
            assert.notEqual(title, await label('BB_Board_Title', 'en'));
            assert.equal(
                (await page.locator('.board .slds-card__header-title').innerText()).trim(),
                title,
            );
            assert.match(await tile(page, 'Plans').innerText(), /Teilweise erfüllt/);
            assert.match(
                await tile(page, 'Will_To_Change').innerText(),
                new RegExp(await label('BB_Dimension_Will_To_Change', 'de')),
            );
            await screenshot(page, 'canvas-opportunity-de');
        });
    });

    it('fits a phone screen without sideways scrolling, in English and German', async () => {
        await withSession(
            async ({ page, open }) => {
                for (const language of ['en', 'de']) {
                    for (const layout of ['panels', 'canvas', 'interview']) {
                        await open(
                            `/record/${OPPORTUNITY_ID}?device=phone&frame=1&layout=${layout}&lang=${language}`,
                        );
                        const overflow = await page.evaluate(
                            () =>
                                document.documentElement.scrollWidth -
                                document.documentElement.clientWidth,
                        );
                        assert.ok(
                            overflow <= 0,
                            `${layout} (${language}): the page is ${overflow}px wider than the phone`,
                        );
                        await screenshot(page, `phone-${layout}-${language}`);
                    }
                }
            },
            { width: 375, height: 780 },
        );
    });
});
