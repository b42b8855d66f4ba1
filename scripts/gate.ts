/**
 * `npm test`: the whole offline gate, cheapest and most fundamental checks first, so a broken
 * format or type fails in seconds instead of after the browser tests. Each step is an npm script
 * that can also be run alone. `npm test -- --from <step>` resumes at a step.
 */
import { spawnSync } from 'node:child_process';

const STEPS: Array<{ script: string; why: string }> = [
    { script: 'format:check', why: 'every file is formatted (Apex formatting is a real parse)' },
    { script: 'typecheck', why: 'TypeScript strict over LWCs, scripts and tests' },
    { script: 'lint', why: 'LWC and TypeScript lint rules' },
    { script: 'build', why: 'TypeScript to the JavaScript the platform runs' },
    { script: 'check:lwc', why: 'the LWC compiler accepts every emitted bundle' },
    { script: 'test:unit', why: 'Jest on the TypeScript sources, with coverage thresholds' },
    { script: 'test:unit:js', why: 'the LWC tests again, on the emitted JavaScript' },
    { script: 'check:convert', why: 'the Salesforce CLI converts the package directory' },
    { script: 'verify', why: 'offline deploy gate: schema, references, permissions, translations' },
    { script: 'apex:check', why: 'Apex meta files present, every class parses and is formatted' },
    { script: 'apex:semantic', why: 'Apex compiles (jorje): types, methods, fields, SOQL columns' },
    { script: 'apex:pmd', why: 'PMD Apex rules of Salesforce Code Analyzer' },
    { script: 'test:e2e', why: 'the local record page in headless Chromium' },
];

const fromIndex = process.argv.indexOf('--from');
const from = fromIndex >= 0 ? process.argv[fromIndex + 1] : undefined;
const start = from === undefined ? 0 : STEPS.findIndex((step) => step.script === from);
if (start < 0) {
    console.error(
        `gate: unknown step "${from}"; steps are ${STEPS.map((s) => s.script).join(', ')}`,
    );
    process.exit(2);
}

const timings: string[] = [];
for (const step of STEPS.slice(start)) {
    console.log(`\n▶ ${step.script}: ${step.why}`);
    const began = Date.now();
    const run = spawnSync('npm', ['run', '--silent', step.script], { stdio: 'inherit' });
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    timings.push(`${step.script.padEnd(14)} ${seconds.padStart(6)} s`);
    if (run.status !== 0) {
        console.error(`\n✖ gate failed at "${step.script}" after ${seconds} s`);
        process.exit(run.status ?? 1);
    }
}
console.log(`\n✔ gate passed\n${timings.join('\n')}`);
