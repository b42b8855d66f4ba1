/**
 * Browser tests of stage gates (issue 20) on the local record page: with the shipped example gate
 * "Opportunity_Any_Negotiation" active, a rep's move to Negotiation/Review is blocked with the
 * unmet criteria named, the board's checklist turns green as the rep rates, the same record then
 * moves, and the saved stage survives a reload; a manager passes the gate with a reason that is
 * recorded; a lead's conversion gate blocks a disqualified lead. English and German, desktop and phone.
 * Run: npx tsx --test scripts/preview/e2e/stageGates.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { PreviewServer } from '../server/previewServer';
import { fill, label, panel, rate } from './board';
import {
    chromiumForThisFile,
    LEAD_ID,
    OPPORTUNITY_ID,
    screenshot,
    sharedBuild,
    storedFields,
    type PreviewSession,
} from './harness';

const browser = chromiumForThisFile();

const PHONE = { width: 375, height: 780 };
const DESKTOP = { width: 1280, height: 900 };
const NEGOTIATION = 'Negotiation/Review';

type Language = 'en' | 'de';

async function activateGates(
    server: PreviewServer,
    activeGates: string[],
    persona: 'rep' | 'manager',
): Promise<void> {
    const response = await fetch(`${server.url}/api/stage-gates`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ activeGates, persona }),
    });
    assert.equal(response.status, 200, await response.text());
}

const checklist = (page: Page) => page.locator('c-qualification-gate-checklist');

async function checklistState(page: Page): Promise<Array<string | null>> {
    return checklist(page)
        .locator('li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-met')));
}

async function waitForChecklist(page: Page, expected: Array<string | null>): Promise<void> {
    await waitForState(page, expected).catch(async (error: unknown) => {
        const status = await page.locator('.summary [data-status]').getAttribute('data-status');
        const items = await checklist(page).locator('li').allInnerTexts();
        throw new Error(
            `checklist ${JSON.stringify(await checklistState(page))}, expected ${JSON.stringify(expected)}; status ${status}; items ${items.join(' | ')}`,
            { cause: error },
        );
    });
}

/** Polls through Playwright's locators, which see into the components' (synthetic) shadow trees. */
async function waitForState(page: Page, expected: Array<string | null>): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (JSON.stringify(await checklistState(page)) !== JSON.stringify(expected)) {
        if (Date.now() > deadline) throw new Error('timed out waiting for the checklist');
        await page.waitForTimeout(100);
    }
}

async function moveStage(page: Page, stage: string): Promise<void> {
    await page.locator('[data-id="path-stage"]').selectOption(stage);
    await page.locator('[data-id="path-mark"]').click();
    await page.locator('[data-id="path-error"], [data-id="path-success"]').first().waitFor();
}

async function texts(language: Language) {
    const { workspace } = await sharedBuild();
    const ratings = workspace.catalog.ratingLabels(language);
    const statuses = Object.fromEntries(
        workspace
            .picklistValues('Opportunity', 'BB_Qualification_Status__c', language)
            .map((option) => [option.value, option.label]),
    );
    const title = (key: string) => label(`BB_Dimension_${key}`, language);
    return { ratings, statuses, title };
}

/** What the trigger says for the sample opportunity's move to Negotiation/Review, in the user's language. */
async function expectedBlock(language: Language, status: string): Promise<string> {
    const { ratings, statuses, title } = await texts(language);
    const criteria = [
        fill(await label('BB_Gate_Criterion_Status', language), {
            required: statuses.Qualified ?? 'Qualified',
            actual: statuses[status] ?? status,
        }),
        fill(await label('BB_Gate_Criterion_Dimension_Met', language), {
            dimension: await title('Authority'),
            required: ratings.Met ?? 'Met',
            actual: ratings.Partly_Met ?? 'Partly_Met',
        }),
        fill(await label('BB_Gate_Criterion_Dimension_At_Least', language), {
            dimension: await title('Budget'),
            required: ratings.Partly_Met ?? 'Partly_Met',
            actual: ratings.Not_Explored ?? 'Not_Explored',
        }),
    ];
    return fill(await label('BB_Gate_Blocked', language), {
        stage: NEGOTIATION,
        criteria: criteria.join('; '),
    });
}

function pageQuery(language: Language, device: 'desktop' | 'phone'): string {
    return `layout=panels&lang=${language}${device === 'phone' ? '&device=phone&frame=1' : ''}`;
}

