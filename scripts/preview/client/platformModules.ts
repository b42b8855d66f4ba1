import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'rollup';
import { PREVIEW_TIME_ZONE } from '../previewTimeZone';
import type { PreviewWorkspace } from '../server/metadata/workspace';
import type { SupportedObject } from '../server/metadata/fieldSchema';

const VIRTUAL = '\0bb-preview:';

/** What the build learned about the platform modules the components import. */
export interface PlatformUsage {
    /** Custom label names, to hand the page their texts in the user's language. */
    readonly labels: Set<string>;
    /** `Class.method` of every Apex import. */
    readonly apexMethods: Set<string>;
}

/**
 * Resolves the modules the Lightning platform provides at run time: `@salesforce/*` become small
 * generated modules checked against force-app (a label, field or Apex method that is not there fails
 * the build, as it would fail the deploy); `lightning/*` and `preview/*` come from client/lwc.
 */
export function platformModules(
    projectRoot: string,
    workspace: PreviewWorkspace,
    usage: PlatformUsage,
): Plugin {
    const fakesDir = path.join(projectRoot, 'scripts/preview/client/lwc');
    return {
        name: 'bb-preview-platform-modules',
        resolveId(source) {
            if (source.startsWith('@salesforce/')) return VIRTUAL + source;
            const [namespace, name, ...rest] = source.split('/');
            if (
                (namespace === 'lightning' || namespace === 'preview') &&
                name !== undefined &&
                rest.length === 0
            ) {
                const entry = path.join(fakesDir, namespace, name, `${name}.ts`);
                if (!existsSync(entry)) {
                    throw new Error(
                        `${source} has no stand-in in scripts/preview/client/lwc/${namespace}/${name}; the preview does not load lightning-base-components (see scripts/preview/README.md)`,
                    );
                }
                return `${entry}?specifier=${encodeURIComponent(source)}`;
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            return generate(id.slice(VIRTUAL.length), projectRoot, workspace, usage);
        },
    };
}

function generate(
    source: string,
    projectRoot: string,
    workspace: PreviewWorkspace,
    usage: PlatformUsage,
): string {
    const globals = 'globalThis.__BB_PREVIEW__';
    const [, kind = '', ...restParts] = source.split('/');
    const rest = restParts.join('/');
    switch (kind) {
        case 'label': {
            const name = rest.replace(/^c\./, '');
            workspace.catalog.label(name, 'en'); // throws "Unknown custom label …"
            usage.labels.add(name);
            return `export default ${globals}.labels[${JSON.stringify(name)}];`;
        }
        case 'schema':
            return `export default ${JSON.stringify(schemaReference(rest, workspace))};`;
        case 'apex': {
            if (rest === '') {
                return `export { refreshApex } from 'preview/apexMethod';\nexport function getSObjectValue(record, field) { return record?.[typeof field === 'string' ? field : field.fieldApiName]; }`;
            }
            const [className = '', methodName = ''] = rest.split('.');
            const cacheable = apexMethodIsCacheable(projectRoot, className, methodName);
            usage.apexMethods.add(`${className}.${methodName}`);
            return `import { createApexMethod } from 'preview/apexMethod';\nexport default createApexMethod(${JSON.stringify(className)}, ${JSON.stringify(methodName)}, ${cacheable});`;
        }
        case 'i18n':
            if (rest === 'lang') return `export default ${globals}.lang === 'de' ? 'de' : 'en-US';`;
            if (rest === 'locale')
                return `export default ${globals}.lang === 'de' ? 'de-DE' : 'en-US';`;
            if (rest === 'currency') return `export default 'EUR';`;
            if (rest === 'timeZone') return `export default ${JSON.stringify(PREVIEW_TIME_ZONE)};`;
            break;
        case 'user':
            if (rest === 'Id') return `export default '005000000000001AAA';`;
            if (rest === 'isGuest') return `export default false;`;
            break;
        case 'client':
            if (rest === 'formFactor') return `export default ${globals}.formFactor;`;
            break;
        case 'customPermission':
            // The preview user is a rep without the package's custom permissions.
            return `export default undefined;`;
    }
    throw new Error(`@salesforce/${kind}/${rest} is not a module the preview provides`);
}

function schemaReference(
    reference: string,
    workspace: PreviewWorkspace,
): { objectApiName: string; fieldApiName?: string } {
    const [objectApiName = '', ...fieldPath] = reference.split('.');
    const schema = workspace.schemas.get(objectApiName as SupportedObject);
    if (schema === undefined)
        throw new Error(
            `@salesforce/schema/${reference}: the preview knows Lead and Opportunity only`,
        );
    if (fieldPath.length === 0) return { objectApiName };
    const fieldApiName = fieldPath.join('.');
    if (fieldPath.length === 1 && !schema.has(fieldApiName)) {
        throw new Error(
            `@salesforce/schema/${reference}: ${objectApiName} has no field ${fieldApiName} in force-app`,
        );
    }
    return { objectApiName, fieldApiName };
}

/** Reads the Apex class from force-app: the method must be @AuraEnabled; wiring it needs cacheable=true. */
function apexMethodIsCacheable(
    projectRoot: string,
    className: string,
    methodName: string,
): boolean {
    const file = findApexClass(path.join(projectRoot, 'force-app'), className);
    if (file === undefined)
        throw new Error(
            `@salesforce/apex/${className}.${methodName}: no class ${className}.cls in force-app`,
        );
    const source = readFileSync(file, 'utf8');
    const declaration = new RegExp(
        `@AuraEnabled\\s*(\\(([^)]*)\\))?\\s*(?:global|public)\\s+static\\s+[\\w<>, .]+\\s+${methodName}\\s*\\(`,
        'i',
    );
    const match = declaration.exec(source);
    if (match === null)
        throw new Error(
            `@salesforce/apex/${className}.${methodName}: ${path.relative(projectRoot, file)} has no @AuraEnabled static method ${methodName}`,
        );
    return /cacheable\s*=\s*true/i.test(match[2] ?? '');
}

function findApexClass(dir: string, className: string): string | undefined {
    for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) {
            const found = findApexClass(full, className);
            if (found !== undefined) return found;
        } else if (entry === `${className}.cls`) {
            return full;
        }
    }
    return undefined;
}
