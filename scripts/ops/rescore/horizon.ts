import type { FrameworkConfig } from '../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import { FRAMEWORK_FIELD } from '../../lib/resultFields';

/**
 * Which records `rescore --horizon-day` looks at: the same selection as the Apex
 * QualificationHorizonService. A dimension with a horizon of h days holds a record back while its
 * date lies more than h days after the evaluation day, so a record's outcome changes only on the
 * day it comes within the horizon, the day whose date plus h is its decision date. For day D (and
 * `catchUpDays` days before it) that is a date from D + h − catchUpDays to D + h, on a framework
 * with that dimension, or a blank framework when the object's default has it.
 */
export interface HorizonWindow {
    /** The evaluation day, 'YYYY-MM-DD'. */
    readonly day: string;
    /** Days before `day` to include (0 = only that day). */
    readonly catchUpDays: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day 'YYYY-MM-DD', or a clear error naming the flag. */
export function parseDay(value: string, flag: string): string {
    const match = DAY.exec(value);
    const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
        throw new Error(`${flag} must be a day as YYYY-MM-DD (was ${JSON.stringify(value)})`);
    return value;
}

/** `day` moved by a whole number of days, 'YYYY-MM-DD'. */
export function addDays(day: string, days: number): string {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/**
 * The SOQL condition for one object, or null when no framework that applies to it has a horizon.
 * Framework names are DeveloperNames (letters, digits, underscores); they are quoted and escaped
 * all the same.
 */
export function horizonCondition(
    frameworks: readonly FrameworkConfig[],
    objectApiName: string,
    window: HorizonWindow,
): string | null {
    const frameworksByBoundary = new Map<string, Set<string>>();
    let defaultFramework: string | undefined;
    for (const framework of frameworks) {
        if (framework.applicableObjects && !framework.applicableObjects.includes(objectApiName))
            continue;
        if (framework.defaultFor?.includes(objectApiName)) defaultFramework = framework.name;
        for (const dimension of framework.dimensions) {
            const horizon = dimension.horizonDays;
            if (horizon === null || horizon === undefined || !dimension.valueField) continue;
            const boundary = `${dimension.valueField} ${horizon}`;
            const names = frameworksByBoundary.get(boundary) ?? new Set<string>();
            names.add(framework.name);
            frameworksByBoundary.set(boundary, names);
        }
    }
    if (frameworksByBoundary.size === 0) return null;
    const alternatives = [...frameworksByBoundary].map(([boundary, names]) => {
        const [field, horizonText] = boundary.split(' ') as [string, string];
        const horizon = Number(horizonText);
        const list = [...names].sort().map(quote).join(', ');
        const frameworkFilter =
            defaultFramework !== undefined && names.has(defaultFramework)
                ? `(${FRAMEWORK_FIELD} IN (${list}) OR ${FRAMEWORK_FIELD} = null)`
                : `${FRAMEWORK_FIELD} IN (${list})`;
        const earliest = addDays(window.day, horizon - window.catchUpDays);
        const latest = addDays(window.day, horizon);
        return `(${frameworkFilter} AND ${field} >= ${earliest} AND ${field} <= ${latest})`;
    });
    return `(${alternatives.join(' OR ')})`;
}

function quote(name: string): string {
    return `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
