import { error, type Finding } from '../../finding';
import type { Workspace } from '../../workspace/workspace';

const PAIRED_SUFFIXES = ['.cls', '.trigger'];

/**
 * Apex classes and triggers need both their source and their `-meta.xml`: SDR silently drops a `.cls`
 * whose meta file is missing, so the deploy would "succeed" without it.
 */
export function findMissingCompanions(workspace: Workspace): Finding[] {
    const files = new Set(workspace.deployableFiles);
    const findings: Finding[] = [];
    for (const suffix of PAIRED_SUFFIXES) {
        for (const file of files) {
            if (file.endsWith(suffix) && !files.has(`${file}-meta.xml`)) {
                findings.push(
                    error(
                        'registry',
                        file,
                        `has no ${basename(file)}-meta.xml beside it: SDR would silently leave it out of the deploy`,
                    ),
                );
            }
            if (
                file.endsWith(`${suffix}-meta.xml`) &&
                !files.has(file.slice(0, -'-meta.xml'.length))
            ) {
                findings.push(
                    error(
                        'registry',
                        file,
                        `has no ${basename(file).slice(0, -'-meta.xml'.length)} source beside it`,
                    ),
                );
            }
        }
    }
    return findings;
}

function basename(file: string): string {
    return file.slice(file.lastIndexOf('/') + 1);
}
