import { TREND_FIELD, trendAfterSave } from '../../../lib/rounds';
import type { StoredValue } from './recordStore';

/**
 * The trigger's trend recorder after the evaluation (QualificationTrendRecorder): a point when status or
 * score changed or a round started; the fields unchanged otherwise.
 */
export function withTrendPoint(
    before: Readonly<Record<string, StoredValue>> | undefined,
    evaluated: Record<string, StoredValue>,
    now: Date,
): Record<string, StoredValue> {
    const trend = trendAfterSave(before, evaluated, now);
    return trend === undefined ? evaluated : { ...evaluated, [TREND_FIELD]: trend };
}
