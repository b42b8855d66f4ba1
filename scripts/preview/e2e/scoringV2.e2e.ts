/**
 * Browser tests of scoring contract v2 on the local record page (issue 11): a Blocker that is no gate
 * still forbids Qualified, and a decision date beyond the Timeline horizon holds a lead at Nurture,
 * both in the board's preview and in what the trigger stand-in stores (whose explanation names no
 * dimension but points to the board), in English and German.
 * Run: npm run test:e2e -- --test-name-pattern="contract v2"
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { dayInTimeZone } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { PREVIEW_TIME_ZONE } from '../previewTimeZone';
import { fill, label, panel, rate, statusOf, waitForStatus } from './board';
import { chromiumForThisFile, LEAD_ID, screenshot, sharedBuild, storedFields } from './harness';

const browser = chromiumForThisFile();

const BANT = ['Budget', 'Authority', 'Need', 'Timeline'] as const;

/** A day counted from today in the preview user's time zone, the day both the board and the trigger stand-in use. */
function daysFromToday(days: number): string {
    const today = dayInTimeZone(new Date(), PREVIEW_TIME_ZONE);
    const day = new Date(`${today}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
}

async function reasons(page: Page): Promise<string[]> {
    return (await page.locator('.summary__reasons li').allInnerTexts()).map((text) => text.trim());
}

/** Picks the day ('YYYY-MM-DD') in the date field's calendar, which takes ISO whatever the locale. */
async function setDecisionDate(page: Page, day: string): Promise<void> {
    await panel(page, 'Timeline').locator('.date-input__pick').click();
    await panel(page, 'Timeline').locator('.date-input__picker').fill(day);
}

async function title(key: string, language: 'en' | 'de'): Promise<string> {
    return label(`BB_Dimension_${key}`, language);
}

for (const language of ['en', 'de'] as const) {
    describe(`scoring contract v2 on the record page (${language})`, () => {
        it('holds BANT with Authority Blocker and the rest Met at Nurture, naming the blocker, before and after saving', async () => {
            const session = await browser.open();
            const { page, open, server } = session;
            try {
                await open(`/record/${LEAD_ID}?lang=${language}&layout=panels`);
                await setDecisionDate(page, daysFromToday(30));
                for (const key of BANT) await rate(page, key, 'Met');
                await waitForStatus(page, 'Qualified');

                await rate(page, 'Authority', 'Blocker');
                await waitForStatus(page, 'Nurture');
                const blocker = fill(await label('BB_Reason_Blocker', language), {
                    dimension: await title('Authority', language),
                });
                assert.ok(
                    (await reasons(page)).includes(blocker),
                    `the preview names the blocker: ${(await reasons(page)).join(' | ')}`,
                );
                await screenshot(page, `v2-blocker-${language}`);

                await page.locator('button.board__save').click();
                await page.locator('button.board__save:disabled').waitFor();
                const stored = await storedFields(server, LEAD_ID);
                assert.equal(stored.BB_Qualification_Status__c, 'Nurture', 'the trigger agrees');
                // The stored text is read also by reps whose field-level security hides a rating:
                // it points to the board, which names the blocker live, instead of naming it.
                const storedLines = String(stored.BB_Qualification_Explanation__c).split('\n');
                assert.ok(
                    !storedLines.includes(blocker) &&
                        storedLines.includes(
                            await label('BB_Automation_Dimension_Reasons_On_Board', language),
                        ),
                    `the stored explanation points to the board instead of naming the blocker: ${storedLines.join(' | ')}`,
                );

                await open(`/record/${LEAD_ID}?lang=${language}&layout=panels`);
                assert.equal(await statusOf(page), 'Nurture', 'after a reload');
                assert.ok((await reasons(page)).includes(blocker), 'after a reload');
                assert.deepEqual(session.pageErrors, [], 'the page threw');
            } finally {
                await session.close();
            }
        });

        it('holds a lead whose decision date is one day beyond the Timeline horizon at Nurture, and not one at the horizon', async () => {
            const { workspace } = await sharedBuild();
            const timeline = workspace.catalog
                .framework('BANT')
                .dimensions.find((dimension) => dimension.key === 'Timeline');
            const horizon = timeline?.horizonDays;
            assert.ok(typeof horizon === 'number', 'BANT ships a Timeline horizon');
            const session = await browser.open();
            const { page, open, server } = session;
            try {
                await open(`/record/${LEAD_ID}?lang=${language}&layout=panels`);
                for (const key of BANT) await rate(page, key, 'Met');

                await setDecisionDate(page, daysFromToday(horizon + 1));
                await waitForStatus(page, 'Nurture');
                const beyond = fill(await label('BB_Reason_Beyond_Horizon', language), {
                    dimension: await title('Timeline', language),
                    days: horizon + 1,
                    horizon,
                });
                assert.ok(
                    (await reasons(page)).includes(beyond),
                    `the preview names the horizon: ${(await reasons(page)).join(' | ')}`,
                );
                await screenshot(page, `v2-horizon-${language}`);
                await page.locator('button.board__save').click();
                await page.locator('button.board__save:disabled').waitFor();
                let stored = await storedFields(server, LEAD_ID);
                assert.equal(stored.BB_Qualification_Status__c, 'Nurture', 'the trigger agrees');

                await setDecisionDate(page, daysFromToday(horizon));
                await waitForStatus(page, 'Qualified');
                await page.locator('button.board__save').click();
                await page.locator('button.board__save:disabled').waitFor();
                stored = await storedFields(server, LEAD_ID);
                assert.equal(stored.BB_Decision_Date__c, daysFromToday(horizon));
                assert.equal(
                    stored.BB_Qualification_Status__c,
                    'Qualified',
                    'exactly at the horizon is not held back',
                );
                assert.deepEqual(session.pageErrors, [], 'the page threw');
            } finally {
                await session.close();
            }
        });
    });
}
