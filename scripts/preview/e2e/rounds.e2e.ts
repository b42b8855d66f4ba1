/**
 * Browser tests of qualification rounds on the local preview: "Qualify again", the previous round beside
 * each dimension, "Still true", save and reload, the trend, the failure kinds of a round start, in English
 * and German. Run: node --import tsx --test scripts/preview/e2e/rounds.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import {
    OPPORTUNITY_ID,
    screenshot,
    sharedBuild,
    simulate,
    storedFields,
    chromiumForThisFile,
} from './harness';

const { withSession } = chromiumForThisFile();

async function label(name: string, language: 'en' | 'de'): Promise<string> {
    const { workspace } = await sharedBuild();
    return workspace.catalog.label(name, language);
}

function fill(template: string, ...values: Array<string | number>): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) =>
        values[Number(index)] === undefined ? placeholder : String(values[Number(index)]),
    );
}

const panel = (page: Page, key: string): Locator => page.locator(`section[data-key="${key}"]`);
const byId = (scope: Page | Locator, id: string): Locator => scope.locator(`[data-id="${id}"]`);
const checked = (page: Page, key: string, rating: string): Promise<boolean> =>
    panel(page, key).locator(`input[type="radio"][value="${rating}"]`).isChecked();

/** Opens the form, gives the reason and confirms, as a rep does. */
async function qualifyAgain(page: Page, reason: string): Promise<void> {
    if ((await byId(page, 'round-form').count()) === 0) await byId(page, 'qualify-again').click();
    await byId(page, 'round-reason').fill(reason);
    await byId(page, 'round-start').click();
}

