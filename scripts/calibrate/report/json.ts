import type { FrameworkReport } from '../analyse';

/** What `--json` writes: `frameworks[]` as the issue asks, with everything the HTML shows. */
export interface CalibrationReport {
    readonly version: 1;
    /** The file or org the deals came from. */
    readonly source: string;
    readonly filter: Readonly<Record<string, string>>;
    readonly seed: number;
    readonly frameworks: readonly FrameworkReport[];
}

export function reportJson(report: CalibrationReport): string {
    return `${JSON.stringify(report, (_, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}
