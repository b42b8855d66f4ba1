import type { Workspace } from '../workspace';

export interface ApexClassInfo {
    readonly name: string;
    readonly file: string;
    readonly source: string;
}

/** Apex classes by name (file name without `.cls`). */
export function indexApexClasses(workspace: Workspace): Map<string, ApexClassInfo> {
    const classes = new Map<string, ApexClassInfo>();
    for (const file of workspace.filesEndingWith('.cls')) {
        const name = file.slice(file.lastIndexOf('/') + 1, -'.cls'.length);
        classes.set(name.toLowerCase(), { name, file, source: workspace.text(file) });
    }
    return classes;
}

/**
 * True when the class declares `method` as a static method annotated `@AuraEnabled`, which an LWC
 * `@salesforce/apex/Class.method` import needs. A regex over the source: the Apex parser is not here.
 */
export function hasAuraEnabledMethod(apexClass: ApexClassInfo, method: string): boolean {
    const source = stripComments(apexClass.source);
    const declaration = new RegExp(
        `((?:@\\w+(?:\\s*\\([^)]*\\))?\\s*)+)(?:public|global)\\s+static\\s+[^;{}=()]*?\\b${escape(method)}\\s*\\(`,
        'gi',
    );
    for (const match of source.matchAll(declaration))
        if (/@AuraEnabled\b/i.test(match[1] ?? '')) return true;
    return false;
}

function stripComments(source: string): string {
    return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