describe('qualification rounds', () => {
    for (const language of ['en', 'de'] as const) {
        it(`starts round 2, shows the previous answers, takes one over with Still true, saves and reloads (${language})`, async () => {
            await withSession(async ({ page, server, apiCalls, open }) => {
                const query = `?highlights=0&lang=${language}`;
                await open(`/record/${OPPORTUNITY_ID}${query}`);
                await byId(page, 'trend-first').waitFor();
                // The board renders with one Apex call and one getRecord; the trend is a second getRecord after it.
                const firstCalls = apiCalls.slice(0, 3);
                assert.deepEqual(firstCalls, [
                    'POST /api/apex/QualificationBoardController/getBoardConfig',
                    `GET /api/records/${OPPORTUNITY_ID}`,
                    `GET /api/records/${OPPORTUNITY_ID}`,
                ]);

                const before = await storedFields(server, OPPORTUNITY_ID);
                assert.equal(before.BB_Goals_Rating__c, 'Met');
                assert.equal(
                    (await byId(page, 'qualify-again').innerText()).trim(),
                    await label('BB_Board_Round_Qualify_Again', language),
                );
                await qualifyAgain(
                    page,
                    language === 'de' ? 'Entscheider ist dazugekommen' : 'Decision maker joined',
                );

                const since = fill(await label('BB_Board_Round_Current', language), 2, '');
                await page
                    .locator(`[data-id="round-status"]:has-text("${since.trim()}")`)
                    .waitFor();
                assert.ok(await checked(page, 'Goals', 'Not_Explored'), 'the rating starts again');
                const goals = panel(page, 'Goals');
                assert.equal(
                    (await byId(goals, 'previous-rating').innerText()).trim(),
                    language === 'de' ? 'Erfüllt' : 'Met',
                );
                assert.equal(
                    (await byId(goals, 'previous-evidence').innerText()).trim(),
                    before.BB_Goals_Evidence__c,
                );
                assert.equal(
                    await goals.locator('textarea').first().inputValue(),
                    before.BB_Goals_Evidence__c,
                    'the evidence stays as the starting point',
                );
                await byId(page, 'trend-round').first().waitFor();
                await screenshot(page, `rounds-${language}-started`);

                await byId(goals, 'still-true').click();
                assert.ok(await checked(page, 'Goals', 'Met'), 'Still true takes Met over');
                await page.locator('button.board__save').click();
                await page.locator('button.board__save:disabled').waitFor();

                const saved = await storedFields(server, OPPORTUNITY_ID);
                assert.equal(saved.BB_Goals_Rating__c, 'Met');
                assert.equal(saved.BB_Qualification_Round__c, 2);

                await open(`/record/${OPPORTUNITY_ID}${query}`);
                await page
                    .locator(`[data-id="round-status"]:has-text("${since.trim()}")`)
                    .waitFor();
                assert.ok(await checked(page, 'Goals', 'Met'), 'kept after the reload');
                assert.equal(
                    await byId(goals, 'still-true').count(),
                    0,
                    'nothing left to take over',
                );
                assert.equal(
                    await byId(panel(page, 'Plans'), 'still-true').count(),
                    1,
                    'Plans still offers its previous rating',
                );
                await byId(page, 'trend-round').first().waitFor();
                await screenshot(page, `rounds-${language}-after-reload`);
            });
        });
    }

    it('walks the new round from its first dimension in the interview, and shows the previous answer in a canvas tile being edited', async () => {
        await withSession(async ({ page, open }) => {
            await open(`/record/${OPPORTUNITY_ID}?highlights=0&layout=interview`);
            await page.locator('button.board__next').click();
            await page.locator('button.board__next').click();
            await qualifyAgain(page, 'Decision maker joined');
            await byId(page, 'round-status').waitFor();
            await panel(page, 'Goals').waitFor();
            assert.equal(
                (await byId(panel(page, 'Goals'), 'previous-rating').innerText()).trim(),
                'Met',
                'the interview is back at Goals, with what round 1 said',
            );
            await byId(panel(page, 'Goals'), 'still-true').click();
            assert.ok(await checked(page, 'Goals', 'Met'));
            await screenshot(page, 'rounds-en-interview');

            await open(`/record/${OPPORTUNITY_ID}?highlights=0&layout=canvas`);
            await page.locator('.board__cell[data-key="Plans"] button.tile').click();
            assert.equal(
                (await byId(panel(page, 'Plans'), 'previous-rating').innerText()).trim(),
                'Partly met',
            );
            await screenshot(page, 'rounds-en-canvas-editing');
        });
    });

    it('keeps the board as it was when the round start fails: validation rule, network, conflict', async () => {
        await withSession(async ({ page, server, open }) => {
            await open(`/record/${OPPORTUNITY_ID}?highlights=0`);
            const before = await storedFields(server, OPPORTUNITY_ID);

            await simulate(server, { rejectNextSave: true });
            await qualifyAgain(page, 'Decision maker joined');
            await page.locator('[data-id="round-error"][data-kind="notSaved"]').waitFor();
            assert.equal(await byId(page, 'round-reason').inputValue(), 'Decision maker joined');
            await screenshot(page, 'rounds-en-start-failed');

            await simulate(server, { failNextSave: true });
            await byId(page, 'round-start').click();
            await page.locator('[data-id="round-error"][data-kind="network"]').waitFor();

            await simulate(server, { someoneElseEdits: OPPORTUNITY_ID });
            await byId(page, 'round-start').click();
            await page.locator('[data-id="round-error"][data-kind="conflict"]').waitFor();

            const after = await storedFields(server, OPPORTUNITY_ID);
            assert.equal(after.BB_Qualification_Round__c, before.BB_Qualification_Round__c);
            assert.equal(after.BB_Goals_Rating__c, 'Met', 'no rating was reset');
            assert.equal(after.BB_Previous_Round__c, before.BB_Previous_Round__c);
            assert.ok(await checked(page, 'Goals', 'Met'), 'the board still shows the answers');
            assert.equal(await byId(page, 'round-status').count(), 0, 'still round 1');
        });
    });

    it('has no serious or critical accessibility violations with the round UI in use', async () => {
        await withSession(async ({ page, open }) => {
            await open(`/record/${OPPORTUNITY_ID}?highlights=0`);
            await qualifyAgain(page, 'Decision maker joined');
            await byId(page, 'round-status').waitFor();
            await byId(page, 'qualify-again').click();
            await byId(page, 'trend-round').first().waitFor();
            const results = await new AxeBuilder({ page })
                .include('[data-region="board"]')
                .analyze();
            const serious = results.violations.filter(
                (violation) => violation.impact === 'serious' || violation.impact === 'critical',
            );
            assert.deepEqual(
                serious.map((violation) => `${violation.id}: ${violation.help}`),
                [],
            );
        });
    });

    it('fits a phone in German with the previous round beside each dimension', async () => {
        await withSession(
            async ({ page, open }) => {
                await open(`/record/${OPPORTUNITY_ID}?lang=de&device=phone&frame=1`);
                await qualifyAgain(page, 'Entscheider ist dazugekommen');
                await byId(page, 'round-status').waitFor();
                const overflow = await page.evaluate(
                    () => document.documentElement.scrollWidth - window.innerWidth,
                );
                assert.ok(overflow <= 0, `no sideways scrolling (overflow ${overflow}px)`);
                await screenshot(page, 'rounds-de-phone');
            },
            { width: 375, height: 812 },
        );
    });
});
