/**
 * Records whose stored result aged only because days passed: every answer Met, a decision date a
 * given number of days ahead of today, and a last evaluation a given number of days ago. Built
 * from the real clock, so the tests hold on any day.
 */
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { userDay } from '../../userDay';
import { clone } from './board';

const DAY_MS = 24 * 60 * 60 * 1000;

export function withTimelineHorizon(config: BoardConfig, horizonDays: number): BoardConfig {
    const copy = clone(config);
    const timeline = copy.framework.dimensions.find((dimension) => dimension.key === 'Timeline');
    Object.assign(timeline!, { horizonDays });
    return copy;
}

/** The day `days` after `day` ('YYYY-MM-DD'), counted in whole calendar days. */
function addDays(day: string, days: number): string {
    return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function horizonRecord(
    base: RecordRepresentation,
    options: { daysAgo: number; daysAhead: number; stored: { status: string; score: number } },
): { record: RecordRepresentation; evaluatedDay: string } {
    const record = clone(base);
    const today = userDay();
    const evaluatedDay = addDays(today, -options.daysAgo);
    const set = (field: string, value: string | number): void => {
        record.fields[field] = { value, displayValue: null };
    };
    ['Budget', 'Authority', 'Need', 'Timeline'].forEach((key) => set(`BB_${key}_Rating__c`, 'Met'));
    set('BB_Decision_Date__c', addDays(today, options.daysAhead));
    set('BB_Qualification_Status__c', options.stored.status);
    set('BB_Qualification_Score__c', options.stored.score);
    set('BB_Qualification_Completeness__c', 100);
    // Noon UTC of that day is the same calendar day in the test's time zone (America/Los_Angeles).
    set('BB_Last_Evaluated__c', `${evaluatedDay}T12:00:00.000Z`);
    return { record, evaluatedDay };
}
