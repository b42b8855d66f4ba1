export interface CliArguments {
    readonly json: boolean;
    readonly root: string;
    readonly wsdlPath: string | undefined;
}

export const USAGE =
    'usage: tsx scripts/verify/cli.ts [--json] [--root <project dir>] [--wsdl <metadata.wsdl>]';

/** Parses the command line; throws with the usage text on anything it does not understand. */
export function parseArguments(
    argv: readonly string[],
    cwd: string,
    env: NodeJS.ProcessEnv,
): CliArguments {
    let json = false;
    let root = cwd;
    let wsdlPath = env['BB_METADATA_WSDL'] || undefined;
    for (let i = 0; i < argv.length; i++) {
        const argument = argv[i];
        const value = (): string => {
            const next = argv[++i];
            if (next === undefined || next.startsWith('--'))
                throw new Error(`${argument} needs a value\n${USAGE}`);
            return next;
        };
        if (argument === '--json') json = true;
        else if (argument === '--root') root = value();
        else if (argument === '--wsdl') wsdlPath = value();
        else throw new Error(`unknown argument ${argument}\n${USAGE}`);
    }
    return { json, root, wsdlPath };
}
