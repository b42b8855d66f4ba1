import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, REPO_ROOT, type Language } from '../lib/catalog';
import { launchChromium } from '../preview/e2e/browser';
import { analyseAll } from './calibrate';
import { dealOf } from './deals';
import { DEFAULT_ANALYSIS } from './analyse';
import { renderHtml } from './report/html';
import { syntheticRows, type SyntheticSpec } from './synthetic';

/**
 * The example report in docs/: a synthetic org whose true effects are known (Budget and Need
 * decide BANT deals, Authority a little, Timeline not at all; on the canvas Value Fit and Will to
 * Change decide, two dimensions correlate, a Blocker is rare; GPCTBA/C&I has too few deals), in
 * English and German, with a screenshot of the English page.
 * Run: npx tsx scripts/calibrate/example.ts
 */
async function main(): Promise<void> {
    const catalog = loadCatalog();
    const specs: SyntheticSpec[] = [
        {
            framework: catalog.framework('BANT'),
            deals: 1200,
            seed: 11,
            intercept: -2,
            effects: { Budget: 1.6, Authority: 0.5, Need: 1.2, Timeline: 0 },
            correlation: 0.2,
            blockerRate: 0.01,
            unexploredRate: 0.05,
        },
        {
            framework: catalog.framework('Beyond_BANT_Canvas'),
            deals: 2500,
            seed: 12,
            intercept: -2.2,
            effects: { Value_Fit: 1.5, Will_To_Change: 1.2, Goals: 0.6, Budget: 0.4 },
            correlation: 0.3,
            blockerRate: 0.005,
            unexploredRate: 0.1,
        },
        {
            framework: catalog.framework('GPCTBA_CI'),
            deals: 90,
            seed: 13,
            intercept: -0.5,
            effects: { Goals: 1 },
        },
    ];
    const deals = specs.flatMap((spec) =>
        syntheticRows(spec).map((row, i) =>
            dealOf(row, i + 2, catalog, 'Beyond_BANT_Canvas', 'synthetic'),
        ),
    );
    const frameworks = analyseAll(deals, catalog, {
        filter: {},
        seed: DEFAULT_ANALYSIS.seed,
        bootstrap: DEFAULT_ANALYSIS.bootstrap,
    });
    const report = {
        version: 1 as const,
        source: 'synthetic org (scripts/calibrate/example.ts)',
        filter: {},
        seed: DEFAULT_ANALYSIS.seed,
        frameworks,
    };
    const files: Record<Language, string> = {
        en: join(REPO_ROOT, 'docs', 'calibration-example.html'),
        de: join(REPO_ROOT, 'docs', 'calibration-example.de.html'),
    };
    for (const language of ['en', 'de'] as const)
        writeFileSync(files[language], await renderHtml(report, catalog, language));
    const launched = await launchChromium();
    try {
        const page = await launched.browser.newPage({ viewport: { width: 1024, height: 800 } });
        await page.goto(`file://${files.en}`);
        await page.screenshot({
            path: join(REPO_ROOT, 'docs', 'calibration-example.png'),
            fullPage: true,
        });
    } finally {
        await launched.close();
    }
    process.stdout.write(`${files.en}\n${files.de}\ndocs/calibration-example.png\n`);
}

main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
});
