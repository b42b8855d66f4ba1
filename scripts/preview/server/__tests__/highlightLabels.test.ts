import path from 'node:path';
import { COMPACT_LAYOUT } from '../../compactLayout';
import { renderRecordPage } from '../http/recordPage';
import { loadWorkspace } from '../metadata/workspace';

const PROJECT_ROOT = path.resolve(__dirname, '../../../..');
const workspace = loadWorkspace(PROJECT_ROOT);

function labels(objectApiName: 'Lead' | 'Opportunity', language: 'en' | 'de'): string[] {
    return COMPACT_LAYOUT[objectApiName].map((field) =>
        workspace.fieldLabel(objectApiName, field, language),
    );
}

describe('the highlights panel labels its fields as the describe does in the page language', () => {
    it('reads the package fields from their translations and the standard fields as the platform translates them', () => {
        expect(labels('Lead', 'en')).toEqual([
            'Company',
            'Title',
            'Lead Status',
            'Qualification Status',
            'Qualification Score',
            'Qualification Framework',
        ]);
        expect(labels('Lead', 'de')).toEqual([
            'Firma',
            'Titel',
            'Lead-Status',
            'Qualifizierungsstatus',
            'Qualifizierungspunktzahl',
            'Qualifizierungsmodell',
        ]);
        expect(labels('Opportunity', 'en').slice(0, 4)).toEqual([
            'Account Name',
            'Stage',
            'Close Date',
            'Amount',
        ]);
        expect(labels('Opportunity', 'de').slice(0, 4)).toEqual([
            'Accountname',
            'Phase',
            'Schlusstermin',
            'Betrag',
        ]);
    });

    it('hands the labels to the page with its other globals', () => {
        const record = { apiName: 'Lead', id: '00Q000000000001AAA', fields: { Name: 'Jana' } };
        const html = renderRecordPage({
            record: record as never,
            records: [],
            language: 'de',
            layout: 'panels',
            device: 'desktop',
            frameworkName: '',
            frameworkNames: [],
            dimensionKeys: [],
            framed: false,
            boardOnly: false,
            labels: {},
            fieldLabels: { BB_Qualification_Status__c: 'Qualifizierungsstatus' },
            buildError: null,
        });
        expect(html).toContain(
            '"fieldLabels":{"BB_Qualification_Status__c":"Qualifizierungsstatus"}',
        );
    });
});
