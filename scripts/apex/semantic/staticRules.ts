/**
 * The static rules `npm run apex:semantic` runs beside the compile: faults that compile but fail
 * only in an org, decided from jorje's parse tree of the whole compile unit.
 * - `queryFieldReads`: a field read of query rows that the query did not select;
 * - `testAssumptions`: a test that asserts on the org's languages, day or data without arranging them.
 */
import { join } from 'node:path';
import { ApexProject, sobjectNames } from './apexProject';
import { parseSources } from './apexSyntax';
import { findUnselectedFieldReads, type RuleProblem } from './queryFieldReads';
import { findTestAssumptions } from './testAssumptions';

const STANDARD_OBJECTS = join(__dirname, 'standard-objects.txt');

export interface RuleUnit {
    sources: string[];
    metadata: string[];
}

/** Every rule over one unit: its sources as one project, with its metadata's SObjects. */
export function runStaticRules(unit: RuleUnit): RuleProblem[] {
    const project = new ApexProject(
        parseSources(unit.sources),
        sobjectNames(unit.metadata, STANDARD_OBJECTS),
    );
    const problems = [...findUnselectedFieldReads(project), ...findTestAssumptions(project)];
    return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
