/** One case before its expected result is computed. */
export interface CaseInput {
    readonly name: string;
    /** A shipped framework's DeveloperName or a name from the vectors' "frameworks". */
    readonly framework: string;
    readonly answers: Readonly<Record<string, unknown>>;
    /** Structured values by dimension key: dates as 'YYYY-MM-DD'. */
    readonly values?: Readonly<Record<string, unknown>>;
    /** The case's day; cases that do not depend on it get the vectors' default day. */
    readonly evaluationDay?: string;
}
