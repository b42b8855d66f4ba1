import { join, relative } from 'node:path';
import {
    formatProblem,
    packageUnits,
    runSemanticCheck,
    type SemanticProblem,
    type UnitResult,
} from '../semantic/semantic';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(__dirname, 'fixtures', 'semantic');
const FORCE_APP = join(ROOT, 'force-app');

/** Each fixture is its own compile unit against force-app's SObjects, all in one JVM. */
const FIXTURE_NAMES = [
    'Clean',
    'ReservedIdentifier',
    'UnknownMethod',
    'UnknownType',
    'StringToInteger',
    'UnknownFieldAccess',
    'UnknownFieldToken',
    'UnknownSoqlSelect',
    'UnknownSoqlWhere',
] as const;

type FixtureName = (typeof FIXTURE_NAMES)[number];

/** `Fixture.cls:line problem`, the way a reader finds it. */
function described(problem: SemanticProblem): string {
    return `${relative(FIXTURES, problem.file)}:${problem.line} ${problem.message}`;
}

describe('apex:semantic', () => {
    const results = new Map<FixtureName, UnitResult>();

    beforeAll(() => {
        const units = FIXTURE_NAMES.map((name) => ({
            sources: [join(FIXTURES, `${name}.cls`)],
            metadata: [FORCE_APP],
        }));
        runSemanticCheck(units).forEach((result, index) => {
            results.set(FIXTURE_NAMES[index] as FixtureName, result);
        });
    }, 120_000);

    function problemsOf(name: FixtureName): string[] {
        return (results.get(name)?.problems ?? []).map(described);
    }

    it('passes a class that uses fields, tokens, describe, SOQL, DML options, labels and exceptions correctly', () => {
        expect(problemsOf('Clean')).toEqual([]);
    });

    it('fails an identifier that is a reserved word', () => {
        expect(problemsOf('ReservedIdentifier')).toEqual([
            'ReservedIdentifier.cls:6 Identifier name is reserved: number',
        ]);
    });

    it('fails a method the type does not have', () => {
        expect(problemsOf('UnknownMethod')).toEqual([
            'UnknownMethod.cls:4 Method does not exist or incorrect signature: void reverseAll() from the type String',
        ]);
    });

    it('fails a type that does not exist', () => {
        expect(problemsOf('UnknownType')).toEqual([
            'UnknownType.cls:3 Invalid type: QualificationNothing',
        ]);
    });

    it('fails a String assigned to an Integer', () => {
        expect(problemsOf('StringToInteger')).toEqual([
            'StringToInteger.cls:4 Illegal assignment from String to Integer',
        ]);
    });

    it('fails a custom field the object does not have, in field access', () => {
        expect(problemsOf('UnknownFieldAccess')).toEqual([
            'UnknownFieldAccess.cls:4 Variable does not exist: BB_Budget_Ratng__c',
        ]);
    });

    it('fails a custom field the object does not have, as a field token', () => {
        expect(problemsOf('UnknownFieldToken')).toEqual([
            'UnknownFieldToken.cls:5 Variable does not exist: BB_Budget_Ratng__c',
        ]);
    });

    it('fails a custom field the object does not have, in a SOQL select list', () => {
        expect(problemsOf('UnknownSoqlSelect')).toEqual([
            "UnknownSoqlSelect.cls:5 SOQL: No such column 'BB_Budget_Ratng__c' on entity 'Lead'",
        ]);
    });

    it('fails a custom field the object does not have, in a SOQL where clause', () => {
        expect(problemsOf('UnknownSoqlWhere')).toEqual([
            "UnknownSoqlWhere.cls:7 SOQL: No such column 'BB_Qualification_Stauts__c' on entity 'Opportunity'",
        ]);
    });

    it("compiles against the project's SObjects and labels, read from force-app", () => {
        const clean = results.get('Clean');
        expect(clean?.objects).toBeGreaterThanOrEqual(4);
        expect(clean?.labels).toBeGreaterThan(0);
    });

    it('prints a problem as file:line:column message', () => {
        const problem: SemanticProblem = {
            file: join(process.cwd(), 'force-app', 'A.cls'),
            line: 3,
            column: 9,
            message: 'Invalid type: B',
        };
        expect(formatProblem(problem)).toBe(`${join('force-app', 'A.cls')}:3:9 Invalid type: B`);
    });
});

describe('package units', () => {
    it("compiles a dependent package with its dependency's classes and metadata, and a dependency without its dependents'", () => {
        const units = packageUnits(join(ROOT, 'sfdx-project.json'));
        const forceApp = units.find((unit) => unit.metadata[0] === FORCE_APP);
        expect(forceApp?.metadata).toEqual([FORCE_APP]);
        expect(forceApp?.sources.every((source) => source.startsWith(FORCE_APP))).toBe(true);
        const dependents = units.filter((unit) => unit !== forceApp);
        for (const unit of dependents) {
            expect(unit.metadata).toContain(FORCE_APP);
            expect(unit.sources.some((source) => source.startsWith(FORCE_APP))).toBe(true);
        }
    });
});
