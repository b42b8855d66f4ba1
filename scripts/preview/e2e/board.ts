/**
 * What the board's browser tests share: finding a dimension in any layout, rating it as a user does,
 * and moving keyboard focus the way a keyboard user does (Tab, never a click).
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { sharedBuild } from './harness';

/** The dimension's editor (panels, interview, an open canvas tile). */
export const panel = (page: Page, key: string): Locator =>
    page.locator(`section[data-key="${key}"]`);

/** The canvas tile of a dimension (absent while it is open for editing). */
export const tile = (page: Page, key: string): Locator =>
    page.locator(`.board__cell[data-key="${key}"] button.tile`);

export const statusOf = (page: Page): Promise<string | null> =>
    page.locator('.summary [data-status]').getAttribute('data-status');

export const waitForStatus = (page: Page, status: string): Promise<void> =>
    page.locator(`.summary [data-status="${status}"]`).waitFor();

/** Clicks the rating's segment, as a user does: the segment's label names its radio. */
export async function rate(page: Page, key: string, value: string): Promise<void> {
    await panel(page, key).locator(`.rating__segment[data-rating="${value}"] label`).click();
    assert.ok(
        await panel(page, key).locator(`input[type="radio"][value="${value}"]`).isChecked(),
        `${key} rated ${value}`,
    );
}

/** The value of the radio that has keyboard focus in a dimension, or null when none has. */
export async function focusedRating(page: Page, key: string): Promise<string | null> {
    const focused = panel(page, key).locator('input[type="radio"]:focus');
    return (await focused.count()) === 1 ? focused.getAttribute('value') : null;
}

/** Presses Tab (or Shift+Tab) until the locator has focus; fails after `limit` presses. */
export async function tabTo(
    page: Page,
    target: Locator,
    { backwards = false, limit = 80 } = {},
): Promise<number> {
    for (let presses = 0; presses <= limit; presses += 1) {
        if (await target.evaluate((element) => element.matches(':focus')).catch(() => false))
            return presses;
        await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${String(target)} did not get focus after ${limit} presses of Tab`);
}

export async function label(name: string, language: 'en' | 'de'): Promise<string> {
    const { workspace } = await sharedBuild();
    return workspace.catalog.label(name, language);
}

/** Fills a label's `{name}` placeholders as the engine's reason formatter does. */
export function fill(template: string, values: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
        values[name] === undefined ? placeholder : String(values[name]),
    );
}
