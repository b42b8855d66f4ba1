import {
    createReadStream,
    createWriteStream,
    existsSync,
    mkdirSync,
    readFileSync,
    renameSync,
    writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const BUNDLED_PACKAGE = '@sparticuz/chromium';

/** Which Chromium the browser tests drive, and why that one. */
export interface ChromiumChoice {
    readonly executablePath: string;
    readonly source: 'CHROMIUM_PATH' | 'system' | 'npm';
    /** Set for the npm package's Chromium: the fontconfig folder its fonts were unpacked to. */
    readonly fontconfigPath?: string;
}

/**
 * The Chromium to drive, first that exists: CHROMIUM_PATH, Debian's `/usr/bin/chromium`, else the
 * one `npm ci` brought with `@sparticuz/chromium` (a headless-shell build shipped inside the package,
 * brotli-compressed; unpacked once per version into the temp folder, atomically).
 */
export async function findChromium(): Promise<ChromiumChoice> {
    const fromEnvironment = process.env.CHROMIUM_PATH;
    if (fromEnvironment !== undefined && fromEnvironment !== '') {
        if (!existsSync(fromEnvironment))
            throw new Error(`CHROMIUM_PATH is ${fromEnvironment}, but no file is there`);
        return { executablePath: fromEnvironment, source: 'CHROMIUM_PATH' };
    }
    const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
    if (system !== undefined) return { executablePath: system, source: 'system' };
    return unpackBundledChromium();
}

/** One line for the start of the browser tests: which binary, and where it came from. */
export function describeChromium(choice: ChromiumChoice): string {
    const origin = {
        CHROMIUM_PATH: 'from CHROMIUM_PATH',
        system: "Debian's package",
        npm: `${BUNDLED_PACKAGE} from npm ci`,
    }[choice.source];
    return `Chromium: ${choice.executablePath} (${origin})`;
}

async function unpackBundledChromium(): Promise<ChromiumChoice> {
    let entry: string;
    try {
        entry = require.resolve(BUNDLED_PACKAGE);
    } catch {
        throw new Error(
            `No Chromium found: CHROMIUM_PATH is unset, ${SYSTEM_CANDIDATES.join(' and ')} do not exist, and ${BUNDLED_PACKAGE} is not installed. Run "npm ci", or set CHROMIUM_PATH.`,
        );
    }
    // The package exports no package.json: its root is the folder above its build/ entry point.
    const packageRoot = path.dirname(path.dirname(entry));
    const { version } = JSON.parse(
        readFileSync(path.join(packageRoot, 'package.json'), 'utf8'),
    ) as { version: string };
    const home = path.join(tmpdir(), `beyond-bant-chromium-${version}`);
    mkdirSync(home, { recursive: true });
    const executablePath = path.join(home, 'chromium');
    if (!existsSync(executablePath)) {
        // Unpacked under a name of its own and renamed when complete: a run that starts while another
        // unpacks, or after one was killed half-way, never finds a half-written binary.
        const partial = `${executablePath}.${process.pid}.partial`;
        await pipeline(
            createReadStream(path.join(packageRoot, 'bin', 'chromium.br')),
            createBrotliDecompress(),
            createWriteStream(partial, { mode: 0o755 }),
        );
        renameSync(partial, executablePath);
    }
    return { executablePath, source: 'npm', fontconfigPath: writeFontconfig(home) };
}

/**
 * A fontconfig of our own for the npm Chromium. A machine without Debian's Chromium may have no fonts
 * at all, and the package's own (Open Sans alone) is wider than what Debian's Chromium shows for the
 * Lightning Design System's font stack (Liberation Sans for Helvetica and Arial): German text wrapped
 * differently and the printed canvas took two pages. Arimo (@expo-google-fonts/arimo: TrueType files,
 * which Chromium's font loader reads where it skips web fonts; Liberation
 * Sans was made from, with Arial's metrics) stands in for the stack's Helvetica, Arial and sans-serif,
 * so both binaries lay the page out alike; system fonts, where there are any, follow.
 */
function writeFontconfig(home: string): string {
    const arimo = path.dirname(require.resolve('@expo-google-fonts/arimo/package.json'));
    const folder = path.join(home, 'fontconfig');
    mkdirSync(folder, { recursive: true });
    const alias = (family: string): string =>
        `  <alias binding="same"><family>${family}</family><prefer><family>Arimo</family></prefer></alias>`;
    const config = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        `  <dir>${arimo}</dir>`,
        '  <dir>/usr/share/fonts</dir>',
        `  <cachedir>${path.join(folder, 'cache')}</cachedir>`,
        ...['Helvetica', 'Arial', 'sans-serif'].map(alias),
        '</fontconfig>',
        '',
    ].join('\n');
    writeFileSync(path.join(folder, 'fonts.conf'), config);
    return folder;
}

export interface LaunchedBrowser {
    readonly browser: Browser;
    close(): Promise<void>;
}

/**
 * Headless Chromium without its background networking, which would keep knocking on a network this
 * machine does not have. The same flags for every binary: the npm package's own defaults are tuned
 * for serverless functions (single process, no zygote, web security off) and none of them is needed
 * here. Playwright gives every launch a fresh temporary profile (--user-data-dir) and deletes it on
 * close; it refuses the flag from the caller.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
    const choice = await findChromium();
    const browser = await chromium.launch({
        executablePath: choice.executablePath,
        headless: true,
        env:
            choice.fontconfigPath === undefined
                ? process.env
                : { ...process.env, FONTCONFIG_PATH: choice.fontconfigPath },
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
