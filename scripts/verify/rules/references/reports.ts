import { error, type Finding } from '../../finding';
import type { ProjectIndex } from '../../workspace/projectIndex';
import type { Workspace } from '../../workspace/workspace';
import { childText, childrenNamed, descendantsNamed, type XmlElement } from '../../workspace/xml';

/** Report columns are `<table>$<field>`; these elements hold one. */
const REPORT_COLUMN_ELEMENTS = [
    'dateColumn',
    'field',
    'column',
    'groupingColumn',
    'secondaryGroupingColumn',
    'sortColumn',
    'sourceColumnName',
];
const REPORT_TYPE_FILE = /([^/]+)\.reportType-meta\.xml$/;
const REPORT_FILE = /\/reports\/(.+)\.report-meta\.xml$/;

/** Report types, reports and dashboards name fields, report types and reports that exist. */
export function checkReporting(workspace: Workspace, index: ProjectIndex): Finding[] {
    const columnsByReportType = new Map<string, Set<string>>();
    const findings: Finding[] = [];
    for (const { file, root } of workspace.documentsEndingWith('.reportType-meta.xml')) {
        const name = REPORT_TYPE_FILE.exec(file)?.[1] ?? '';
        const columns = new Set<string>();
        columnsByReportType.set(`${name}__c`, columns);
        const base = childText(root, 'baseObject');
        if (base && !index.objectExists(base))
            findings.push(
                error(
                    'references',
                    file,
                    `baseObject ${base} is neither packaged nor allow-listed`,
                    root.line,
                ),
            );
        for (const column of descendantsNamed(root, 'columns')) {
            const table = childText(column, 'table') ?? '';
            const field = childText(column, 'field') ?? '';
            columns.add(`${table}$${field}`);
            // Relationship tables (Lead.Tasks) would need the platform schema; a lookup column may use its relationship name (Owner → OwnerId).
            if (
                !table.includes('.') &&
                !index.fieldExists(table, field) &&
                !index.fieldExists(table, `${field}Id`)
            ) {
                findings.push(
                    error(
                        'references',
                        file,
                        `column ${table}.${field} does not exist`,
                        column.line,
                    ),
                );
            }
        }
    }
    const reports = new Set<string>();
    for (const { file, root } of workspace.documentsEndingWith('.report-meta.xml')) {
        reports.add(REPORT_FILE.exec(file)?.[1] ?? file);
        findings.push(...checkReport(file, root, columnsByReportType, index));
    }
    for (const { file, root } of workspace.documentsEndingWith('.dashboard-meta.xml')) {
        for (const report of descendantsNamed(root, 'report')) {
            if (!reports.has(report.text.trim()))
                findings.push(
                    error(
                        'references',
                        file,
                        `report ${report.text.trim()} is not in the package`,
                        report.line,
                    ),
                );
        }
    }
    return findings;
}

function checkReport(
    file: string,
    root: XmlElement,
    columnsByReportType: ReadonlyMap<string, ReadonlySet<string>>,
    index: ProjectIndex,
): Finding[] {
    const reportType = childText(root, 'reportType') ?? '';
    const columns = columnsByReportType.get(reportType);
    const findings: Finding[] = [];
    if (reportType.endsWith('__c') && !columns)
        findings.push(
            error('references', file, `report type ${reportType} is not in the package`, root.line),
        );
    const buckets = new Set(
        childrenNamed(root, 'buckets').map((bucket) => childText(bucket, 'developerName')),
    );
    for (const name of REPORT_COLUMN_ELEMENTS) {
        for (const element of descendantsNamed(root, name)) {
            const column = element.text.trim();
            if (!column.includes('$') || buckets.has(column)) continue;
            const [table = '', field = ''] = column.split('$');
            const known = columns ? columns.has(column) : index.fieldExists(table, field);
            if (!known)
                findings.push(
                    error(
                        'references',
                        file,
                        `column ${column} is not a column of report type ${reportType}`,
                        element.line,
                    ),
                );
        }
    }
    return findings;
}
