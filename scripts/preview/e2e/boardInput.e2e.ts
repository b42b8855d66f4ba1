/**
 * Browser tests of the board under real hands (issue 25, and issue 23's dates): a date the user never
 * entered is never saved, dates follow the Salesforce user's locale rather than the browser's, the
 * phone interview's Next works on the first tap after typing and ends with the result and a save,
 * long notes are never cut silently, and Blocker says what it does on each dimension.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { label, panel, rate } from './board';
import {
    chromiumForThisFile,
    LEAD_ID,
    OPPORTUNITY_ID,
    screenshot,
    SCREENSHOT_DIR,
    storedFields,
    type PreviewSession,
    type Viewport,
} from './harness';

const browser = chromiumForThisFile();

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 780 };
const STORED_DECISION_DATE = '2026-03-31';

const withSession = (
    run: (session: PreviewSession) => Promise<void>,
    viewport: Viewport = DESKTOP,
): Promise<void> => browser.withSession(run, viewport);

/** Save is disabled while saving too: the board is saved once it is no longer busy and Save stays off. */
const SAVED = 'c-qualification-board article[aria-busy="false"] button.board__save:disabled';

/** The decision date's text field: the first input of the Timeline value, whatever the control. */
const dateField = (page: Page): Locator =>
    panel(page, 'Timeline').locator('.panel__value input').first();

