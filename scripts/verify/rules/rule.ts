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

/** A check with one job. Rules never throw for bad project content: they return findings. */
export interface Rule {
    readonly id: RuleId;
    readonly description: string;
    run(context: RuleContext): Finding[];
}