async function saveBoard(session: PreviewSession): Promise<void> {
    const { page } = session;
    await page.locator('.board__save').click();
    await checklist(page).locator('.checklist__note').waitFor({ state: 'detached' });
}

for (const language of ['en', 'de'] as const) {
    for (const [device, viewport] of [
        ['desktop', DESKTOP],
        ['phone', PHONE],
    ] as const) {
        describe(`stage gates on the record page (${language}, ${device})`, () => {
            it('blocks the rep with the named criteria, turns the checklist green as the rep rates, then moves and keeps the stage after a reload', async () => {
                await browser.withSession(async (session) => {
                    const { page, server, open } = session;
                    await activateGates(server, ['Opportunity_Any_Negotiation'], 'rep');
                    await open(`/record/${OPPORTUNITY_ID}?${pageQuery(language, device)}`);
                    await checklist(page).locator('li').first().waitFor();
                    const heading = fill(await label('BB_Board_Stage_Gate_Next', language), {
                        stage: NEGOTIATION,
                    });
                    assert.equal((await checklist(page).locator('h3').innerText()).trim(), heading);
                    assert.deepEqual(await checklistState(page), ['false', 'false', 'false']);
                    await checklist(page).scrollIntoViewIfNeeded();
                    await screenshot(page, `stage-gate-checklist-open-${language}-${device}`);

                    const before = await storedFields(server, OPPORTUNITY_ID);
                    await moveStage(page, NEGOTIATION);
                    const error = (await page.locator('[data-id="path-error"]').innerText()).trim();
                    assert.equal(
                        error,
                        await expectedBlock(language, String(before.BB_Qualification_Status__c)),
                    );
                    await page.locator('[data-id="path-error"]').scrollIntoViewIfNeeded();
                    await screenshot(page, `stage-gate-blocked-${language}-${device}`);
                    assert.equal(
                        (await storedFields(server, OPPORTUNITY_ID)).StageName,
                        before.StageName,
                        'the blocked move saved nothing',
                    );

                    await rate(page, 'Authority', 'Met');
                    await waitForChecklist(page, ['false', 'true', 'false']);
                    await rate(page, 'Budget', 'Partly_Met');
                    await waitForChecklist(page, ['false', 'true', 'true']);
                    await rate(page, 'Will_To_Change', 'Met');
                    await rate(page, 'Value_Fit', 'Met');
                    await waitForChecklist(page, ['true', 'true', 'true']);
                    const ready = fill(await label('BB_Board_Stage_Gate_Ready', language), {
                        stage: NEGOTIATION,
                    });
                    assert.equal(
                        (
                            await checklist(page).locator('[data-id="gate-summary"]').innerText()
                        ).trim(),
                        ready,
                    );
                    await checklist(page).scrollIntoViewIfNeeded();
                    await screenshot(page, `stage-gate-checklist-met-${language}-${device}`);

                    await saveBoard(session);
                    await moveStage(page, NEGOTIATION);
                    assert.equal(await page.locator('[data-id="path-error"]').count(), 0);
                    assert.equal(
                        (await storedFields(server, OPPORTUNITY_ID)).StageName,
                        NEGOTIATION,
                    );

                    await page.reload();
                    await page.locator('c-qualification-summary .summary').first().waitFor();
                    await page
                        .locator('[data-field="StageName"]', { hasText: NEGOTIATION })
                        .waitFor();
                    // Past the last active gate: no checklist is left to show.
                    assert.equal(await checklist(page).locator('li').count(), 0);
                }, viewport);
            });
        });
    }
}

