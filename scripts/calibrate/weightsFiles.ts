import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../lib/catalog';
import { REPO_ROOT } from '../lib/catalog';
import type { FrameworkReport } from './analyse';

const WEIGHT_VALUE =
    /(<field>Weight__c<\/field>\s*<value xsi:type="xsd:double">)([^<]*)(<\/value>)/;

/**
 * The Custom Metadata record files of the suggested weights, by file name: each dimension's shipped
 * record with only `Weight__c` changed, for a partner to review and deploy. Only frameworks whose
 * suggestion beats today's weights beyond noise get files.
 */
export function suggestedWeightFiles(
    reports: readonly FrameworkReport[],
    catalog: Catalog,
    projectRoot: string = REPO_ROOT,
): Map<string, string> {
    const files = new Map<string, string>();
    for (const report of reports) {
        if (!report.auc.suggest) continue;
        const framework = catalog.framework(report.name);
        for (const dimension of report.dimensions) {
            const config = framework.dimensions.find((d) => d.key === dimension.key);
            if (!config || dimension.suggestedWeight === null) continue;
            const text = readFileSync(join(projectRoot, config.file), 'utf8');
            if (!WEIGHT_VALUE.test(text))
                throw new Error(`${config.file} has no Weight__c value to replace`);
            files.set(
                `BB_Qualification_Dimension.${config.recordName}.md-meta.xml`,
                text.replace(WEIGHT_VALUE, `$1${dimension.suggestedWeight}$3`),
            );
        }
    }
    return files;
}
