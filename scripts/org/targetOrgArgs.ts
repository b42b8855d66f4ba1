import { parseArgs } from 'node:util';

/**
 * The options of an org tool that takes only the org: `--target-org <alias>` (or `-o`) and `--help`.
 * Prints the usage for `--help` and returns null; otherwise the alias, if any (the session falls back
 * to SF_INSTANCE_URL + SF_ACCESS_TOKEN).
 */
export function targetOrgArgs(argv: string[], usage: string): { targetOrg?: string } | null {
    const { values } = parseArgs({
        args: argv,
        options: {
            'target-org': { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    });
    if (values.help) {
        process.stdout.write(usage);
        return null;
    }
    return { targetOrg: values['target-org'] };
}
