/**
 * What went wrong below HTTP, in words that point at the fix. Node's fetch reports every such fault
 * as "fetch failed" and hides the reason in `cause` (a code such as ECONNREFUSED or ENOTFOUND);
 * a mistyped instance URL must be recognisable from the first line.
 */
export interface NetworkFault {
    /** The system code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED, ...), or undefined. */
    readonly code: string | undefined;
    /** A sentence naming the cause and the host. */
    readonly cause: string;
    /** Whether waiting can help: a name that does not resolve or a bad certificate stay wrong. */
    readonly transient: boolean;
}

const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/;

export function describeNetworkFault(error: unknown, url: string): NetworkFault {
    const host = hostOf(url);
    const root = rootCause(error);
    const code = root.code;
    const detail = root.message ? `: ${root.message}` : '';
    switch (code) {
        case 'ECONNREFUSED':
            return fault(
                code,
                `connection refused by ${host} (nothing accepts connections there)`,
                true,
            );
        case 'ENOTFOUND':
            return fault(
                code,
                `DNS: ${host} does not resolve (no such host; check the instance URL)`,
                false,
            );
        case 'EAI_AGAIN':
            return fault(
                code,
                `DNS: the lookup of ${host} failed for now (name server unreachable)`,
                true,
            );
        case 'ECONNRESET':
            return fault(code, `the connection to ${host} was reset`, true);
        case 'ETIMEDOUT':
        case 'UND_ERR_CONNECT_TIMEOUT':
            return fault(code, `connecting to ${host} timed out`, true);
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return fault(code, `${host} is unreachable from this network`, true);
        default:
            // fetch refuses ports such as 9 or 25 outright (WHATWG "bad port"): a wrong URL, not a fault
            if (root.message === 'bad port')
                return fault(
                    code,
                    `fetch refuses the port of ${host} (a blocked port; check the instance URL)`,
                    false,
                );
            if (code && TLS_CODE.test(code))
                return fault(
                    code,
                    `TLS: the certificate of ${host} is not accepted${detail}`,
                    false,
                );
            return fault(code, `${root.message || 'network error'} (${host})`, true);
    }
}

/** "connection refused by host … [ECONNREFUSED]": how a retry line and the final error name the cause. */
export function faultText(fault: NetworkFault): string {
    return fault.code ? `${fault.cause} [${fault.code}]` : fault.cause;
}

function fault(code: string | undefined, cause: string, transient: boolean): NetworkFault {
    return { code, cause, transient };
}

interface Cause {
    readonly code: string | undefined;
    readonly message: string;
}

/** The innermost cause with a code; undici wraps it as `cause`, happy eyeballs in an AggregateError. */
function rootCause(error: unknown): Cause {
    let current: unknown = error;
    let best: Cause = { code: undefined, message: messageOf(error) };
    for (let depth = 0; current && depth < 5; depth++) {
        const candidate = current as { code?: unknown; cause?: unknown; errors?: unknown };
        const message = messageOf(current);
        if (typeof candidate.code === 'string') best = { code: candidate.code, message };
        else if (!best.code && message) best = { code: undefined, message };
        const inner = Array.isArray(candidate.errors) ? candidate.errors[0] : undefined;
        current = candidate.cause ?? inner;
    }
    return best;
}

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error ?? '');
}

function hostOf(url: string): string {
    try {
        return new URL(url).host;
    } catch {
        return url;
    }
}
