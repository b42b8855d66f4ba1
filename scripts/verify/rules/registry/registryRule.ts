import type { Finding } from '../../finding';
import type { Rule, RuleContext } from '../rule';
import { findApiVersionMismatches } from './apiVersions';
import { findMissingCompanions } from './companionFiles';
import { findUnresolvedFiles } from './resolveTypes';

export const registryRule: Rule = {
    id: 'registry',
    description: 'every file is a known metadata type, Apex has its meta files, one apiVersion',
    run({ workspace }: RuleContext): Finding[] {
        return [
            ...findUnresolvedFiles(workspace),
            ...findMissingCompanions(workspace),
            ...findApiVersionMismatches(workspace),
        ];
    },
};
