import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { formatLabel } from 'c/qualificationBoardLabels';
import { applyEdit, currentValue, panelDimension, storedValue, summaryView } from '../boardModel';
import bantConfig from './data/boardConfigBant.json';
import leadRecordData from './data/leadRecord.json';
import { clone } from './support/board';
import { horizonRecord, withTimelineHorizon } from './support/horizon';

const config = bantConfig as unknown as BoardConfig;
const leadRecord = leadRecordData as unknown as RecordRepresentation;

describe('boardModel', () => {
    it('treats blank and null as the same stored value, so clearing an empty field is no edit', () => {
        expect(applyEdit(leadRecord, {}, 'BB_Timeline_Evidence__c', '')).toEqual({});
        expect(applyEdit(leadRecord, {}, 'BB_Timeline_Evidence__c', 'Q3')).toEqual({
            BB_Timeline_Evidence__c: 'Q3',
        });
        expect(
            currentValue(leadRecord, { BB_Timeline_Evidence__c: 'Q3' }, 'BB_Timeline_Evidence__c'),
        ).toBe('Q3');
    });

    it('reads a nested record value or a missing field as null', () => {
        const record = clone(leadRecord);
        record.fields.Owner = { value: clone(leadRecord), displayValue: 'Dana' };
        expect(storedValue(record, 'Owner')).toBeNull();
        expect(storedValue(undefined, 'BB_Budget_Rating__c')).toBeNull();
        expect(storedValue(record, 'No_Such_Field__c')).toBeNull();
    });

    it('fills defaults for a dimension a partner configured sparsely', () => {
        const sparse = {
            ...config.framework.dimensions[2]!,
            questions: undefined,
            valueLabel: undefined,
            valueType: undefined,
        } as never;
        const view = panelDimension(sparse, undefined);
        expect(view).toMatchObject({
            questions: [],
            valueLabel: null,
            valueType: null,
            ratingReadable: false,
            valueReadable: false,
        });
    });

    it('labels a stored status from the describe, else from LDS, else by its value', () => {
        const record = clone(leadRecord);
        record.fields.BB_Qualification_Status__c = { value: 'Nurture', displayValue: 'Pflegen' };
        record.fields.BB_Qualification_Score__c = { value: null, displayValue: null };
        record.fields.BB_Qualification_Explanation__c = { value: null, displayValue: null };
        record.fields.BB_Next_Dimension__c = { value: null, displayValue: null };
        const withoutLabels = { ...config, statusLabels: {} } as BoardConfig;

        const view = summaryView(withoutLabels, record, {});
        expect(view).toMatchObject({
            statusLabel: 'Pflegen',
            score: null,
            nextDimensionLabel: 'Need',
            // A stored status without its score is not what the rules give today.
            stale: { statusLabel: 'Pflegen', score: 40 },
        });
        expect(view.reasons).toHaveLength(3);

        record.fields.BB_Qualification_Status__c = { value: 'Nurture', displayValue: null };
        expect(summaryView(withoutLabels, record, {}).statusLabel).toBe('Nurture');
        expect(summaryView(config, record, {}).statusLabel).toBe('Nurture');
    });

    it('previews a record never evaluated with the engine, with the status label', () => {
        const record = clone(leadRecord);
        record.fields.BB_Qualification_Status__c = { value: null, displayValue: null };
        const view = summaryView(
            { ...config, statusLabels: { Nurture: 'Weiter pflegen' } } as BoardConfig,
            record,
            {},
        );
        expect(view).toMatchObject({
            status: 'Nurture',
            statusLabel: 'Weiter pflegen',
            score: 40,
            completeness: 50,
            isPreview: false,
        });
        expect(
            summaryView({ ...config, statusLabels: {} } as BoardConfig, record, {}).statusLabel,
        ).toBe('Nurture');
    });

    it('claims no difference from the stored result when answers are hidden from the user', () => {
        const record = clone(leadRecord);
        delete (record.fields as Record<string, unknown>).BB_Need_Rating__c;
        record.fields.BB_Qualification_Score__c = { value: 99, displayValue: '99' };
        const view = summaryView(config, record, {});
        expect(view).toMatchObject({ score: 99, excludesHidden: true, stale: null });
    });

    it('keeps a weak rating that is not on the scale as written', () => {
        const record = clone(leadRecord);
        record.fields.BB_Qualification_Status__c = { value: null, displayValue: null };
        const scaleWithoutPartly = {
            ...config,
            ratingScale: config.ratingScale.filter((option) => option.value !== 'Partly_Met'),
        };
        const reasons = summaryView(scaleWithoutPartly as BoardConfig, record, {}).reasons;
        expect(reasons.some((reason) => reason.includes('Partly_Met'))).toBe(true);
    });
});

describe('summaryView: why a stored result differs', () => {
    const horizonConfig = withTimelineHorizon(config, 90);

    it('names the days, not the configuration, when the answers gave the stored result on the day of the last evaluation', () => {
        // 100 days to the decision date then (beyond the 90-day horizon: Nurture), 60 today.
        const { record, evaluatedDay } = horizonRecord(leadRecord, {
            daysAgo: 40,
            daysAhead: 60,
            stored: { status: 'Nurture', score: 100 },
        });
        const view = summaryView(horizonConfig, record, {});
        expect(view).toMatchObject({ status: 'Nurture', score: 100 });
        expect(view.stale).toEqual({
            statusLabel: 'Qualified',
            score: 100,
            horizon: { evaluatedDay, dimensionLabels: ['Timeline'] },
        });
    });

    it('keeps the configuration note when the answers never gave the stored result', () => {
        const { record } = horizonRecord(leadRecord, {
            daysAgo: 40,
            daysAhead: 60,
            stored: { status: 'Nurture', score: 80 },
        });
        expect(summaryView(horizonConfig, record, {}).stale).toEqual({
            statusLabel: 'Qualified',
            score: 100,
            horizon: null,
        });
    });

    it('keeps the configuration note when the record has no readable evaluation time', () => {
        const { record } = horizonRecord(leadRecord, {
            daysAgo: 40,
            daysAhead: 60,
            stored: { status: 'Nurture', score: 100 },
        });
        record.fields.BB_Last_Evaluated__c = { value: 'not a time', displayValue: null };
        expect(summaryView(horizonConfig, record, {}).stale?.horizon).toBeNull();
    });

    it('shows no note when the stored result is what today gives', () => {
        const { record } = horizonRecord(leadRecord, {
            daysAgo: 40,
            daysAhead: 60,
            stored: { status: 'Qualified', score: 100 },
        });
        expect(summaryView(horizonConfig, record, {}).stale).toBeNull();
        // Still beyond the horizon today: the stored Nurture is current, whatever day it was saved.
        const { record: farOut } = horizonRecord(leadRecord, {
            daysAgo: 40,
            daysAhead: 120,
            stored: { status: 'Nurture', score: 100 },
        });
        expect(summaryView(horizonConfig, farOut, {}).stale).toBeNull();
    });
});

describe('formatLabel', () => {
    it('fills numbered placeholders and leaves unknown ones visible', () => {
        expect(formatLabel('Step {0} of {1}', 2, 4)).toBe('Step 2 of 4');
        expect(formatLabel('Step {0} of {1}', 2)).toBe('Step 2 of {1}');
    });
});
