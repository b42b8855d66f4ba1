import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
    moveDependents,
    releaseDependencies,
    type DependencyChange,
    type SfdxProject,
} from './packaging/dependencyVersions';

const USAGE = `Usage: tsx scripts/org/dependency-version.ts --project <sfdx-project.json> (--built <package> --version <x.y.z.b> | --released [--except <package>]...)

Called by package-version.sh; rewrites the dependency versions in sfdx-project.json:
  --built <package> --version <x.y.z.b>   a version of <package> was just built: its dependents depend on x.y.z.LATEST
  --released [--except <package>]...     release build: every other dependency points at x.y.z.RELEASED
`;

function main(argv: string[]): number {
    const { values } = parseArgs({
        args: argv,
        options: {
            project: { type: 'string' },
            built: { type: 'string' },
            version: { type: 'string' },
            released: { type: 'boolean' },
            except: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    });
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    if (!values.project || (!values.released && (!values.built || !values.version))) {
        process.stderr.write(`Error: missing options\n\n${USAGE}`);
        return 1;
    }
    const project = JSON.parse(readFileSync(values.project, 'utf8')) as SfdxProject;
    const changes: DependencyChange[] = values.released
        ? releaseDependencies(project, new Set(values.except ?? []))
        : moveDependents(project, values.built ?? '', values.version ?? '');
    if (changes.length > 0) {
        writeFileSync(values.project, `${JSON.stringify(project, null, 2)}\n`);
    }
    for (const change of changes) {
        process.stderr.write(
            `"${change.dependent}" now depends on "${change.dependency}" ${change.to} (was ${change.from ?? 'unset'}): commit sfdx-project.json\n`,
        );
    }
    return 0;
}

try {
    process.exitCode = main(process.argv.slice(2));
} catch (error) {
    process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
}
