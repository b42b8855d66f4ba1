import type { Finding } from './finding';
import type { GateResult } from './gate';

export interface Summary {
    readonly errors: number;
    readonly warnings: number;
    readonly filesChecked: number;
    readonly rules: readonly string[];
    readonly durationMs: number;
    readonly passed: boolean;
}

export function summarise(result: GateResult): Summary {
    const errors = result.findings.filter((finding) => finding.severity === 'error').length;
    return {
        errors,
        warnings: result.findings.length - errors,
        filesChecked: result.filesChecked,
        rules: result.rulesRun,
        durationMs: result.durationMs,
        passed: errors === 0,
    };
}

/** `path:line rule message`, one finding a line, then a summary line. */
export function formatHuman(result: GateResult): string {
    const summary = summarise(result);
    const lines = result.findings.map(formatFinding);
    const verdict = summary.passed ? 'verify passed' : 'verify FAILED';
    lines.push(
        `${verdict}: ${summary.errors} error(s), ${summary.warnings} warning(s) in ${summary.filesChecked} files ` +
            `(${summary.rules.join(', ')}) in ${summary.durationMs} ms`,
    );
    return lines.join('\n');
}

export function formatFinding(finding: Finding): string {
    const location = finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
    const severity = finding.severity === 'warning' ? ' warning' : '';
    return `${location} ${finding.rule}${severity} ${finding.message}`;
}

export function formatJson(result: GateResult): string {
    return JSON.stringify({ findings: result.findings, summary: summarise(result) }, null, 2);
}
