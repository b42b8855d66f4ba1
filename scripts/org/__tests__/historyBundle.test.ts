import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
    historySettingsDeploy,
    TRACKED_FIELDS,
    TRACKED_OBJECTS,
    trackedFieldsDeploy,
} from '../history/historyBundle';

const FORCE_APP = resolve(__dirname, '../../../force-app');
const parser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'fields' });

function fieldFile(object: string, field: string): string {
    return readFileSync(
        join(FORCE_APP, 'model/objects', object, 'fields', `${field}.field-meta.xml`),
        'utf8',
    );
}

describe('the package itself', () => {
    it.each(TRACKED_OBJECTS)(
        'ships no trackHistory on %s fields, so installing and deploying work with history off',
        (object) => {
            const dir = join(FORCE_APP, 'model/objects', object, 'fields');
            const tracked = readdirSync(dir).filter((file) =>
                readFileSync(join(dir, file), 'utf8').includes('<trackHistory>'),
            );
            expect(tracked).toEqual([]);
        },
    );
});

describe('the post-install history deploys', () => {
    it('switch on Lead history and Opportunity field history', () => {
        const files = historySettingsDeploy();
        expect(parser.parse(files.get('settings/LeadConfig.settings') ?? '')).toMatchObject({
            LeadConfigSettings: { doesTrackHistory: true },
        });
        expect(parser.parse(files.get('settings/Opportunity.settings') ?? '')).toMatchObject({
            OpportunitySettings: { enableOpportunityFieldHistoryTracking: true },
        });
        expect(files.get('package.xml')).toContain('<members>LeadConfig</members>');
        expect(files.get('package.xml')).toContain('<members>Opportunity</members>');
    });

    it('deploy exactly the packaged field definitions, with trackHistory on', () => {
        const files = trackedFieldsDeploy(FORCE_APP);
        for (const object of TRACKED_OBJECTS) {
            const deployed = parser.parse(files.get(`objects/${object}.object`) ?? '') as {
                CustomObject: { fields: Array<Record<string, unknown>> };
            };
            expect(deployed.CustomObject.fields.map((field) => field.fullName)).toEqual([
                ...TRACKED_FIELDS,
            ]);
            for (const field of deployed.CustomObject.fields) {
                const packaged = parser.parse(fieldFile(object, String(field.fullName))) as {
                    CustomField: Record<string, unknown>;
                };
                expect(field).toEqual({ ...packaged.CustomField, trackHistory: true });
            }
            for (const field of TRACKED_FIELDS)
                expect(files.get('package.xml')).toContain(`<members>${object}.${field}</members>`);
        }
    });

    it('place trackHistory right before type, where the CustomField schema orders it', () => {
        const object = trackedFieldsDeploy(FORCE_APP).get('objects/Lead.object') ?? '';
        expect(object).toMatch(/<trackHistory>true<\/trackHistory>\n\s*<type>Picklist<\/type>/);
        expect(object).toMatch(/<trackHistory>true<\/trackHistory>\n\s*<type>Number<\/type>/);
    });
});
