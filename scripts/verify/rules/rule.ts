import type { Finding, RuleId } from '../finding';
import type { ProjectIndex } from '../workspace/projectIndex';
import type { CompiledSchema } from '../wsdl/compiledSchema';
import type { Workspace } from '../workspace/workspace';

export interface RuleContext {
    readonly workspace: Workspace;
    readonly index: ProjectIndex;
    /** Loaded on first use: only the schema rule needs it. */
    readonly schema: () => CompiledSchema;
}

/**
 * Which files a rule sees. `project`: every package directory at once. `package`: one package
 * directory at a time, alone (its labels are translated, its fields twinned and granted by its own
 * files). `packageWithDependencies`: one package directory with the directories of the packages it
 * depends on, so a reference resolves only to what the package or a dependency defines. In the two
 * package scopes the gate keeps only the findings in the package's own files.
 */
export type RuleScope = 'project' | 'package' | 'packageWithDependencies';

/** A check with one job. Rules never throw for bad project content: they return findings. */
export interface Rule {
    readonly id: RuleId;
    readonly description: string;
    /** `project` when absent. */
    readonly scope?: RuleScope;
    run(context: RuleContext): Finding[];
}
