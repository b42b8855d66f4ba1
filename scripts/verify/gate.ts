import { join } from 'node:path';
import { compareFindings, type Finding } from './finding';
import type { Rule } from './rules/rule';
import { ALL_RULES } from './rules';
import type { CompiledSchema } from './wsdl/compiledSchema';
import { loadSchema } from './wsdl/loadSchema';
import { ProjectIndex } from './workspace/projectIndex';
import { Workspace } from './workspace/workspace';

/** The Metadata API schema (API 66.0) kept in the repository, so the gate runs on any clone. */
export const DEFAULT_WSDL = join(__dirname, '..', '..', 'vendor', 'salesforce', 'metadata.wsdl');

export interface GateOptions {
    readonly root: string;
    readonly wsdlPath?: string;
    /** Where the compiled schema is cached; `undefined` keeps it in memory only. */
    readonly cacheDir?: string;
    readonly rules?: readonly Rule[];
}

export interface GateResult {
    readonly findings: readonly Finding[];
    readonly filesChecked: number;
    readonly rulesRun: readonly string[];
    readonly durationMs: number;
}

export function defaultCacheDir(projectRoot: string): string {
    return join(projectRoot, 'node_modules', '.cache', 'bb-verify');
}

/** Runs every rule over the project at `root` and returns the findings sorted by file and line. */
export function runGate(options: GateOptions): GateResult {
    const started = Date.now();
    const workspace = new Workspace(options.root);
    const index = new ProjectIndex(workspace);
    let schema: CompiledSchema | undefined;
    const loadOnce = (): CompiledSchema =>
        (schema ??= loadSchema(options.wsdlPath ?? DEFAULT_WSDL, options.cacheDir));
    const rules = options.rules ?? ALL_RULES;
    const scoped = new Map<string, { workspace: Workspace; index: ProjectIndex }>();
    const scopeOf = (directories: readonly string[]) => {
        const key = directories.join('\n');
        let entry = scoped.get(key);
        if (!entry) {
            const view = workspace.within(directories);
            entry = { workspace: view, index: new ProjectIndex(view) };
            scoped.set(key, entry);
        }
        return entry;
    };
    const findings = rules.flatMap((rule) => {
        if ((rule.scope ?? 'project') === 'project' || workspace.project.packages.length === 1)
            return rule.run({ workspace, index, schema: loadOnce });
        return workspace.project.packages.flatMap((pkg) => {
            const directories =
                rule.scope === 'package' ? [pkg.path] : [pkg.path, ...pkg.dependencyPaths];
            const own = (file: string) => file === pkg.path || file.startsWith(`${pkg.path}/`);
            return rule
                .run({ ...scopeOf(directories), schema: loadOnce })
                .filter((finding) => own(finding.file));
        });
    });
    return {
        findings: findings.sort(compareFindings),
        filesChecked: workspace.deployableFiles.length,
        rulesRun: rules.map((rule) => rule.id),
        durationMs: Date.now() - started,
    };
}
