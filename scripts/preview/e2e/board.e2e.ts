/**
 * Browser tests of the board reps choose to use (issue 12): the segmented rating and the interview on the
 * keyboard alone, editing canvas tiles in place, the canvas on one 1280 × 800 screen and one A4 landscape
 * page, reasons in the viewer's language, and every layout in English and German on desktop and phone:
 * axe-clean, without sideways scrolling, photographed into artifacts/screenshots.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { fill, focusedRating, label, panel, rate, statusOf, tabTo, tile } from './board';
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
const LAYOUTS = ['panels', 'canvas', 'interview'] as const;
const LANGUAGES = ['en', 'de'] as const;

const withSession = (
    run: (session: PreviewSession) => Promise<void>,
    viewport: Viewport = DESKTOP,
): Promise<void> => browser.withSession(run, viewport);

async function blockingViolations(page: Page): Promise<string[]> {
    // The preview's own toolbar is not part of the product.
    const results = await new AxeBuilder({ page }).include('[data-region="board"]').analyze();
    return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
            (violation) =>
                `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
}

describe('the board on the keyboard alone', () => {
    it('rates with the arrow keys in one tab stop per dimension', async () => {
        await withSession(async ({ page, open }) => {
            await open(`/record/${LEAD_ID}`);
            const budget = panel(page, 'Budget');
            // The group's one tab stop is its chosen segment: Budget is Partly met.
            await tabTo(page, budget.locator('input[type="radio"]:checked'));
            assert.equal(await focusedRating(page, 'Budget'), 'Partly_Met');

            await page.keyboard.press('ArrowRight');
            assert.equal(await focusedRating(page, 'Budget'), 'Met');
            assert.ok(await budget.locator('input[value="Met"]').isChecked(), 'arrow selects');
            await page.locator('.summary__preview').waitFor();
            await page.keyboard.press('ArrowLeft');
            await page.keyboard.press('ArrowLeft');
            assert.ok(await budget.locator('input[value="Not_Met"]').isChecked());

            // Tab leaves the group for the next field: no stop on the other four segments.
            await page.keyboard.press('Tab');
            assert.equal(await focusedRating(page, 'Budget'), null);
            assert.ok(
                await budget
                    .locator('.panel__value input')
                    .evaluate((input) => input.matches(':focus')),
                'Tab goes from the rating to the budget amount',
            );
            await page.keyboard.press('Shift+Tab');
            assert.equal(await focusedRating(page, 'Budget'), 'Not_Met');

            await tabTo(page, page.locator('button.board__save'), { backwards: true });
            await page.keyboard.press('Enter');
            await page.locator('button.board__save:disabled').waitFor();
            await page.locator('.summary__preview').waitFor({ state: 'detached' });
            assert.equal(await statusOf(page), 'Nurture');
        });
    });

    it('runs the interview from the first question to the save with the keyboard alone', async () => {
        await withSession(async ({ page, open, server }) => {
            await open(`/record/${LEAD_ID}?layout=interview`);
            const steps = [
                { key: 'Budget', arrows: 1, value: '90000', evidence: 'CFO released the budget.' },
                { key: 'Authority', arrows: 3, value: 'Jana Becker', evidence: 'She signs.' },
                { key: 'Need', arrows: 0, value: null, evidence: 'Dispatch by hand today.' },
                {
                    key: 'Timeline',
                    arrows: 3,
                    value: '2027-01-15',
                    evidence: 'Go-live in January.',
                },
            ];
            // The interview opens at the dimension to explore next (Authority); Previous leads back.
            await panel(page, 'Authority').waitFor();
            const previous = page.locator('button.board__previous');
            while (await previous.isEnabled()) {
                await tabTo(page, previous);
                await page.keyboard.press('Enter');
            }
            const first = panel(page, 'Budget');
            // The guiding questions come first, before the rating, in reading order.
            assert.ok(await first.locator('.panel__guide-list li').first().isVisible());
            await tabTo(page, first.locator('input[type="radio"]:checked'));
            for (const [index, step] of steps.entries()) {
                const current = panel(page, step.key);
                assert.notEqual(
                    await focusedRating(page, step.key),
                    null,
                    `${step.key} starts at its rating`,
                );
                for (let press = 0; press < step.arrows; press += 1)
                    await page.keyboard.press('ArrowRight');
                if (step.value !== null) {
                    await page.keyboard.press('Tab');
                    const input = current.locator('.panel__value input').first();
                    assert.ok(await input.evaluate((element) => element.matches(':focus')));
                    if ((await input.getAttribute('class'))?.includes('date-input__text')) {
                        // The date field takes the user's locale (en-US here), not ISO.
                        const [year, month, day] = step.value.split('-');
                        await page.keyboard.press('Control+A');
                        await page.keyboard.type(`${month}/${day}/${year}`);
                    } else {
                        await page.keyboard.press('Control+A'); // replace what was there
                        await page.keyboard.type(step.value);
                    }
                }
                // The date field's calendar button is a tab stop of its own.
                await tabTo(page, current.locator('textarea'), { limit: 2 });
                await page.keyboard.press('Control+A');
                await page.keyboard.type(step.evidence);
                if (index < steps.length - 1) {
                    await tabTo(page, page.locator('button.board__next'), { limit: 4 });
                    await page.keyboard.press('Enter');
                    await panel(page, steps[index + 1]!.key).waitFor();
                }
            }
            await screenshot(page, 'interview-keyboard-last-step');
            await tabTo(page, page.locator('button.board__save'), { backwards: true });
            await page.keyboard.press('Enter');
            await page.locator('button.board__save:disabled').waitFor();

            const stored = await storedFields(server, LEAD_ID);
            assert.equal(stored.BB_Budget_Rating__c, 'Met');
            assert.equal(stored.BB_Budget_Amount__c, 90000);
            assert.equal(stored.BB_Budget_Evidence__c, 'CFO released the budget.');
            assert.equal(stored.BB_Authority_Rating__c, 'Met');
            assert.equal(stored.BB_Decision_Maker__c, 'Jana Becker');
            assert.equal(stored.BB_Need_Rating__c, 'Met');
            assert.equal(stored.BB_Need_Evidence__c, 'Dispatch by hand today.');
            assert.equal(stored.BB_Timeline_Rating__c, 'Met');
            assert.equal(stored.BB_Decision_Date__c, '2027-01-15');
            assert.equal(await statusOf(page), stored.BB_Qualification_Status__c);
        });
    });
});

describe('the canvas', () => {
    it('edits a tile in place with Enter, the arrow keys and Escape, and with a click and Done', async () => {
        await withSession(async ({ page, open }) => {
            await open(`/record/${OPPORTUNITY_ID}?layout=canvas`);
            const willToChange = tile(page, 'Will_To_Change');
            assert.equal(await willToChange.getAttribute('data-rating'), 'Not_Explored');
            await tabTo(page, willToChange);
            await page.keyboard.press('Enter');
            await panel(page, 'Will_To_Change').waitFor();
            assert.equal(await focusedRating(page, 'Will_To_Change'), 'Not_Explored');
            for (let press = 0; press < 3; press += 1) await page.keyboard.press('ArrowRight');
            assert.ok(
                await panel(page, 'Will_To_Change').locator('input[value="Met"]').isChecked(),
            );
            await screenshot(page, 'canvas-tile-editing');
            await page.keyboard.press('Escape');
            await willToChange.waitFor();
            assert.ok(
                await willToChange.evaluate((element) => element.matches(':focus')),
                'focus returns to the tile',
            );
            assert.equal(await willToChange.getAttribute('data-rating'), 'Met');
            assert.match(
                await willToChange.innerText(),
                new RegExp(await label('BB_Board_Gate', 'en')),
            );

            // Space opens a tile as well; the page never navigates.
            const url = page.url();
            await tabTo(page, tile(page, 'Value_Fit'));
            await page.keyboard.press('Space');
            await panel(page, 'Value_Fit').waitFor();
            await page.keyboard.press('Escape');

            await tile(page, 'Budget').click();
            await panel(page, 'Budget')
                .locator('textarea')
                .fill('Pilot budget signed.\nRollout next year.');
            await panel(page, 'Budget').locator('.panel__done').click();
            assert.equal(
                await tile(page, 'Budget').locator('.tile__evidence').innerText(),
                'Pilot budget signed.',
            );
            assert.equal(page.url(), url);
            await page.locator('.summary__preview').waitFor();
        });
    });

    it('fits all eleven Beyond-BANT tiles on a 1280 × 800 screen, and BANT panels on one laptop screen', async () => {
        await withSession(async ({ page, open }) => {
            for (const language of LANGUAGES) {
                await open(`/record/${OPPORTUNITY_ID}?layout=canvas&lang=${language}`);
                const tiles = page.locator('button.tile');
                assert.equal(await tiles.count(), 11);
                // On a record page the board sits under the page's header and highlights: once it is
                // scrolled into view, nothing of it may need more scrolling.
                const canvas = page.locator('c-qualification-board article');
                const height = (await canvas.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
                assert.ok(
                    height <= DESKTOP.height,
                    `${language}: the canvas board is ${height} px high`,
                );
                await canvas.evaluate((element) => element.scrollIntoView({ block: 'start' }));
                const bottoms = await tiles.evaluateAll((elements) =>
                    elements.map((element) => element.getBoundingClientRect().bottom),
                );
                assert.ok(
                    Math.max(...bottoms) <= DESKTOP.height,
                    `${language}: every tile on one screen (the lowest ends at ${Math.max(...bottoms)} px)`,
                );
                await screenshot(page, `fit-canvas-1280x800-${language}`);

                await open(`/record/${LEAD_ID}?layout=panels&lang=${language}`);
                const board = await page.locator('c-qualification-board article').boundingBox();
                assert.ok(board !== null);
                assert.ok(
                    board.height <= DESKTOP.height,
                    `${language}: the BANT panels board is ${board.height} px high`,
                );
                // Empty evidence takes one line until focused.
                const empty = panel(page, 'Timeline').locator('textarea');
                const before = (await empty.boundingBox())?.height ?? 0;
                assert.ok(before <= 34, `${language}: empty evidence is ${before} px high`);
                await empty.focus();
                const focused = (await empty.boundingBox())?.height ?? 0;
                assert.ok(focused >= 70, `${language}: focused evidence is ${focused} px high`);
            }
        });
    });

    it('prints on one A4 landscape page, in English and German', async () => {
        await withSession(async ({ page, open }) => {
            for (const language of LANGUAGES) {
                await open(`/record/${OPPORTUNITY_ID}?layout=canvas&lang=${language}`);
                await page.emulateMedia({ media: 'print' });
                assert.ok(
                    !(await page.locator('.preview-toolbar').isVisible()),
                    'no preview toolbar on paper',
                );
                assert.ok(
                    !(await page.locator('button.board__save').isVisible()),
                    'no buttons on paper',
                );
                await screenshot(page, `canvas-print-media-${language}`);
                const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
                mkdirSync(SCREENSHOT_DIR, { recursive: true });
                writeFileSync(path.join(SCREENSHOT_DIR, `canvas-print-${language}.pdf`), pdf);
                const text = pdf.toString('latin1');
                const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
                assert.equal(
                    pages.length,
                    1,
                    `${language}: the canvas printed on ${pages.length} pages`,
                );
                const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
                assert.ok(size !== null, 'the PDF names its page size');
                // A4 landscape is 842 × 595 points.
                assert.equal(Math.round(Number(size[1])), 842);
                assert.equal(Math.round(Number(size[2])), 595);
                await page.emulateMedia({ media: 'screen' });
            }
        });
    });
});

describe('the summary in the viewer’s language', () => {
    it('gives German reasons on a record last saved in English', async () => {
        await withSession(async ({ page, open, server }) => {
            await open(`/record/${LEAD_ID}?lang=en`);
            await rate(page, 'Authority', 'Met');
            await page.locator('button.board__save').click();
            await page.locator('button.board__save:disabled').waitFor();
            const stored = await storedFields(server, LEAD_ID);
            // Budget ½ × 3 + Authority 1 × 2 + Need 1 × 3 of 10: 65, below 70.
            assert.equal(stored.BB_Qualification_Score__c, 65);
            const english = fill(await label('BB_Reason_Score_Below_Threshold', 'en'), {
                score: 65,
                threshold: 70,
            });
            assert.ok(
                String(stored.BB_Qualification_Explanation__c).includes(english),
                'the stored explanation is in the language of the English user who saved',
            );

            await open(`/record/${LEAD_ID}?lang=de`);
            const reasons = await page.locator('.summary__reasons li').allInnerTexts();
            assert.equal(
                reasons[0],
                fill(await label('BB_Reason_Score_Below_Threshold', 'de'), {
                    score: 65,
                    threshold: 70,
                }),
            );
            const budget = await label('BB_Dimension_Budget', 'de');
            assert.ok(
                reasons.some((reason) => reason.includes(budget)),
                `a German reason names Budget as ${budget}: ${reasons.join(' | ')}`,
            );
            for (const reason of reasons)
                assert.ok(
                    !String(stored.BB_Qualification_Explanation__c).includes(reason),
                    `not the stored English line: ${reason}`,
                );
            assert.equal(await page.locator('.summary__stale').count(), 0);
            await screenshot(page, 'reasons-german-after-english-save');
        });
    });
});

for (const [device, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
] as const) {
    describe(`every layout in English and German on ${device}`, () => {
        it('is axe-clean, stays within the screen width and is photographed', async () => {
            await withSession(async ({ page, open }) => {
                for (const language of LANGUAGES) {
                    for (const layout of LAYOUTS) {
                        for (const [record, id] of [
                            ['lead', LEAD_ID],
                            ['opportunity', OPPORTUNITY_ID],
                        ] as const) {
                            const query = `layout=${layout}&lang=${language}${device === 'phone' ? '&device=phone&frame=1' : ''}`;
                            await open(`/record/${id}?${query}`);
                            const name = `${layout}-${record}-${language}-${device}`;
                            assert.deepEqual(await blockingViolations(page), [], name);
                            const overflow = await page.evaluate(
                                () =>
                                    document.documentElement.scrollWidth -
                                    document.documentElement.clientWidth,
                            );
                            assert.ok(
                                overflow <= 0,
                                `${name}: ${overflow} px wider than the screen`,
                            );
                            await screenshot(page, name);
                        }
                    }
                    // The canvas with a tile open for editing, too.
                    await open(
                        `/record/${OPPORTUNITY_ID}?layout=canvas&lang=${language}${device === 'phone' ? '&device=phone&frame=1' : ''}`,
                    );
                    await tile(page, 'Budget').click();
                    await panel(page, 'Budget').waitFor();
                    assert.deepEqual(
                        await blockingViolations(page),
                        [],
                        `canvas editor ${language}`,
                    );
                    await screenshot(page, `canvas-editing-${language}-${device}`);
                }
            }, viewport);
        });
    });
}

describe('on a phone', () => {
    it('gives every rating segment a touch target of at least 44 px, in English and German', async () => {
        await withSession(async ({ page, open }) => {
            for (const language of LANGUAGES) {
                await open(`/record/${LEAD_ID}?device=phone&frame=1&lang=${language}`);
                const sizes = await page.locator('.rating__label').evaluateAll((labels) =>
                    labels.map((element) => {
                        const box = element.getBoundingClientRect();
                        return { width: box.width, height: box.height };
                    }),
                );
                assert.equal(sizes.length, 20);
                const smallest = Math.min(
                    ...sizes.map((size) => Math.min(size.width, size.height)),
                );
                assert.ok(smallest >= 44, `${language}: a segment is only ${smallest} px`);
                // Each segment's text stays inside its segment: no word spills into its neighbour.
                const spills = await page.locator('.rating__segment').evaluateAll(
                    (segments) =>
                        segments.filter((segment) => {
                            const box = segment.getBoundingClientRect();
                            const text = segment.querySelector('.rating__text');
                            if (text === null) return true;
                            const range = document.createRange();
                            range.selectNodeContents(text);
                            const inner = range.getBoundingClientRect();
                            return inner.left < box.left - 0.5 || inner.right > box.right + 0.5;
                        }).length,
                );
                assert.equal(spills, 0, `${language}: ${spills} rating texts overflow`);
                // "Vollständigkeit" and its value share the summary without overlapping.
                const [caption, value] = await Promise.all(
                    [
                        '.summary__completeness-head .slds-text-title',
                        '.summary__completeness-text',
                    ].map((selector) => page.locator(selector).boundingBox()),
                );
                assert.ok(caption && value);
                const overlaps =
                    caption.x < value.x + value.width &&
                    value.x < caption.x + caption.width &&
                    caption.y < value.y + value.height &&
                    value.y < caption.y + caption.height;
                assert.ok(!overlaps, `${language}: completeness caption and value overlap`);
            }
        }, PHONE);
    });
});
