import { limitsRule } from './limitsRule';
import { lwcRule } from './lwcRule';
import { packagesRule } from './packagesRule';
import { permissionsRule } from './permissionsRule';
import { referencesRule } from './references/referencesRule';
import { registryRule } from './registry/registryRule';
import type { Rule } from './rule';
import { schemaRule } from './schema/schemaRule';
import { translationsRule } from './translationsRule';
import { twinsRule } from './twinsRule';
import { xmlRule } from './xmlRule';

export const ALL_RULES: readonly Rule[] = [
    xmlRule,
    registryRule,
    schemaRule,
    referencesRule,
    twinsRule,
    permissionsRule,
    translationsRule,
    lwcRule,
    limitsRule,
    packagesRule,
];