/** A photograph of one part of the page, beside the full-page ones. */
async function closeUp(part: Locator, name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await part.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Replaces what the date field holds by typing, as a user does. */
async function typeDate(page: Page, text: string): Promise<void> {
    const field = dateField(page);
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
}

/** Save, then the board's answer: the problem it names, or nothing once the save went through. */
async function saveAndReadProblem(page: Page): Promise<string> {
    await page.locator('button.board__save').click();
    const problem = page.locator('.board__problem');
    await Promise.race([
        problem.waitFor({ timeout: 5_000 }),
        page.locator(SAVED).waitFor({ timeout: 5_000 }),
    ]).catch(() => undefined);
    return (await problem.count()) > 0 ? problem.innerText() : '';
}

describe('a date the user never entered is never saved', () => {
    for (const [text, what] of [
        ['02/31/2027', 'an impossible day'],
        ['03/31/', 'a partial date'],
        ['03/31/0027', 'a year out of range'],
    ] as const) {
        it(`refuses ${what} (${text}) with the field and Save naming the problem, storing nothing`, async () => {
            await withSession(async ({ page, open, server, savedFields }) => {
                await open(`/record/${OPPORTUNITY_ID}?lang=en`);
                await rate(page, 'Authority', 'Met');
                await typeDate(page, text);
                await page.locator('.board__title, h2').first().click(); // leave the field
                const problem = await saveAndReadProblem(page);
                assert.deepEqual(savedFields, [], `${text}: nothing may be sent`);
                const stored = await storedFields(server, OPPORTUNITY_ID);
                assert.equal(stored.BB_Decision_Date__c, STORED_DECISION_DATE);
                assert.notEqual(stored.BB_Authority_Rating__c, 'Met', 'nothing else stored');
                assert.equal(await dateField(page).getAttribute('aria-invalid'), 'true');
                const fieldLabel = await panel(page, 'Timeline')
                    .locator('.panel__value label')
                    .first()
                    .innerText();
                assert.ok(
                    problem.includes(fieldLabel),
                    `Save names the field "${fieldLabel}": "${problem}"`,
                );
                await screenshot(page, `date-error-${what.replace(/ /g, '-')}-en-desktop`);
                await closeUp(
                    page.locator('c-qualification-board article'),
                    `date-error-${what.replace(/ /g, '-')}-en-desktop-close-up`,
                );
            });
        });
    }

    it('saves a whole date typed in the user’s format', async () => {
        await withSession(async ({ page, open, server }) => {
            await open(`/record/${OPPORTUNITY_ID}?lang=en`);
            await typeDate(page, '01/15/2027');
            assert.equal(await saveAndReadProblem(page), '');
            await page.locator(SAVED).waitFor();
            assert.equal(
                (await storedFields(server, OPPORTUNITY_ID)).BB_Decision_Date__c,
                '2027-01-15',
            );
        });
    });
});

for (const [device, viewport, query] of [
    ['desktop', DESKTOP, ''],
    ['phone', PHONE, '&device=phone&frame=1'],
] as const) {
    describe(`a German user in an English browser on ${device}`, () => {
        it('sees, types and picks dates as the German locale writes them', async () => {
            await withSession(async ({ page, open, server }) => {
                assert.match(
                    await page.evaluate(() => navigator.language),
                    /^en/,
                    'the browser is English',
                );
                await open(`/record/${OPPORTUNITY_ID}?lang=de${query}`);
                assert.equal(await dateField(page).inputValue(), '31.03.2026');
                assert.equal(await dateField(page).getAttribute('placeholder'), 'TT.MM.JJJJ');
                await typeDate(page, '31.02.2027');
                await page.locator('h2').first().click();
                assert.equal(await dateField(page).getAttribute('aria-invalid'), 'true');
                await screenshot(page, `date-error-de-${device}`);
                await closeUp(panel(page, 'Timeline'), `date-error-de-${device}-close-up`);

                // The picker writes the chosen day into the field in the German format.
                await panel(page, 'Timeline').locator('.date-input__pick').click();
                await panel(page, 'Timeline').locator('.date-input__picker').fill('2027-02-20');
                assert.equal(await dateField(page).inputValue(), '20.02.2027');
                assert.equal(await dateField(page).getAttribute('aria-invalid'), null);

                await typeDate(page, '15.1.2027');
                assert.equal(await saveAndReadProblem(page), '');
                await page.locator(SAVED).waitFor();
                assert.equal(
                    (await storedFields(server, OPPORTUNITY_ID)).BB_Decision_Date__c,
                    '2027-01-15',
                );
                assert.equal(await dateField(page).inputValue(), '15.01.2027');
            }, viewport);
        });
    });
}

describe('the interview on a phone', () => {
    it('moves on with one tap of Next right after typing notes', async () => {
        await withSession(async ({ page, open }) => {
            await open(`/record/${LEAD_ID}?layout=interview&lang=de&device=phone&frame=1`);
            // Safari, the Salesforce app's engine on an iPhone, has no scroll anchoring: Chromium's
            // would scroll the page to keep the button under the finger and hide a moving layout. On a
            // record page more components follow the board, so the page does not end at its buttons.
            await page.addStyleTag({
                content: '* { overflow-anchor: none !important; } body { padding-bottom: 100vh; }',
            });
            // The interview opens at Authority, the dimension to explore next.
            const notes = panel(page, 'Authority').locator('textarea');
            await notes.click();
            await page.keyboard.press('Control+A');
            await page.keyboard.type('Jana Becker empfiehlt, der CFO unterschreibt.');
            await page.locator('button.board__next').click();
            await panel(page, 'Need').waitFor({ timeout: 3_000 });
        }, PHONE);
    });

    for (const language of ['en', 'de'] as const) {
        for (const [device, viewport, query] of [
            ['phone', PHONE, '&device=phone&frame=1'],
            ['desktop', DESKTOP, ''],
        ] as const) {
            it(`shows the live result while answering and ends with the result and a save (${language}, ${device})`, async () => {
                await withSession(async ({ page, open, server }) => {
                    await open(`/record/${LEAD_ID}?layout=interview&lang=${language}${query}`);
                    await rate(page, 'Authority', 'Met');
                    const live = page.locator('.board__live');
                    assert.ok(await live.isVisible(), 'the live result is shown');
                    const box = await live.boundingBox();
                    assert.ok(
                        box !== null && box.y >= 0 && box.y + box.height <= viewport.height,
                        `the live result is on screen beside the rating just chosen (${JSON.stringify(box)})`,
                    );
                    // Budget ½ × 3 + Authority 1 × 2 + Need 1 × 3 of 10.
                    assert.match(await live.innerText(), /65/);
                    const result = page.locator('.board__result');
                    for (let step = 0; step < 5 && (await result.count()) === 0; step += 1) {
                        await page.locator('button.board__next').click();
                    }
                    await result.waitFor();
                    assert.ok(await result.locator('c-qualification-summary').isVisible());
                    const save = page.locator('button.board__result-save');
                    await screenshot(page, `interview-end-${language}-${device}`);
                    await closeUp(
                        page.locator('.board__interview'),
                        `interview-end-${language}-${device}-close-up`,
                    );
                    await save.click();
                    await page.locator(SAVED).waitFor();
                    assert.equal(
                        (await storedFields(server, LEAD_ID)).BB_Authority_Rating__c,
                        'Met',
                    );
                    await screenshot(page, `interview-end-saved-${language}-${device}`);
                }, viewport);
            });
        }
    }
});

describe('long notes', () => {
    it('keeps every pasted character, says the notes are too long and saves nothing until shortened', async () => {
        await withSession(async ({ page, open, server, savedFields }) => {
            await open(`/record/${LEAD_ID}?lang=en`);
            const notes = panel(page, 'Need').locator('textarea');
            await notes.click();
            await page.keyboard.press('Control+A');
            await page.keyboard.insertText('x'.repeat(5000));
            assert.equal((await notes.inputValue()).length, 5000, 'nothing cut');
            const message = panel(page, 'Need').locator('.panel__too-long');
            assert.match(await message.innerText(), /3,000/);
            await screenshot(page, 'notes-too-long-en-desktop');
            const problem = await saveAndReadProblem(page);
            assert.ok(problem.length > 0, 'Save says what is wrong');
            assert.deepEqual(savedFields, []);
            await notes.fill('x'.repeat(2000));
            assert.equal(await message.count(), 0);
            assert.equal(await page.locator('.board__problem').count(), 0, 'the problem is gone');
            await page.locator('button.board__save').click();
            await page
                .locator(SAVED)
                .waitFor({ timeout: 5_000 })
                .catch(async (error: Error) => {
                    throw new Error(
                        `not saved: ${await page.locator('.board__problem').allInnerTexts()} ${JSON.stringify(savedFields).slice(0, 300)} ${await page.locator('button.board__save').isEnabled()} ${(await notes.inputValue()).length}`,
                        { cause: error },
                    );
                });
            assert.equal(
                String((await storedFields(server, LEAD_ID)).BB_Need_Evidence__c).length,
                2000,
            );
        });
    });
});

describe('what Blocker does on a dimension', () => {
    for (const language of ['en', 'de'] as const) {
        for (const [device, viewport, query] of [
            ['desktop', DESKTOP, ''],
            ['phone', PHONE, '&device=phone&frame=1'],
        ] as const) {
            it(`is told before choosing it, gate and not gate (${language}, ${device})`, async () => {
                await withSession(async ({ page, open }) => {
                    const disqualifies = await label('BB_Board_Blocker_Gate_Help', language);
                    const holdsBack = await label('BB_Board_Blocker_Help', language);
                    await open(`/record/${LEAD_ID}?layout=interview&lang=${language}${query}`);
                    // The interview opens at Authority, which is no gate of BANT; Budget before it is one.
                    const help = panel(page, 'Authority').locator('.rating__blocker-help');
                    assert.ok(await help.isVisible(), 'the Blocker help is shown');
                    assert.equal(await help.innerText(), holdsBack);
                    await screenshot(page, `blocker-help-${language}-${device}`);
                    await closeUp(
                        page.locator('.board__interview'),
                        `blocker-help-${language}-${device}-close-up`,
                    );
                    await page.locator('button.board__previous').click();
                    const gateHelp = panel(page, 'Budget').locator('.rating__blocker-help');
                    assert.ok(await gateHelp.isVisible(), 'the gate’s Blocker help is shown');
                    assert.equal(await gateHelp.innerText(), disqualifies);
                    // The Blocker segment itself says it too, as its tooltip and description.
                    assert.equal(
                        await panel(page, 'Budget')
                            .locator('.rating__segment[data-rating="Blocker"]')
                            .getAttribute('title'),
                        disqualifies,
                    );
                    await screenshot(page, `blocker-help-gate-${language}-${device}`);
                    await closeUp(
                        page.locator('.board__interview'),
                        `blocker-help-gate-${language}-${device}-close-up`,
                    );
                }, viewport);
            });
        }
    }
});
