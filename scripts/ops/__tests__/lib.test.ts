import { parseObjects, positiveInteger } from '../lib/cli';
import { ProgressBar } from '../lib/progress';
import { checkedInstanceUrl, resolveSession } from '../lib/session';

describe('session', () => {
    it('takes the instance URL and token from the environment', async () => {
        await expect(
            resolveSession({
                env: { SF_INSTANCE_URL: 'https://acme.my.salesforce.com/', SF_ACCESS_TOKEN: 'tok' },
            }),
        ).resolves.toEqual({
            instanceUrl: 'https://acme.my.salesforce.com',
            accessToken: 'tok',
            apiVersion: '66.0',
        });
    });

    it('says which variable is missing without echoing the token', async () => {
        await expect(resolveSession({ env: { SF_ACCESS_TOKEN: 'secret-token' } })).rejects.toThrow(
            'SF_INSTANCE_URL is not set; set both or pass --target-org <alias>',
        );
        await expect(resolveSession({ env: {} })).rejects.toThrow('No org given');
    });

    it('refuses to send a token over plain http except to loopback', () => {
        expect(() =>
            checkedInstanceUrl('http://acme.my.salesforce.com', 'SF_INSTANCE_URL'),
        ).toThrow('SF_INSTANCE_URL must be an https URL (was http://acme.my.salesforce.com)');
        expect(checkedInstanceUrl('http://127.0.0.1:4321', 'test')).toBe('http://127.0.0.1:4321');
        expect(() => checkedInstanceUrl('not a url', 'SF_INSTANCE_URL')).toThrow(
            'SF_INSTANCE_URL is not a URL',
        );
    });
});

describe('progress bar', () => {
    it('redraws one line on a terminal and prints plain lines otherwise', () => {
        let now = 0;
        const terminal: string[] = [];
        const bar = new ProgressBar(
            { isTTY: true, write: (text: string) => terminal.push(text) },
            () => now,
        );
        bar.begin('Lead', 1000);
        now = 2000;
        bar.update({ processed: 500, changed: 20, failed: 1 });
        bar.finish({ processed: 1000, changed: 40, failed: 1 });
        expect(terminal[0]).toBe(
            '\r\x1b[2KLead [############------------] 50% 500/1,000 records, 20 changed, 1 failed, 250 rec/s',
        );
        expect(terminal.at(-1)).toBe('\n');

        const log: string[] = [];
        const plain = new ProgressBar(
            { isTTY: false, write: (text: string) => log.push(text) },
            () => now,
        );
        plain.begin('Opportunity', undefined);
        now = 4000;
        plain.update({ processed: 10, changed: 0, failed: 0 });
        plain.update({ processed: 20, changed: 0, failed: 0 });
        expect(log).toEqual(['Opportunity 10 records, 0 changed, 0 failed, 5 rec/s\n']);
    });
});

describe('command-line flags', () => {
    it('reads --objects, defaulting to both objects and naming anything unknown', () => {
        expect(parseObjects(undefined)).toEqual(['Lead', 'Opportunity']);
        expect(parseObjects(' Opportunity ,')).toEqual(['Opportunity']);
        expect(() => parseObjects('Lead,Account')).toThrow(
            '--objects takes Lead, Opportunity (unknown: Account)',
        );
        expect(() => parseObjects(',')).toThrow('(unknown: none given)');
    });

    it('reads a positive whole number or names the flag', () => {
        expect(positiveInteger(undefined, '--leads', 24)).toBe(24);
        expect(positiveInteger('7', '--leads', 24)).toBe(7);
        expect(() => positiveInteger('0', '--leads', 24)).toThrow('--leads must be a whole number');
    });
});
