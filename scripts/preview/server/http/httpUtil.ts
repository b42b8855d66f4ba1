import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 1024 * 1024;

export class BadRequest extends Error {}

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
        const buffer = chunk as Buffer;
        size += buffer.length;
        if (size > MAX_BODY_BYTES)
            throw new BadRequest(`request body is larger than ${MAX_BODY_BYTES} bytes`);
        chunks.push(buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text === '') return {};
    try {
        return JSON.parse(text) as unknown;
    } catch {
        throw new BadRequest('request body is not JSON');
    }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
    const payload = JSON.stringify(body);
    response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
    });
    response.end(payload);
}

export function sendText(
    response: ServerResponse,
    status: number,
    contentType: string,
    body: string | Buffer,
): void {
    response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
    response.end(body);
}

const CONTENT_TYPES: Record<string, string> = {
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.html': 'text/html; charset=utf-8',
};

export function contentTypeOf(file: string): string {
    const extension = file.slice(file.lastIndexOf('.'));
    return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
