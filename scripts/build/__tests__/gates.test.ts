/**
 * The gate must be able to fail. Each test feeds one of its checks a faulty input (a type error,
 * a lint error, an unformatted file, decorators compiled to helpers) and expects a failure, and a
 * sound input to prove the check is not simply always red.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { compileBundle, type CompileProblem } from '../lwcCompile';
import { findLwcBundles } from '../lwcSources';

const root = join(__dirname, '..', '..', '..');
const fixture = (name: string): string => join(__dirname, 'fixtures', name);
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

function typeErrors(file: string): string[] {
    const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
    const declarations = ts.sys.readDirectory(join(root, 'types'), ['.d.ts'], undefined, ['**/*']);
    const program = ts.createProgram([file, ...declarations], parsed.options);
    return ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file?.fileName === file)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('typecheck', () => {
    it('rejects a @wire configuration with a key the adapter does not know', () => {
        expect(typeErrors(fixture('wrongWireConfig.ts')).join('\n')).toMatch(/recordid/);
    });

    it('accepts a correct @wire configuration', () => {
        expect(typeErrors(fixture('rightWireConfig.ts'))).toEqual([]);
    });
});

describe('lint', () => {
    function lint(file: string): { status: number | null; output: string } {
        const run = spawnSync(
            bin('eslint'),
            ['--no-ignore', '--stdin', '--stdin-filename', 'force-app/board/lwc/probe/probe.ts'],
            { cwd: root, input: readFileSync(file, 'utf8'), encoding: 'utf8' },
        );
        return { status: run.status, output: run.stdout + run.stderr };
    }

    it('fails when a component reassigns its own @api property', () => {
        const result = lint(fixture('apiReassigned.ts'));
        expect(result.status).toBe(1);
        expect(result.output).toContain('@lwc/lwc/no-api-reassignments');
    });

    it('passes a clean component', () => {
        expect(lint(fixture('rightWireConfig.ts'))).toEqual({ status: 0, output: '' });
    });
});

describe('format check', () => {
    function check(source: string, path: string): number | null {
        return spawnSync(bin('prettier'), ['--check', '--stdin-filepath', path], {
            cwd: root,
            input: source,
            encoding: 'utf8',
        }).status;
    }

    it('fails on an unformatted Apex class, and passes it once formatted', () => {
        const unformatted = 'public with sharing class Probe{public Integer one(){return 1;}}\n';
        const formatted =
            'public with sharing class Probe {\n    public Integer one() {\n        return 1;\n    }\n}\n';
        expect(check(unformatted, 'force-app/probe/classes/Probe.cls')).toBe(1);
        expect(check(formatted, 'force-app/probe/classes/Probe.cls')).toBe(0);
    });

    it('fails on unformatted TypeScript', () => {
        expect(check('const  x = {a:1}\n', 'scripts/probe.ts')).toBe(1);
    });
});

describe("LWC compile check (the project's compileBundle, as check:lwc runs it)", () => {
    const source = readFileSync(fixture('rightWireConfig.ts'), 'utf8');
    const emit = (experimentalDecorators: boolean): string =>
        ts.transpileModule(source, {
            compilerOptions: {
                target: ts.ScriptTarget.ESNext,
                module: ts.ModuleKind.ESNext,
                experimentalDecorators,
                useDefineForClassFields: true,
            },
        }).outputText;
    let packageDir: string;

    beforeEach(() => {
        packageDir = mkdtempSync(join(tmpdir(), 'bb-lwc-gate-'));
    });
    afterEach(() => rmSync(packageDir, { recursive: true, force: true }));

    /** A bundle on disk, found the way check:lwc finds the package's bundles. */
    function compileProbe(files: Record<string, string>): CompileProblem[] {
        const dir = join(packageDir, 'probe', 'lwc', 'rightWireConfig');
        mkdirSync(dir, { recursive: true });
        for (const [name, content] of Object.entries(files))
            writeFileSync(join(dir, name), content);
        const bundles = findLwcBundles(packageDir);
        expect(bundles.map((bundle) => bundle.name)).toEqual(['rightWireConfig']);
        return compileBundle(bundles[0] as (typeof bundles)[number]);
    }

    it('rejects decorators that TypeScript emitted as helper calls', () => {
        const emitted = emit(true);
        expect(emitted).toContain('__decorate');

        const problems = compileProbe({ 'rightWireConfig.js': emitted });

        expect(problems).toHaveLength(1);
        expect(problems[0]?.file).toMatch(/rightWireConfig\.js$/);
        expect(problems[0]?.message).toMatch(/LWC1\d{3}|decorator/i);
    });

    it('reports a TypeScript source whose JavaScript was never emitted', () => {
        expect(compileProbe({ 'rightWireConfig.ts': source })).toEqual([
            {
                file: expect.stringMatching(/rightWireConfig\.ts$/) as unknown as string,
                message: 'no emitted JavaScript: run `npm run build` first',
            },
        ]);
    });

    it('accepts the output of the project settings (standard decorators kept as written)', () => {
        expect(
            compileProbe({ 'rightWireConfig.ts': source, 'rightWireConfig.js': emit(false) }),
        ).toEqual([]);
    });
});
