/**
 * Browser tests of changing a record's framework from the board (issue 23) on the local record page:
 * a sales manager (the toolbar's persona, who holds BB_Change_Qualification_Framework) switches the
 * sample lead from BANT to GPCTBA/C&I, is told beforehand that Need's answer is not used and Budget's
 * is kept, and then sees GPCTBA/C&I's panels with Budget's answer, also after a reload; a sales rep
 * sees no switch on that lead, and the trigger's stand-in refuses the change from the API. English
 * and German, desktop and phone. Run: npx tsx --test scripts/preview/e2e/frameworkSwitch.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { PreviewServer } from '../server/previewServer';
import { label, panel, tabTo } from './board';
import { chromiumForThisFile, LEAD_ID, screenshot, sharedBuild, storedFields } from './harness';

const { withSession } = chromiumForThisFile();

const PHONE = { width: 375, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

type Language = 'en' | 'de';
type Device = 'desktop' | 'phone';

/** The toolbar's "User" buttons: the sales manager holds BB_Change_Qualification_Framework. */
async function actAs(server: PreviewServer, persona: 'rep' | 'manager'): Promise<void> {
    const response = await fetch(`${server.url}/api/stage-gates`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ activeGates: [], persona }),
    });
    assert.equal(response.status, 200, await response.text());
}

function fill(template: string, ...values: string[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) =>
        values[Number(index)] === undefined ? placeholder : String(values[Number(index)]),
    );
}

function leadPage(language: Language, device: Device): string {
    return `/record/${LEAD_ID}?layout=panels&highlights=0&lang=${language}${device === 'phone' ? '&device=phone&frame=1' : ''}`;
}

async function frameworkLabel(name: string): Promise<string> {
    const { workspace } = await sharedBuild();
    return workspace.catalog.framework(name).label;
}

const switchButton = (page: Page) => page.locator('c-qualification-framework-switch .switch__open');

