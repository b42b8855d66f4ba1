import type { WireAdapterConstructor } from 'lwc';

declare global {
    /**
     * A wire adapter whose configuration keys and result are known, so `@wire(adapter, config)`
     * rejects unknown keys and values of the wrong type, and the wired property must be typed
     * `WireResult<Value>`.
     */
    type TypedWireAdapter<Config extends Record<string, unknown>, Value> = WireAdapterConstructor<
        Config,
        WireResult<Value>
    >;

    /** What a wired property or method receives: data on success, error on failure. */
    interface WireResult<Value> {
        data?: Value;
        error?: unknown;
    }
}

export {};
