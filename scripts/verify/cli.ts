import { resolve } from 'node:path';
import { parseArguments } from './args';
import { defaultCacheDir, runGate } from './gate';
import { formatHuman, formatJson, summarise } from './report';

/** `npm run verify`: the offline deploy gate. Exit 0 when clean, 1 on any error finding, 2 when it cannot run. */
function main(): number {
    try {
        const args = parseArguments(process.argv.slice(2), process.cwd(), process.env);
        const root = resolve(args.root);
        const result = runGate({
            root,
            wsdlPath: args.wsdlPath,
            cacheDir: defaultCacheDir(process.cwd()),
        });
        process.stdout.write(`${args.json ? formatJson(result) : formatHuman(result)}\n`);
        return summarise(result).passed ? 0 : 1;
    } catch (cause) {
        process.stderr.write(`verify could not run: ${(cause as Error).message}\n`);
        return 2;
    }
}

process.exitCode = main();
