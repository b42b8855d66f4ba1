/** One problem the gate found. `line` is 1-based and absent when the problem concerns a whole file. */
export interface Finding {
    readonly rule: RuleId;
    readonly severity: Severity;
    /** Path relative to the project root, with forward slashes. */
    readonly file: string;
    readonly line?: number;
    readonly message: string;
}

export type Severity = 'error' | 'warning';

export type RuleId =
    | 'xml'
    | 'schema'
    | 'registry'
    | 'references'
    | 'twins'
    | 'permissions'
    | 'translations'
    | 'lwc'
    | 'limits'
    | 'packages';

export function error(rule: RuleId, file: string, message: string, line?: number): Finding {
    return line === undefined
        ? { rule, severity: 'error', file, message }
        : { rule, severity: 'error', file, line, message };
}

export function warning(rule: RuleId, file: string, message: string, line?: number): Finding {
    return line === undefined
        ? { rule, severity: 'warning', file, message }
        : { rule, severity: 'warning', file, line, message };
}

export function compareFindings(a: Finding, b: Finding): number {
    return (
        a.file.localeCompare(b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.rule.localeCompare(b.rule) ||
        a.message.localeCompare(b.message)
    );
}
