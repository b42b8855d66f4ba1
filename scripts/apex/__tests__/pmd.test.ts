import { join } from 'node:path';
import {
    failingViolations,
    findSuppressionProblems,
    formatViolation,
    runPmd,
    type PmdReport,
    type PmdViolation,
} from '../pmd';

const FIXTURES = join(__dirname, 'fixtures', 'pmd');

function failingIn(report: PmdReport, fileName: string): PmdViolation[] {
    return failingViolations(report).filter((violation) => violation.file.endsWith(`/${fileName}`));
}

describe('apex:pmd', () => {
    // One JVM for all fixtures: PMD takes seconds to start.
    let report: PmdReport;

    beforeAll(() => {
        report = runPmd([FIXTURES]);
    }, 120_000);

    it('fails a class that queries inside a loop (OperationWithLimitsInLoop)', () => {
        expect(failingIn(report, 'SoqlInLoop.cls')).toEqual([
            expect.objectContaining({ rule: 'OperationWithLimitsInLoop', line: 5, priority: 2 }),
        ]);
    });

    it('fails a class without a sharing declaration (ApexSharingViolations)', () => {
        expect(failingIn(report, 'NoSharing.cls')).toEqual([
            expect.objectContaining({ rule: 'ApexSharingViolations', line: 1, priority: 2 }),
        ]);
    });

    it('passes a class with sharing declared and a user-mode query outside loops', () => {
        expect(failingIn(report, 'Clean.cls')).toEqual([]);
    });

    it('processes every fixture without errors', () => {
        expect(report.errors).toEqual([]);
    });

    it('prints violations as file:line rule (priority) message', () => {
        const [violation] = failingIn(report, 'SoqlInLoop.cls');
        expect(formatViolation(violation as PmdViolation)).toMatch(
            /SoqlInLoop\.cls:5 OperationWithLimitsInLoop \(priority 2\) Avoid operations in loops/,
        );
    });
});

describe('suppressions', () => {
    it('rejects NOPMD and a @SuppressWarnings without a comment saying why', () => {
        const source = [
            'public with sharing class A {',
            "    @SuppressWarnings('PMD.ExcessiveParameterList')",
            '    void f() {',
            '        g(); // NOPMD',
            '    }',
            '}',
        ].join('\n');
        expect(findSuppressionProblems('A.cls', source).map((problem) => problem.line)).toEqual([
            2, 4,
        ]);
    });

    it('accepts a named PMD rule with a justifying comment above the annotations', () => {
        const source = [
            '    // System mode on purpose: mirrors the platform lead field mapping.',
            "    @SuppressWarnings('PMD.ApexCRUDViolation')",
            '    @TestVisible',
            '    void f() {}',
        ].join('\n');
        expect(findSuppressionProblems('A.cls', source)).toEqual([]);
    });

    it('rejects suppressing all of PMD at once', () => {
        const source = "    @SuppressWarnings('PMD') // everything\n";
        expect(findSuppressionProblems('A.cls', source)).toEqual([
            expect.objectContaining({ message: expect.stringContaining('named rules only') }),
        ]);
    });
});
