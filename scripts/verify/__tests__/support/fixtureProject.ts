import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, RuleId } from '../../finding';
import { defaultCacheDir, runGate } from '../../gate';
import { ALL_RULES } from '../../rules';

export const FIXTURES = join(__dirname, '..', 'fixtures');
const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');
const created: string[] = [];

/** A private copy of the clean fixture project, optionally with a faulty overlay copied over it. */
export function copyCleanProject(overlay?: string): string {
    const directory = mkdtempSync(join(tmpdir(), 'bb-verify-'));
    created.push(directory);
    cpSync(join(FIXTURES, 'clean'), directory, { recursive: true });
    if (overlay) cpSync(join(FIXTURES, 'faulty', overlay), directory, { recursive: true });
    return directory;
}

export function removeCopies(): void {
    for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** Runs the whole gate (or one rule), sharing the compiled-schema cache with `npm run verify`. */
export function verify(root: string, only?: RuleId): Finding[] {
    const rules = only ? ALL_RULES.filter((rule) => rule.id === only) : ALL_RULES;
    return [...runGate({ root, rules, cacheDir: defaultCacheDir(REPOSITORY_ROOT) }).findings];
}

/** `file:line message` per finding, for readable assertion failures. */
export function lines(findings: readonly Finding[]): string[] {
    return findings.map((finding) => `${finding.file}:${finding.line ?? ''} ${finding.message}`);
}
