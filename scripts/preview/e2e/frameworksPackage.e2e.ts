/**
 * Browser test of the extension package: MEDDPICC (Beyond BANT Frameworks, frameworks-app) on an
 * Opportunity in the local preview, in English and in German. The framework comes from the extension's
 * Custom Metadata, its fields, rep grants and German labels from the extension's metadata; the board,
 * engine and trigger stand-in are the core's. Run: npm run test:e2e -- --test-name-pattern=MEDDPICC
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
    OPPORTUNITY_ID,
    screenshot,
    sharedBuild,
    storedFields,
    type PreviewSession,
    chromiumForThisFile,
} from './harness';

const browser = chromiumForThisFile();

const panel = (page: Page, key: string) => page.locator(`section[data-key="${key}"]`);
const statusOf = (page: Page) => page.locator('.summary [data-status]').getAttribute('data-status');
const waitForStatus = (page: Page, status: string) =>
    page.locator(`.summary [data-status="${status}"]`).waitFor();

/** Clicks the option's label, as a user does (the label names its radio with `for`, or wraps it). */
async function rate(page: Page, key: string, value: string): Promise<void> {
    const input = panel(page, key).locator(`input[type="radio"][value="${value}"]`);
    const id = await input.getAttribute('id');
    const byFor = panel(page, key).locator(`label[for="${id ?? ''}"]`);
    await (
        (await byFor.count()) > 0
            ? byFor
            : panel(page, key).locator(`label:has(input[type="radio"][value="${value}"])`)
    ).click();
    assert.ok(
        await panel(page, key).locator(`input[type="radio"][value="${value}"]`).isChecked(),
        `${key} rated ${value}`,
    );
}

/**
 * A manager picks MEDDPICC for this opportunity: the record's framework field, as an API write would
 * set it. The opportunity has the canvas stored, so only a holder of BB_Change_Qualification_Framework
 * may change it (the toolbar's sales manager; the trigger's guard refuses a rep).
 */
async function chooseFramework(session: PreviewSession, framework: string): Promise<void> {
    const manager = await fetch(`${session.server.url}/api/stage-gates`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ activeGates: [], persona: 'manager' }),
    });
    assert.equal(manager.status, 200, await manager.text());
    const response = await fetch(`${session.server.url}/api/records/${OPPORTUNITY_ID}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ fields: { BB_Qualification_Framework__c: framework } }),
    });
    assert.equal(response.status, 200, await response.text());
}

for (const language of ['en', 'de'] as const) {
    describe(`MEDDPICC from the Beyond BANT Frameworks package (${language})`, () => {
        it('is offered by the framework switcher, filled in, previewed and saved on an Opportunity', async () => {
            const { workspace } = await sharedBuild();
            const meddpicc = workspace.catalog.framework('MEDDPICC');
            const keys = meddpicc.dimensions.map((dimension) => dimension.key);
            const session = await browser.open();
            const { page, open, server, savedFields } = session;
            try {
                await open(`/record/${OPPORTUNITY_ID}?lang=${language}`);
                const switcher = page.locator('[role="group"][aria-label="Page framework"] a');
                const offered = await switcher.allInnerTexts();
                for (const name of ['MEDDPICC', 'CHAMP', 'ANUM', 'FAINT'])
                    assert.ok(
                        offered.includes(name),
                        `the switcher offers ${name}: ${offered.join(', ')}`,
                    );

                await chooseFramework(session, 'MEDDPICC');
                await open(`/record/${OPPORTUNITY_ID}?lang=${language}&layout=panels`);
                assert.match(await page.locator('.board').innerText(), /MEDDPICC/);
                assert.deepEqual(
                    await page
                        .locator('section[data-key]')
                        .evaluateAll((sections) =>
                            sections.map((section) => section.getAttribute('data-key')),
                        ),
                    keys,
                    'one panel per MEDDPICC dimension, in framework order',
                );
                for (const dimension of meddpicc.dimensions)
                    assert.equal(
                        (
                            await panel(page, dimension.key).locator('.panel__name').innerText()
                        ).trim(),
                        dimension.title[language],
                        `${dimension.key} titled in ${language}`,
                    );
                const champion = meddpicc.dimensions.find((d) => d.key === 'Champion');
                assert.ok(champion);
                const toggle = panel(page, 'Champion').locator('.panel__questions-toggle');
                if (
                    (await toggle.count()) > 0 &&
                    (await toggle.getAttribute('aria-expanded')) !== 'true'
                )
                    await toggle.click();
                assert.match(
                    await panel(page, 'Champion').innerText(),
                    new RegExp(escapeRegExp(champion.questions[0]?.[language] ?? '(none)')),
                    'the guiding questions are in the page language',
                );
                assert.equal(await statusOf(page), 'New', 'no MEDDPICC dimension is answered yet');

                for (const key of keys) await rate(page, key, 'Met');
                await waitForStatus(page, 'Qualified');
                await rate(page, 'Competition', 'Blocker');
                await waitForStatus(page, 'Nurture');
                await rate(page, 'Champion', 'Blocker');
                await waitForStatus(page, 'Disqualified');
                await rate(page, 'Champion', 'Met');
                await rate(page, 'Competition', 'Partly_Met');
                await waitForStatus(page, 'Qualified');
                assert.equal(savedFields.length, 0, 'the preview changed nothing yet');

                // A signature date well within the Paper Process horizon (120 days): saved as entered.
                // Picked in the field's calendar, as a rep would; typed text follows the user's locale.
                await panel(page, 'Paper_Process').locator('.date-input__pick').click();
                await panel(page, 'Paper_Process')
                    .locator('.date-input__picker')
                    .fill(daysFromToday(30));

                await panel(page, 'Economic_Buyer')
                    .locator('.panel__value input')
                    .fill('Kim Lee, CFO');
                await panel(page, 'Economic_Buyer').locator('.panel__value input').press('Tab');
                await panel(page, 'Champion')
                    .locator('.panel__evidence textarea')
                    .fill('Sam argued for us in the steering committee.');
                await screenshot(page, `meddpicc-opportunity-${language}`);
                await page.locator('button.board__save').click();
                await page.locator('button.board__save:disabled').waitFor();

                assert.equal(savedFields.length, 1, 'one save');
                const stored = await storedFields(server, OPPORTUNITY_ID);
                assert.equal(stored.BB_Qualification_Framework__c, 'MEDDPICC');
                for (const dimension of meddpicc.dimensions)
                    assert.equal(
                        stored[dimension.ratingField],
                        dimension.key === 'Competition' ? 'Partly_Met' : 'Met',
                        `${dimension.ratingField} saved`,
                    );
                assert.equal(stored.BB_Economic_Buyer__c, 'Kim Lee, CFO');
                assert.equal(stored.BB_Signature_Date__c, daysFromToday(30));
                assert.equal(
                    stored.BB_Champion_Evidence__c,
                    'Sam argued for us in the steering committee.',
                );
                assert.equal(stored.BB_Qualification_Status__c, 'Qualified', 'the trigger agrees');

                await open(`/record/${OPPORTUNITY_ID}?lang=${language}&layout=panels`);
                assert.equal(await statusOf(page), 'Qualified', 'after a reload');
                assert.ok(
                    await panel(page, 'Competition')
                        .locator('input[value="Partly_Met"]')
                        .isChecked(),
                );
                assert.deepEqual(session.pageErrors, [], 'the page threw');
            } finally {
                await session.close();
            }
        });
    });
}

/** A day counted from today in the browser's time zone, as the date input takes it. */
function daysFromToday(days: number): string {
    const day = new Date();
    day.setDate(day.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
