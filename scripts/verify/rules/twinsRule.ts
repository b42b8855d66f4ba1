import { error, type Finding } from '../finding';
import type { FieldInfo } from '../workspace/index/objects';
import { childText } from '../workspace/xml';
import type { Rule, RuleContext } from './rule';

/** Lead conversion maps each qualification field to its Opportunity twin, so the pairs must match exactly. */
const TWIN_OBJECTS = ['Lead', 'Opportunity'] as const;
const SHAPE_ELEMENTS = ['type', 'length', 'precision', 'scale', 'visibleLines'];
/**
 * Opportunity fields that describe what only an Opportunity does, so a Lead twin would stay blank
 * forever: a Lead never closes won or lost (docs/architecture.md, "Ratings at close").
 */
const OPPORTUNITY_ONLY = new Set(['BB_Ratings_At_Close__c']);

export const twinsRule: Rule = {
    id: 'twins',
    scope: 'package',
    description: 'every custom field on Lead has an identical twin on Opportunity and vice versa',
    run({ index }: RuleContext): Finding[] {
        const findings: Finding[] = [];
        for (const [object, other] of [TWIN_OBJECTS, [...TWIN_OBJECTS].reverse()]) {
            if (!object || !other) continue;
            for (const field of index.packagedFields(object)) {
                const twin = index.customField(other, field.name);
                if (!twin && object === 'Opportunity' && OPPORTUNITY_ONLY.has(field.name)) continue;
                if (!twin) {
                    findings.push(
                        error(
                            'twins',
                            field.file,
                            `${object}.${field.name} has no twin ${other}.${field.name}: Lead conversion cannot carry it over`,
                        ),
                    );
                } else if (object === 'Lead') {
                    findings.push(...compareShapes(field, twin));
                }
            }
        }
        return findings;
    },
};

function compareShapes(lead: FieldInfo, opportunity: FieldInfo): Finding[] {
    const differences: string[] = [];
    for (const element of SHAPE_ELEMENTS) {
        const left = childText(lead.root, element);
        const right = childText(opportunity.root, element);
        if (left !== right)
            differences.push(`${element} ${left ?? '(none)'} vs ${right ?? '(none)'}`);
    }
    const leftValues = describeValueSet(lead);
    const rightValues = describeValueSet(opportunity);
    if (leftValues !== rightValues) differences.push(`value set ${leftValues} vs ${rightValues}`);
    return differences.length === 0
        ? []
        : [
              error(
                  'twins',
                  lead.file,
                  `Lead.${lead.name} and Opportunity.${opportunity.name} differ: ${differences.join('; ')}`,
              ),
          ];
}

function describeValueSet(field: FieldInfo): string {
    if (field.valueSetName) return `global ${field.valueSetName}`;
    if (field.localValues.length === 0) return '(none)';
    const valueSet = field.root.children.find((child) => child.name === 'valueSet');
    const restricted = valueSet ? childText(valueSet, 'restricted') === 'true' : false;
    return `[${field.localValues.join(', ')}]${restricted ? ' restricted' : ''}`;
}
