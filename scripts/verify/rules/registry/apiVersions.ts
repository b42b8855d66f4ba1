import { error, type Finding } from '../../finding';
import type { Workspace } from '../../workspace/workspace';
import { childrenNamed } from '../../workspace/xml';

/** One apiVersion across the package, equal to sfdx-project.json's sourceApiVersion. */
export function findApiVersionMismatches(workspace: Workspace): Finding[] {
    const expected = workspace.project.sourceApiVersion;
    return workspace.documentsEndingWith('-meta.xml').flatMap(({ file, root }) =>
        childrenNamed(root, 'apiVersion')
            .filter((element) => Number(element.text.trim()) !== Number(expected))
            .map((element) =>
                error(
                    'registry',
                    file,
                    `apiVersion ${element.text.trim()} differs from sfdx-project.json sourceApiVersion ${expected}`,
                    element.line,
                ),
            ),
    );
}
