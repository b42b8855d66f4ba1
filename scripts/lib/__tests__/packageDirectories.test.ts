import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageDirectories, packageDirectoryPaths } from '../packageDirectories';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(sfdxProject?: unknown, directories: string[] = []): string {
    const root = mkdtempSync(join(tmpdir(), 'bb-packages-'));
    roots.push(root);
    if (sfdxProject !== undefined)
        writeFileSync(join(root, 'sfdx-project.json'), JSON.stringify(sfdxProject));
    for (const directory of directories) mkdirSync(join(root, directory));
    return root;
}

describe('the package directories of a project', () => {
    it('are the packaged entries of sfdx-project.json in order, with their dependencies by name', () => {
        const root = project(
            {
                packageDirectories: [
                    { path: 'force-app/', package: 'Beyond BANT' },
                    {
                        path: 'frameworks-app',
                        package: 'Beyond BANT Frameworks',
                        dependencies: [{ package: 'Beyond BANT@0.1.0-1' }, { versionNumber: '1' }],
                    },
                    { path: 'unpackaged', default: true },
                ],
            },
            ['force-app', 'frameworks-app'],
        );
        expect(packageDirectories(root)).toEqual([
            { path: 'force-app', packageName: 'Beyond BANT', dependencies: [] },
            {
                path: 'frameworks-app',
                packageName: 'Beyond BANT Frameworks',
                dependencies: ['Beyond BANT'],
            },
        ]);
        expect(packageDirectoryPaths(root)).toEqual([
            join(root, 'force-app'),
            join(root, 'frameworks-app'),
        ]);
    });

    it('leave out a declared directory that does not exist (yet)', () => {
        const root = project({ packageDirectories: [{ path: 'force-app', package: 'Core' }] });
        expect(packageDirectoryPaths(root)).toEqual([]);
    });

    it('are force-app alone without an sfdx-project.json (a fixture tree)', () => {
        expect(packageDirectories(project())).toEqual([
            { path: 'force-app', packageName: '', dependencies: [] },
        ]);
    });
});
