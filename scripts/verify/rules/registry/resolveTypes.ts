import { join } from 'node:path';
import { MetadataResolver } from '@salesforce/source-deploy-retrieve';
import { error, type Finding } from '../../finding';
import type { Workspace } from '../../workspace/workspace';

/** Every deployable file resolves to a metadata type in SDR's registry (what `sf project deploy` uses). */
export function findUnresolvedFiles(workspace: Workspace): Finding[] {
    const resolver = new MetadataResolver();
    const findings: Finding[] = [];
    for (const file of workspace.deployableFiles) {
        try {
            const components = resolver.getComponentsFromPath(join(workspace.root, file));
            if (components.length === 0)
                findings.push(
                    error(
                        'registry',
                        file,
                        'resolves to no metadata component: it would not deploy',
                    ),
                );
        } catch (cause) {
            findings.push(
                error(
                    'registry',
                    file,
                    `is no known metadata type: ${withoutPath(firstLine((cause as Error).message))}`,
                ),
            );
        }
    }
    return findings;
}

/** SDR prefixes its messages with the absolute path, which the finding already names. */
function withoutPath(message: string): string {
    return message.replace(/^\/\S*: /, '');
}

function firstLine(message: string): string {
    return message.split('\n')[0] ?? message;
}
