import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

// The example Flows ship inactive, to be activated in any customer's org: they must not depend on
// picklist values an org may have renamed or removed, and a failure must reach a person.
const FLOWS = join(__dirname, '../../../force-app/automation/flows');
const REPEATED = new Set([
    'actionCalls',
    'decisions',
    'rules',
    'conditions',
    'formulas',
    'recordCreates',
    'inputAssignments',
]);
const parser = new XMLParser({ isArray: (name) => REPEATED.has(name) });

interface Assignment {
    field: string;
    value: { elementReference?: string; stringValue?: string };
}
interface RecordCreate {
    name: string;
    object: string;
    inputAssignments?: Assignment[];
}
interface Flow {
    actionCalls?: Array<{
        name: string;
        connector?: { targetReference: string };
        faultConnector?: { targetReference: string };
    }>;
    decisions?: Array<{
        name: string;
        defaultConnector?: { targetReference: string };
        rules: Array<{ conditions: Array<{ leftValueReference: string }> }>;
    }>;
    formulas?: Array<{ name: string; expression: string }>;
    recordCreates?: RecordCreate[];
}

function flow(file: string): Flow {
    return (parser.parse(readFileSync(join(FLOWS, file), 'utf8')) as { Flow: Flow }).Flow;
}

describe('example Flows', () => {
    const files = readdirSync(FLOWS).filter((file) => file.endsWith('.flow-meta.xml'));

    it.each(files)(
        '%s creates tasks without Priority or Status, so the org default applies',
        (file) => {
            for (const create of flow(file).recordCreates ?? []) {
                if (create.object !== 'Task') continue;
                const fields = (create.inputAssignments ?? []).map(
                    (assignment) => assignment.field,
                );
                expect(fields).not.toContain('Priority');
                expect(fields).not.toContain('Status');
            }
        },
    );

    it('the decision-maker round tells someone when no round started, by result or by fault', () => {
        const round = flow('BB_Opportunity_Decision_Maker_Round.flow-meta.xml');
        const action = round.actionCalls?.find((call) => call.name === 'Start_Qualification_Round');
        const decision = round.decisions?.find(
            (candidate) => candidate.name === action?.connector?.targetReference,
        );
        expect(decision?.rules[0]?.conditions[0]?.leftValueReference).toBe(
            'Start_Qualification_Round.started',
        );

        const task = round.recordCreates?.find(
            (create) => create.name === decision?.defaultConnector?.targetReference,
        );
        expect(task?.object).toBe('Task');
        expect(action?.faultConnector?.targetReference).toBe(task?.name);

        const description = task?.inputAssignments?.find(
            (assignment) => assignment.field === 'Description',
        );
        const reason = round.formulas?.find(
            (formula) => formula.name === description?.value.elementReference,
        );
        expect(reason?.expression).toContain('{!Start_Qualification_Round.errorMessage}');
        expect(reason?.expression).toContain('{!$Flow.FaultMessage}');
    });
});
