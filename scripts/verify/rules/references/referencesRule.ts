import type { Finding } from '../../finding';
import type { Rule, RuleContext } from '../rule';
import { checkCustomMetadataReferences } from './customMetadataReferences';
import { checkFlexiPages } from './flexiPages';
import { checkFlows } from './flows';
import { checkLayoutsAndListViews } from './layoutsAndListViews';
import { checkLwcImports } from './lwcImports';
import { checkReporting } from './reports';
import { checkValueSetsAndTranslations } from './valueSetsAndTranslations';

/** Every name one metadata file uses for another resolves, as the deploy would require. */
export const referencesRule: Rule = {
    id: 'references',
    scope: 'packageWithDependencies',
    description: 'fields, labels, records, components and classes that metadata names exist',
    run({ workspace, index }: RuleContext): Finding[] {
        return [
            ...checkCustomMetadataReferences(index),
            ...checkLwcImports(workspace, index),
            ...checkFlows(workspace, index),
            ...checkFlexiPages(workspace, index),
            ...checkReporting(workspace, index),
            ...checkLayoutsAndListViews(workspace, index),
            ...checkValueSetsAndTranslations(workspace, index),
        ];
    },
};
