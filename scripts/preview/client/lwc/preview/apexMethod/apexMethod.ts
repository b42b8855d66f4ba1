/**
 * preview/apexMethod: what `@salesforce/apex/Class.method` gives a component: a function for imperative
 * calls with an `adapter` for @wire. Cacheable methods share one client cache, as on the platform;
 * refreshApex bypasses it.
 */
import { deepFreeze, requestJson } from '../transport/transport';

type Params = Record<string, unknown>;
type DataCallback = (value: { data: unknown; error: unknown }) => void;

export interface ApexMethod {
    (params?: Params): Promise<unknown>;
    adapter: new (dataCallback: DataCallback) => WireAdapterInstance;
}

interface WireAdapterInstance {
    update(config: Params): void;
    connect(): void;
    disconnect(): void;
}

const cache = new Map<string, Promise<unknown>>();

/**
 * JSON with every object's keys sorted, at every depth: the cache key of a call. (A replacer array of the
 * top-level keys would also drop every nested key, so calls differing only inside an object parameter,
 * such as the pipeline's `request`, would share one cached answer.)
 */
function stableJson(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.keys(value)
            .sort()
            .map(
                (key) =>
                    `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`,
            );
        return `{${entries.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
const refreshers = new WeakMap<object, () => Promise<void>>();

export function createApexMethod(
    className: string,
    methodName: string,
    cacheable: boolean,
): ApexMethod {
    const endpoint = `/api/apex/${className}/${methodName}`;
    const call = (params: Params = {}, bypassCache = false): Promise<unknown> => {
        const key = `${endpoint}:${stableJson(params)}`;
        if (cacheable && !bypassCache) {
            const cached = cache.get(key);
            if (cached !== undefined) return cached;
        }
        const pending = requestJson<unknown>('POST', endpoint, { params }).then(deepFreeze);
        if (cacheable) {
            cache.set(key, pending);
            pending.catch(() => cache.delete(key));
        }
        return pending;
    };

    class ApexWireAdapter implements WireAdapterInstance {
        private config: Params | undefined;
        private connected = false;

        constructor(private readonly dataCallback: DataCallback) {}

        update(config: Params): void {
            this.config = config;
            if (this.connected) void this.load(false);
        }

        connect(): void {
            this.connected = true;
            if (this.config !== undefined) void this.load(false);
        }

        disconnect(): void {
            this.connected = false;
        }

        private async load(bypassCache: boolean): Promise<void> {
            const config = this.config ?? {};
            // The platform does not call Apex while a reactive parameter is still undefined.
            if (Object.values(config).some((value) => value === undefined)) return;
            let value: { data: unknown; error: unknown };
            try {
                value = { data: await call(config, bypassCache), error: undefined };
            } catch (error) {
                value = { data: undefined, error };
            }
            refreshers.set(value, () => this.load(true));
            this.dataCallback(value);
        }
    }

    if (!cacheable) {
        // @wire needs @AuraEnabled(cacheable=true); the platform refuses the component otherwise.
        const refuse = class {
            constructor() {
                throw new Error(
                    `${className}.${methodName} is not @AuraEnabled(cacheable=true) and cannot be wired`,
                );
            }
        };
        return Object.assign((params?: Params) => call(params), {
            adapter: refuse as unknown as ApexMethod['adapter'],
        });
    }
    return Object.assign((params?: Params) => call(params), { adapter: ApexWireAdapter });
}

/** `refreshApex(wiredValue)`: fetches the wire's data again, past the cache. */
export function refreshApex(wiredValue: unknown): Promise<void> {
    const refresh =
        typeof wiredValue === 'object' && wiredValue !== null
            ? refreshers.get(wiredValue)
            : undefined;
    return refresh === undefined ? Promise.resolve() : refresh();
}
