import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Field history on custom fields of standard objects is not installed by an unlocked package, and a
 * deploy that carries `trackHistory` fails in an org whose Lead or Opportunity history is off. So the
 * package ships these fields without it, and this bundle switches it on after the install: first the
 * object-level settings, then the fields with `trackHistory` (two deploys, so the fields never arrive
 * before the history they need). The evidence is in docs/partners.md, "Field history".
 */
export const TRACKED_OBJECTS = ['Lead', 'Opportunity'] as const;
export const TRACKED_FIELDS = ['BB_Qualification_Status__c', 'BB_Qualification_Score__c'] as const;
export const METADATA_API_VERSION = '66.0';

/** A Metadata API (mdapi format) deploy: relative path → file content. */
export type MetadataDirectory = ReadonlyMap<string, string>;

const NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

/** LeadConfigSettings.doesTrackHistory and OpportunitySettings.enableOpportunityFieldHistoryTracking. */
export function historySettingsDeploy(): MetadataDirectory {
    return new Map([
        ['package.xml', packageXml([['Settings', ['LeadConfig', 'Opportunity']]])],
        [
            'settings/LeadConfig.settings',
            xmlDocument(
                `<LeadConfigSettings xmlns="${NAMESPACE}">\n    <doesTrackHistory>true</doesTrackHistory>\n</LeadConfigSettings>`,
            ),
        ],
        [
            'settings/Opportunity.settings',
            xmlDocument(
                `<OpportunitySettings xmlns="${NAMESPACE}">\n    <enableOpportunityFieldHistoryTracking>true</enableOpportunityFieldHistoryTracking>\n</OpportunitySettings>`,
            ),
        ],
    ]);
}

/**
 * The packaged definitions of the tracked fields, read from force-app so they never drift from the
 * package, with `trackHistory` switched on. Only the listed CustomField members are deployed; the
 * rest of Lead and Opportunity is left as it is.
 */
export function trackedFieldsDeploy(forceAppRoot: string): MetadataDirectory {
    const files = new Map<string, string>();
    const members: string[] = [];
    for (const object of TRACKED_OBJECTS) {
        const fields = TRACKED_FIELDS.map((field) => {
            members.push(`${object}.${field}`);
            const path = join(
                forceAppRoot,
                'model/objects',
                object,
                'fields',
                `${field}.field-meta.xml`,
            );
            return `    <fields>\n${withTrackHistory(fieldBody(readFileSync(path, 'utf8'), path))}\n    </fields>`;
        });
        files.set(
            `objects/${object}.object`,
            xmlDocument(
                `<CustomObject xmlns="${NAMESPACE}">\n${fields.join('\n')}\n</CustomObject>`,
            ),
        );
    }
    files.set('package.xml', packageXml([['CustomField', members]]));
    return files;
}

/** The children of a CustomField document, indented one level deeper. */
function fieldBody(xml: string, path: string): string {
    const match = /<CustomField[^>]*>([\s\S]*)<\/CustomField>/.exec(xml);
    if (!match?.[1]) throw new Error(`${path} holds no <CustomField>`);
    return match[1]
        .replace(/^\s*\n|\n\s*$/g, '')
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
}

/** Sets `trackHistory` to true where the schema orders it: right before `<type>`. */
function withTrackHistory(body: string): string {
    const withoutOld = body.replace(/\n\s*<trackHistory>[^<]*<\/trackHistory>/, '');
    const typeLine = /\n(\s*)<type>/.exec(withoutOld);
    if (!typeLine) throw new Error('a CustomField without <type> cannot be tracked');
    const indent = typeLine[1] ?? '';
    return withoutOld.replace(
        /\n(\s*)<type>/,
        `\n${indent}<trackHistory>true</trackHistory>\n${indent}<type>`,
    );
}

function packageXml(types: ReadonlyArray<[string, readonly string[]]>): string {
    const blocks = types.map(
        ([name, members]) =>
            `    <types>\n${members.map((member) => `        <members>${member}</members>`).join('\n')}\n        <name>${name}</name>\n    </types>`,
    );
    return xmlDocument(
        `<Package xmlns="${NAMESPACE}">\n${blocks.join('\n')}\n    <version>${METADATA_API_VERSION}</version>\n</Package>`,
    );
}

function xmlDocument(root: string): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