async function panelKeys(page: Page): Promise<string[]> {
    return page
        .locator('c-qualification-panel section[data-key]')
        .evaluateAll((sections) =>
            sections.map((section) => section.getAttribute('data-key') ?? ''),
        );
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).include('[data-region="board"]').analyze();
    return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help}`);
}

for (const language of ['en', 'de'] as const) {
    describe(`changing a record's framework from the board (${language})`, () => {
        for (const device of ['desktop', 'phone'] as const) {
            it(`a sales manager switches the lead from BANT to GPCTBA/C&I, told what is kept and what is not used (${device})`, async () => {
                await withSession(
                    async ({ page, server, open, savedFields }) => {
                        await actAs(server, 'manager');
                        await open(leadPage(language, device));
                        const bant = await frameworkLabel('BANT');
                        const gpctba = await frameworkLabel('GPCTBA_CI');
                        const framework = await label('BB_Board_Framework', language);
                        assert.equal(
                            (await page.locator('.board__framework').innerText()).trim(),
                            fill(framework, bant),
                        );
                        assert.deepEqual(await panelKeys(page), [
                            'Budget',
                            'Authority',
                            'Need',
                            'Timeline',
                        ]);

                        // Keyboard: Tab to the switch and open it; focus moves into the list.
                        assert.equal(
                            (await switchButton(page).innerText()).trim(),
                            await label('BB_Board_Framework_Switch_Open', language),
                        );
                        await tabTo(page, switchButton(page));
                        await page.keyboard.press('Enter');
                        const gpctbaChoice = page.locator('.switch__option', { hasText: gpctba });
                        await gpctbaChoice.waitFor();
                        const offered = await page
                            .locator('.switch__option input')
                            .evaluateAll((inputs) =>
                                inputs.map((input) => (input as HTMLInputElement).value),
                            );
                        assert.ok(
                            !offered.includes('BANT'),
                            `the current framework is not offered: ${offered.join(', ')}`,
                        );
                        assert.ok(offered.includes('Beyond_BANT_Canvas'), offered.join(', '));
                        assert.ok(
                            offered.includes('MEDDPICC'),
                            'the frameworks package applies to Lead too',
                        );

                        // The first choice has focus: Space picks it, as for any radio group.
                        const focused = page.locator('.switch__option input:focus');
                        await focused.waitFor();
                        await page.keyboard.press('Space');
                        assert.ok(await focused.isChecked(), 'chosen with the keyboard');
                        await page.locator('.switch__kept, .switch__unused').first().waitFor();

                        await gpctbaChoice.click();
                        const budget = await label('BB_Dimension_Budget', language);
                        const need = await label('BB_Dimension_Need', language);
                        // The sample lead answered Budget (rating, notes, amount) and Need (rating, notes).
                        assert.equal(
                            (await page.locator('.switch__unused').innerText()).trim(),
                            fill(
                                await label('BB_Board_Framework_Switch_Unused', language),
                                gpctba,
                                need,
                            ),
                        );
                        assert.equal(
                            (await page.locator('.switch__kept').innerText()).trim(),
                            fill(
                                await label('BB_Board_Framework_Switch_Kept', language),
                                gpctba,
                                budget,
                            ),
                        );
                        assert.deepEqual(await seriousAxeViolations(page), []);
                        await screenshot(page, `framework-switch-${language}-${device}`);

                        await page.locator('.switch__save').click();
                        await page.locator('section[data-key="Goals"]').waitFor();
                        assert.equal(
                            (await page.locator('.board__framework').innerText()).trim(),
                            fill(framework, gpctba),
                        );
                        assert.deepEqual(await panelKeys(page), [
                            'Goals',
                            'Plans',
                            'Challenges',
                            'Timeline',
                            'Budget',
                            'Authority',
                            'Negative_Consequences',
                            'Positive_Implications',
                        ]);
                        assert.ok(
                            await panel(page, 'Budget')
                                .locator('input[type="radio"][value="Partly_Met"]')
                                .isChecked(),
                            "Budget's rating is kept",
                        );
                        assert.match(
                            await panel(page, 'Budget').locator('textarea').inputValue(),
                            /telematics budget/,
                        );
                        assert.deepEqual(savedFields, [
                            { BB_Qualification_Framework__c: 'GPCTBA_CI' },
                        ]);
                        const stored = await storedFields(server, LEAD_ID);
                        assert.equal(stored.BB_Qualification_Framework__c, 'GPCTBA_CI');
                        assert.equal(stored.BB_Need_Rating__c, 'Met', "Need's answer stays stored");
                        await screenshot(page, `framework-switched-${language}-${device}`);

                        await page.reload();
                        await page.locator('section[data-key="Goals"]').waitFor();
                        assert.equal((await panelKeys(page)).length, 8);
                    },
                    device === 'phone' ? PHONE : DESKTOP,
                );
            });
        }

        it('a sales rep sees no switch on a record with a framework, and the trigger refuses the change', async () => {
            await withSession(async ({ page, server, open }) => {
                await actAs(server, 'rep');
                await open(leadPage(language, 'desktop'));
                assert.equal(await page.locator('c-qualification-framework-switch').count(), 0);
                assert.deepEqual(await panelKeys(page), [
                    'Budget',
                    'Authority',
                    'Need',
                    'Timeline',
                ]);

                const response = await fetch(`${server.url}/api/records/${LEAD_ID}`, {
                    method: 'PATCH',
                    headers: { 'Content-Type': 'application/json', 'X-Preview-Language': language },
                    body: JSON.stringify({
                        fields: { BB_Qualification_Framework__c: 'GPCTBA_CI' },
                    }),
                });
                assert.equal(response.status, 400);
                const body = (await response.json()) as {
                    output: { fieldErrors: Record<string, Array<{ message: string }>> };
                };
                assert.equal(
                    body.output.fieldErrors.BB_Qualification_Framework__c?.[0]?.message,
                    fill(
                        await label('BB_Automation_Framework_Change_Not_Permitted', language),
                        'BANT',
                    ),
                );
                assert.equal(
                    (await storedFields(server, LEAD_ID)).BB_Qualification_Framework__c,
                    'BANT',
                );
            });
        });
    });
}
