import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** A syntax error reported by the Apex parser, with the position it names. */
export interface ApexParseError {
    line: number | null;
    column: number | null;
    message: string;
}

interface JorjeLocation {
    line?: number;
    column?: number;
}

/**
 * prettier-plugin-apex reports a syntax error with the parser's message only. To name the line,
 * ask the same native parser (jorje, shipped as `@prettier-apex/apex-ast-serializer-<os>-<arch>`)
 * directly; it returns every error with its location. Null when the binary is not available for
 * this platform: the caller then reports the message without a line.
 */
export function locateParseErrors(source: string): ApexParseError[] | null {
    const binary = nativeParserPath();
    if (binary === null) {
        return null;
    }
    const run = spawnSync(binary, [], {
        input: source,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0 || !run.stdout) {
        return null;
    }
    const ast = JSON.parse(run.stdout) as Record<string, unknown>;
    const outputKey = Object.keys(ast).find((key) => key.endsWith('.ParserOutput'));
    const output = outputKey ? (ast[outputKey] as { parseErrors?: unknown[] }) : undefined;
    return (output?.parseErrors ?? []).map((error) => {
        const { message } = error as { message?: string };
        const location = findLocation(error);
        return {
            line: location?.line ?? null,
            column: location?.column ?? null,
            message: message ?? 'syntax error',
        };
    });
}

/** The native jorje parser prettier-plugin-apex ships for this platform, or null. */
export function nativeParserPath(): string | null {
    const name = `apex-ast-serializer-${process.platform}-${process.arch}`;
    try {
        return createRequire(__filename).resolve(`@prettier-apex/${name}/${name}`);
    } catch {
        return null;
    }
}

/** The first `loc` object anywhere inside the error (jorje nests it a few levels deep). */
function findLocation(value: unknown): JorjeLocation | undefined {
    if (value === null || typeof value !== 'object') {
        return undefined;
    }
    const record = value as Record<string, unknown>;
    const loc = record.loc as JorjeLocation | undefined;
    if (loc && typeof loc.line === 'number') {
        return loc;
    }
    for (const child of Object.values(record)) {
        const found = findLocation(child);
        if (found) {
            return found;
        }
    }
    return undefined;
}
