import { spawn } from 'node:child_process';
import { Connection } from 'jsforce';

/** What the tools need to call an org. Held in memory only: never logged, never written. */
export interface OrgSession {
    readonly instanceUrl: string;
    readonly accessToken: string;
    readonly apiVersion: string;
}

export const DEFAULT_API_VERSION = '66.0';

export interface SessionOptions {
    /** A Salesforce CLI alias or username (`--target-org`). Wins over the environment. */
    readonly targetOrg?: string;
    readonly env?: NodeJS.ProcessEnv;
    readonly apiVersion?: string;
}

/**
 * Resolves the org to call: `--target-org` through the Salesforce CLI's stored auth, else
 * `SF_INSTANCE_URL` + `SF_ACCESS_TOKEN` from the environment, else `SF_TARGET_ORG`.
 */
export async function resolveSession(options: SessionOptions): Promise<OrgSession> {
    const env = options.env ?? process.env;
    const apiVersion = options.apiVersion ?? env.SF_API_VERSION ?? DEFAULT_API_VERSION;
    const alias = options.targetOrg ?? (env.SF_INSTANCE_URL ? undefined : env.SF_TARGET_ORG);
    if (alias) {
        const auth = await authFromCli(alias);
        return {
            instanceUrl: checkedInstanceUrl(auth.instanceUrl, `the CLI auth of ${alias}`),
            accessToken: auth.accessToken,
            apiVersion,
        };
    }
    const instanceUrl = env.SF_INSTANCE_URL;
    const accessToken = env.SF_ACCESS_TOKEN;
    if (instanceUrl && accessToken) {
        return {
            instanceUrl: checkedInstanceUrl(instanceUrl, 'SF_INSTANCE_URL'),
            accessToken,
            apiVersion,
        };
    }
    if (instanceUrl || accessToken) {
        throw new Error(
            `${instanceUrl ? 'SF_ACCESS_TOKEN' : 'SF_INSTANCE_URL'} is not set; set both or pass --target-org <alias>`,
        );
    }
    throw new Error(
        'No org given: pass --target-org <alias>, or set SF_INSTANCE_URL and SF_ACCESS_TOKEN (or SF_TARGET_ORG)',
    );
}

/** A jsforce connection for REST calls (sObjects, composite, SOQL). */
export function openConnection(session: OrgSession): Connection {
    return new Connection({
        instanceUrl: session.instanceUrl,
        accessToken: session.accessToken,
        version: session.apiVersion,
    });
}

/** Only https, except a loopback address (the tests' fake org), so a token never travels in clear text. */
export function checkedInstanceUrl(value: string, source: string): string {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        throw new Error(`${source} is not a URL: ${JSON.stringify(value)}`);
    }
    const loopback =
        url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
        throw new Error(`${source} must be an https URL (was ${url.protocol}//${url.host})`);
    }
    return url.origin;
}

interface CliAuth {
    readonly instanceUrl: string;
    readonly accessToken: string;
}

/** Reads the CLI's auth with @salesforce/core (refreshing the token), or falls back to `sf org display`. */
async function authFromCli(alias: string): Promise<CliAuth> {
    const core = await loadSalesforceCore();
    if (core) {
        try {
            const org = await core.Org.create({ aliasOrUsername: alias });
            await org.refreshAuth();
            const connection = org.getConnection();
            if (connection.instanceUrl && connection.accessToken) {
                return { instanceUrl: connection.instanceUrl, accessToken: connection.accessToken };
            }
        } catch (error) {
            throw new Error(`Cannot use the Salesforce CLI auth of ${alias}: ${messageOf(error)}`);
        }
    }
    return authFromSfOrgDisplay(alias);
}

interface SalesforceCore {
    Org: {
        create(options: { aliasOrUsername: string }): Promise<{
            refreshAuth(): Promise<unknown>;
            getConnection(): { instanceUrl?: string; accessToken?: string };
        }>;
    };
}

async function loadSalesforceCore(): Promise<SalesforceCore | undefined> {
    const moduleName = '@salesforce/core';
    try {
        return (await import(moduleName)) as SalesforceCore;
    } catch {
        return undefined;
    }
}

function authFromSfOrgDisplay(alias: string): Promise<CliAuth> {
    return new Promise((resolve, reject) => {
        const child = spawn('sf', ['org', 'display', '--target-org', alias, '--json'], {
            env: {
                ...process.env,
                SF_DISABLE_AUTOUPDATE: 'true',
                SF_SKIP_NEW_VERSION_CHECK: 'true',
            },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
        child.on('error', (error) =>
            reject(new Error(`Cannot run "sf org display" for ${alias}: ${error.message}`)),
        );
        child.on('close', () => {
            // The JSON holds the token: only the fields we need leave this function, never the text.
            let parsed: {
                status?: number;
                message?: string;
                result?: { instanceUrl?: string; accessToken?: string };
            };
            try {
                parsed = JSON.parse(out) as typeof parsed;
            } catch {
                reject(new Error(`"sf org display --target-org ${alias}" did not print JSON`));
                return;
            }
            const { instanceUrl, accessToken } = parsed.result ?? {};
            if (parsed.status === 0 && instanceUrl && accessToken)
                resolve({ instanceUrl, accessToken });
            else
                reject(
                    new Error(
                        `"sf org display --target-org ${alias}" failed: ${parsed.message ?? 'no access token in its result'}`,
                    ),
                );
        });
    });
}

export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
