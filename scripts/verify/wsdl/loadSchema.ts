import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CompiledSchema } from './compiledSchema';
import { compileWsdl } from './compileWsdl';

/** Bump when the compiled shape changes so stale caches are ignored. */
const CACHE_FORMAT = 1;
const compiledInThisProcess = new Map<string, CompiledSchema>();

/**
 * Loads the compiled schema for a WSDL. Compiling takes about a second, reading the cached JSON about
 * 50 ms, so the result is cached under `<cacheDir>` keyed by the WSDL's content hash.
 */
export function loadSchema(wsdlPath: string, cacheDir: string | undefined): CompiledSchema {
    if (!existsSync(wsdlPath)) {
        throw new Error(
            `Metadata API WSDL not found at ${wsdlPath} (pass --wsdl <path> or set BB_METADATA_WSDL).`,
        );
    }
    const wsdlText = readFileSync(wsdlPath, 'utf8');
    const hash = createHash('sha256').update(wsdlText).digest('hex').slice(0, 16);
    const remembered = compiledInThisProcess.get(hash);
    if (remembered) return remembered;
    const cacheFile = cacheDir
        ? join(cacheDir, `metadata-schema-v${CACHE_FORMAT}-${hash}.json`)
        : undefined;
    if (cacheFile && existsSync(cacheFile)) {
        try {
            const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CompiledSchema;
            compiledInThisProcess.set(hash, cached);
            return cached;
        } catch {
            // A truncated cache file is rebuilt below.
        }
    }
    const schema = compileWsdl(wsdlText);
    compiledInThisProcess.set(hash, schema);
    if (cacheFile) writeAtomically(cacheFile, JSON.stringify(schema));
    return schema;
}

function writeAtomically(file: string, content: string): void {
    try {
        mkdirSync(dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, content);
        renameSync(temporary, file);
    } catch {
        // The cache is an optimisation; a read-only node_modules must not fail the gate.
    }
}
