import { basename } from 'node:path';
import type { Profiler } from 'node:inspector';

/** Where a share of the profiled CPU time went. */
export interface CpuItem {
    readonly name: string;
    /** Share of the sampled CPU time (idle excluded), 0–1. */
    readonly share: number;
}

export interface CpuSummary {
    /** By area of the code (the library, engine, loop…), largest first. */
    readonly areas: readonly CpuItem[];
    /** By function, self time, largest first. */
    readonly functions: readonly CpuItem[];
}

/** Areas by where a function's script lives; the first match wins. */
const AREAS: readonly (readonly [RegExp, string])[] = [
    [/node_modules\/papaparse\//, 'CSV reading and writing (Papa Parse)'],
    [/qualificationEngine\/(evaluate|days|answers)\.ts/, 'evaluation (engine)'],
    [/qualificationEngine\/reasons\.ts/, 'explanation formatting (engine)'],
    [/scripts\/lib\/(recordScorer|statusTimes|resultFields)\.ts/, 'record scorer and status times'],
    [/scripts\/ops\/rescore\//, 'rescore loop and change detection'],
    [/scripts\/ops\/lib\//, 'ops library (Bulk API, CSV wrapper, progress)'],
    [/^node:internal\/(streams|webstreams)|^node:stream/, 'Node streams'],
    [/undici|^node:internal\/deps|^node:(net|http)|^node:internal\/(http|net)/, 'HTTP client'],
    [/^node:/, 'Node runtime, other'],
];

/**
 * Sums a V8 CPU profile's samples by self time, per function and per area. Idle samples are left
 * out, so the shares are of the time the process spent on the CPU.
 */
export function summariseCpuProfile(profile: Profiler.Profile, top = 6): CpuSummary {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const counts = new Map<number, number>();
    for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const byArea = new Map<string, number>();
    const byFunction = new Map<string, number>();
    let total = 0;
    for (const [id, count] of counts) {
        const frame = nodes.get(id)?.callFrame;
        if (!frame || frame.functionName === '(idle)') continue;
        total += count;
        const url = frame.url.replace(/^file:\/\//, '');
        const special = frame.functionName.startsWith('(') ? frame.functionName : undefined;
        const area =
            special === '(garbage collector)'
                ? 'garbage collection'
                : special
                  ? 'V8 and native code (unattributed)'
                  : (AREAS.find(([pattern]) => pattern.test(url))?.[1] ??
                    (url ? basename(url) : 'V8 and native code (unattributed)'));
        byArea.set(area, (byArea.get(area) ?? 0) + count);
        const name =
            special ?? `${frame.functionName || '(anonymous)'} ${url ? basename(url) : ''}`.trim();
        byFunction.set(name, (byFunction.get(name) ?? 0) + count);
    }
    const ranked = (map: Map<string, number>, limit: number): CpuItem[] =>
        [...map]
            .sort((a, b) => b[1] - a[1])
            .slice(0, limit)
            .map(([name, count]) => ({ name, share: total > 0 ? count / total : 0 }));
    return { areas: ranked(byArea, AREAS.length + 3), functions: ranked(byFunction, top) };
}
