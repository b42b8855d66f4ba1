import { messageOf } from './session';

/** Runs a CLI entry point: prints the error (never a stack with request data) and sets the exit code. */
export function runCli(main: (argv: string[]) => Promise<number>): void {
    main(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            process.stderr.write(`Error: ${messageOf(error)}\n`);
            process.exitCode = 1;
        },
    );
}

/** The objects the qualification fields live on: what `--objects` may name. */
export const QUALIFIED_OBJECTS = ['Lead', 'Opportunity'] as const;
export type QualifiedObject = (typeof QUALIFIED_OBJECTS)[number];

/** `--objects Lead,Opportunity`: both when absent, a clear error naming anything else. */
export function parseObjects(value: string | undefined): QualifiedObject[] {
    if (value === undefined) return [...QUALIFIED_OBJECTS];
    const names = value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
    const unknown = names.filter(
        (name) => !(QUALIFIED_OBJECTS as readonly string[]).includes(name),
    );
    if (names.length === 0 || unknown.length > 0) {
        throw new Error(
            `--objects takes ${QUALIFIED_OBJECTS.join(', ')} (unknown: ${unknown.join(', ') || 'none given'})`,
        );
    }
    return names as QualifiedObject[];
}

/** A positive whole number from a flag, or a clear error naming the flag. */
export function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
        throw new Error(`${flag} must be a whole number ≥ 1 (was ${JSON.stringify(value)})`);
    return number;
}

/** Aborts on the first Ctrl-C / SIGTERM so the tool can stop cleanly; a second one exits at once. */
export function interruptSignal(): { signal: AbortSignal; dispose(): void } {
    const controller = new AbortController();
    const onSignal = (name: NodeJS.Signals) => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write(`\n${name}: stopping after the current step (again to force)…\n`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose() {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}