for (const [language, device, viewport] of [
    ['en', 'desktop', DESKTOP],
    ['de', 'phone', PHONE],
] as const) {
    describe(`a manager's exception and a lead's conversion gate (${language}, ${device})`, () => {
        it('lets a manager pass the gate with a reason, records who, which gate and why, and keeps it after a reload', async () => {
            await browser.withSession(async (session) => {
                const { page, server, open } = session;
                await activateGates(server, ['Opportunity_Any_Negotiation'], 'manager');
                await open(`/record/${OPPORTUNITY_ID}?${pageQuery(language, device)}`);
                await moveStage(page, NEGOTIATION);
                const hint = await label('BB_Gate_Override_Hint', language);
                const error = (await page.locator('[data-id="path-error"]').innerText()).trim();
                assert.ok(error.endsWith(hint), `the manager is told how to pass: ${error}`);

                const reason = 'Customer board meets Friday; CFO confirmed budget by phone';
                await page.locator('[data-id="path-reason"]').fill(reason);
                await moveStage(page, NEGOTIATION);
                assert.equal(await page.locator('[data-id="path-error"]').count(), 0);
                const stored = await storedFields(server, OPPORTUNITY_ID);
                assert.equal(stored.StageName, NEGOTIATION);
                assert.equal(stored.BB_Gate_Override_Reason__c, reason);
                assert.equal(stored.BB_Gate_Override_Gate__c, 'Opportunity_Any_Negotiation');
                assert.equal(stored.BB_Gate_Override_Count__c, 1);
                assert.equal(typeof stored.BB_Gate_Override_By__c, 'string');
                assert.equal(typeof stored.BB_Gate_Override_On__c, 'string');

                await page.reload();
                await page.locator('c-qualification-summary .summary').first().waitFor();
                const recorded = page.locator('[data-id="path-override"]');
                await recorded.waitFor();
                assert.ok((await recorded.innerText()).includes(reason));
                await recorded.scrollIntoViewIfNeeded();
                await screenshot(page, `stage-gate-exception-${language}-${device}`);
            }, viewport);
        });

        it('blocks converting a disqualified lead with the conversion gate, and converts once it is not', async () => {
            await browser.withSession(async (session) => {
                const { page, server, open } = session;
                await activateGates(server, ['Lead_Conversion'], 'rep');
                await open(`/record/${LEAD_ID}?${pageQuery(language, device)}`);
                const heading = await label('BB_Board_Stage_Gate_Conversion', language);
                assert.equal((await checklist(page).locator('h3').innerText()).trim(), heading);

                await rate(page, 'Need', 'Blocker');
                await waitForChecklist(page, ['false']);
                await saveBoard(session);
                await page.locator('[data-id="path-convert"]').click();
                await page.locator('[data-id="path-error"]').waitFor();
                const { statuses } = await texts(language);
                const expected = fill(await label('BB_Gate_Blocked_Conversion', language), {
                    criteria: fill(await label('BB_Gate_Criterion_Status', language), {
                        required: statuses.Nurture ?? 'Nurture',
                        actual: statuses.Disqualified ?? 'Disqualified',
                    }),
                });
                assert.equal(
                    (await page.locator('[data-id="path-error"]').innerText()).trim(),
                    expected,
                );
                await page.locator('[data-id="path-error"]').scrollIntoViewIfNeeded();
                await screenshot(page, `stage-gate-conversion-blocked-${language}-${device}`);

                await rate(page, 'Need', 'Met');
                await waitForChecklist(page, ['true']);
                await saveBoard(session);
                await page.locator('[data-id="path-convert"]').click();
                await page.locator('[data-id="path-converted"]').waitFor();
                assert.equal((await storedFields(server, LEAD_ID)).Status, 'Closed - Converted');
                assert.equal(await panel(page, 'Need').count(), 1);
            }, viewport);
        });
    });
}

for (const [language, device, viewport] of [
    ['en', 'desktop', DESKTOP],
    ['de', 'phone', PHONE],
] as const) {
    describe(`the stage-gate checklist in every layout (${language}, ${device})`, () => {
        it('shows the next gate and its criteria in the panels, the canvas and the interview', async () => {
            await browser.withSession(async (session) => {
                const { page, server, open } = session;
                await activateGates(server, ['Opportunity_Any_Negotiation'], 'rep');
                const heading = fill(await label('BB_Board_Stage_Gate_Next', language), {
                    stage: NEGOTIATION,
                });
                for (const layout of ['panels', 'canvas', 'interview'] as const) {
                    const query = pageQuery(language, device).replace(
                        'layout=panels',
                        `layout=${layout}`,
                    );
                    await open(`/record/${OPPORTUNITY_ID}?${query}`);
                    await checklist(page).locator('li').first().waitFor();
                    assert.equal((await checklist(page).locator('h3').innerText()).trim(), heading);
                    assert.deepEqual(await checklistState(page), ['false', 'false', 'false']);
                    assert.ok(await checklist(page).isVisible(), `visible in the ${layout} layout`);
                    await checklist(page).scrollIntoViewIfNeeded();
                    await screenshot(page, `stage-gate-checklist-${layout}-${language}-${device}`);
                }
            }, viewport);
        });
    });
}
