import { registryRule } from './registry/registryRule';
import type { Rule } from './rule';
import { schemaRule } from './schema/schemaRule';
import { xmlRule } from './xmlRule';

export const ALL_RULES: readonly Rule[] = [xmlRule, registryRule, schemaRule];
