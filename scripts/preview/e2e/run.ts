/**
 * npm run test:e2e: the browser tests with Node's test runner, one file at a time (each test starts its
 * own preview server and Chromium page). Extra arguments go to `node --test`, e.g. --test-name-pattern.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describeChromium, findChromium } from './browser';

const here = __dirname;

async function main(): Promise<void> {
    // Resolved (and the npm package's Chromium unpacked) once, here, before the files run one by one.
    const choice = await findChromium();
    console.log(describeChromium(choice));
    process.env.CHROMIUM_PATH = choice.executablePath;
    if (choice.fontconfigPath !== undefined) process.env.FONTCONFIG_PATH = choice.fontconfigPath;
    const files = readdirSync(here)
        .filter((file) => file.endsWith('.e2e.ts'))
        .sort()
        .map((file) => path.join(here, file));
    const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--test', '--test-concurrency=1', ...process.argv.slice(2), ...files],
        {
            stdio: 'inherit',
        },
    );
    process.exit(result.status ?? 1);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
});
