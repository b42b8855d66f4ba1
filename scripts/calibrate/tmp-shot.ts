import { launchChromium } from '../preview/e2e/browser';
async function main() {
    const l = await launchChromium();
    const page = await l.browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(`file://${process.argv[2]}`);
    const tops = process.argv.slice(3).map(Number);
    for (const [i, y] of tops.entries())
        await page.screenshot({
            path: `/tmp/shot${i}.png`,
            clip: { x: 0, y, width: 1024, height: 1100 },
            fullPage: true,
        });
    await l.close();
}
void main();
