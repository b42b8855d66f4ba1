import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipTogether, modulesLoadedBy, serveModule } from '../servedModules';

const FORCE_APP = path.join(__dirname, '..', '..', '..', 'force-app');

describe('serveModule', () => {
    it('compiles one bundle into its own module definition, naming labels and components as dependencies', async () => {
        const served = await serveModule(FORCE_APP, 'qualificationRoundStatus');

        expect(served.code.startsWith('define("c/qualificationRoundStatus",[')).toBe(true);
        // Platform modules are dependencies by name, served by Lightning, not compiled in.
        expect(served.code).toContain('"@salesforce/i18n/locale"');
        expect(served.code).toContain('"c/qualificationRoundLabels"');
        // Its template and styles are in the module.
        expect(served.code).toContain('registerTemplate');
        expect(served.components).toEqual(['qualificationRoundLabels']);
        expect(served.gzipBytes).toBe(gzipSync(served.code).length);
    });

    it('keeps every export of the entry, used by the board or not', async () => {
        const served = await serveModule(FORCE_APP, 'qualificationRoundLabels');

        // A label is a module the platform serves by name, listed in every module that imports it.
        expect(served.code).toContain('"@salesforce/label/c.BB_Board_Round_Current"');
        expect(served.code).toMatch(/ROUND_LABELS/);
        expect(served.code).toMatch(/fillLabel/);
    });

    it('names a bundle that does not exist', async () => {
        await expect(serveModule(FORCE_APP, 'qualificationNoSuchThing')).rejects.toThrow(
            'c/qualificationNoSuchThing: no LWC bundle qualificationNoSuchThing',
        );
    });
});

describe('modulesLoadedBy', () => {
    it('follows the c/ dependencies through, each module once', async () => {
        const modules = await modulesLoadedBy(FORCE_APP, 'qualificationRoundStatus');

        expect(modules.map((module) => module.name)).toEqual([
            'qualificationRoundStatus',
            'qualificationRoundLabels',
            'qualificationBoardLabels',
        ]);
        const separate = modules.reduce((sum, module) => sum + module.gzipBytes, 0);
        // One response compresses what the modules share (label names, the define calls) once.
        expect(gzipTogether(modules)).toBeLessThan(separate);
    });
});
