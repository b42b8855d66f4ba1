import { dayInTimeZone, dayNumber, valuesFromRecord } from '../qualificationEngine';
import { bant } from './frameworks';

describe('dayNumber', () => {
    it('counts calendar days from 1970-01-01, across leap days and centuries', () => {
        expect(dayNumber('1970-01-01')).toBe(0);
        expect(dayNumber('1969-12-31')).toBe(-1);
        expect(dayNumber('2024-03-01')! - dayNumber('2024-02-28')!).toBe(2);
        expect(dayNumber('2100-03-01')! - dayNumber('2100-02-28')!).toBe(1);
        expect(dayNumber('2000-03-01')! - dayNumber('2000-02-28')!).toBe(2);
        // The platform's UTC calendar agrees at both ends of the range Salesforce stores.
        expect(dayNumber('1700-01-01')).toBe(Date.UTC(1700, 0, 1) / 86_400_000);
        expect(dayNumber('4000-12-31')).toBe(Date.UTC(4000, 11, 31) / 86_400_000);
    });

    it.each([
        ['2026-02-29', 'no leap day in 2026'],
        ['2026-04-31', 'April has 30 days'],
        ['2026-13-01', 'no 13th month'],
        ['2026-00-10', 'no month 0'],
        ['2026-01-00', 'no day 0'],
        ['2026-1-05', 'two-digit month'],
        ['05.01.2026', 'German notation'],
        ['2026-01-05T00:00:00Z', 'a date-time'],
        ['1699-12-31', 'before the platform range'],
        ['4001-01-01', 'after the platform range'],
        ['', 'blank'],
    ])('reads %p as no date (%s)', (text) => {
        expect(dayNumber(text)).toBeUndefined();
    });

    it('reads anything but text as no date', () => {
        for (const value of [null, undefined, 20260105, new Date(0), { year: 2026 }]) {
            expect(dayNumber(value)).toBeUndefined();
        }
    });
});

describe('dayInTimeZone', () => {
    // 2026-03-01 23:30 UTC: still March 1st in London, already March 2nd in Berlin.
    const lateEvening = new Date(Date.UTC(2026, 2, 1, 23, 30));

    it('gives the calendar day of the zone', () => {
        expect(dayInTimeZone(lateEvening, 'UTC')).toBe('2026-03-01');
        expect(dayInTimeZone(lateEvening, 'Europe/London')).toBe('2026-03-01');
        expect(dayInTimeZone(lateEvening, 'Europe/Berlin')).toBe('2026-03-02');
        expect(dayInTimeZone(lateEvening, 'America/Los_Angeles')).toBe('2026-03-01');
        expect(dayInTimeZone(new Date(Date.UTC(2026, 0, 1, 5)), 'Pacific/Honolulu')).toBe(
            '2025-12-31',
        );
    });

    it('rejects an unknown zone', () => {
        expect(() => dayInTimeZone(lateEvening, 'Mars/Olympus')).toThrow(RangeError);
    });
});

describe('valuesFromRecord', () => {
    const withDate = bant({
        dimensions: bant().dimensions.map((dimension) => {
            if (dimension.key !== 'Timeline') return dimension;
            return { ...dimension, valueField: 'BB_Decision_Date__c', horizonDays: 180 };
        }),
    });

    it('maps each value field to its dimension key and ignores other fields', () => {
        expect(
            valuesFromRecord(withDate, {
                BB_Decision_Date__c: '2026-09-30',
                BB_Timeline_Rating__c: 'Met',
                Name: 'Acme',
            }),
        ).toEqual({ Timeline: '2026-09-30' });
    });

    it('leaves a field the record does not carry without a value', () => {
        expect(valuesFromRecord(withDate, {})).toEqual({});
        expect(valuesFromRecord(bant(), { BB_Decision_Date__c: '2026-09-30' })).toEqual({});
    });
});
