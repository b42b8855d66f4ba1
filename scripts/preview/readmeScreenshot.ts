/**
 * Writes docs/images/board.png for the README: the Beyond-BANT canvas on the sample Opportunity at 1280 × 800,
 * with one rating changed on its tile and not yet saved, so the live preview of status and score shows. Run: npx tsx scripts/preview/readmeScreenshot.ts
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './e2e/browser';
import { OPPORTUNITY_ID, openSession, PROJECT_ROOT } from './e2e/harness';

async function main(): Promise<void> {
    const chromium = await launchChromium();
    const session = await openSession(chromium.browser, { width: 1280, height: 800 });
    try {
        await session.open(`/record/${OPPORTUNITY_ID}?layout=canvas`);
        const { page } = session;
        // Rated in place on its tile, then closed again: the whole canvas with the live preview.
        await page.locator('.board__cell[data-key="Will_To_Change"] button.tile').click();
        await page
            .locator('section[data-key="Will_To_Change"] .rating__segment[data-rating="Met"] label')
            .click();
        await page.locator('section[data-key="Will_To_Change"] .panel__done').click();
        await page.locator('.summary__preview').waitFor();
        await page.mouse.move(0, 0); // no hover shadow on the tile under the pointer
        const target = path.join(PROJECT_ROOT, 'docs/images/board.png');
        mkdirSync(path.dirname(target), { recursive: true });
        await page.locator('c-qualification-board').screenshot({ path: target });
        console.log(`wrote ${path.relative(PROJECT_ROOT, target)}`);
    } finally {
        await session.close();
        await chromium.close();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
});
