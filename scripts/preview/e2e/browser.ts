import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium: CHROMIUM_PATH, else the usual install paths; a clear error when there is none. */
export function findChromium(): string {
    const fromEnvironment = process.env.CHROMIUM_PATH;
    if (fromEnvironment !== undefined && fromEnvironment !== '') {
        if (!existsSync(fromEnvironment))
            throw new Error(`CHROMIUM_PATH is ${fromEnvironment}, but no file is there`);
        return fromEnvironment;
    }
    const found = CANDIDATES.find((candidate) => existsSync(candidate));
    if (found === undefined) {
        throw new Error(
            `No Chromium found (looked at CHROMIUM_PATH and ${CANDIDATES.join(', ')}). Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
        );
    }
    return found;
}

export interface LaunchedBrowser {
    readonly browser: Browser;
    close(): Promise<void>;
}

/**
 * Headless Chromium without its background networking, which would keep knocking on a network this
 * machine does not have. Playwright gives every launch a fresh temporary profile (--user-data-dir)
 * and deletes it on close; it refuses the flag from the caller.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
    const browser = await chromium.launch({
        executablePath: findChromium(),
        headless: true,
        args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    return {
        browser,
        close: () => browser.close(),
    };
}
