/**
 * npm start: the local record page preview. Options: --port <n> (or PORT), --data <file> (default
 * .preview-data/records.json). Rebuilds when force-app or the preview client changes.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPreviewServer } from './server/previewServer';

const projectRoot = path.resolve(__dirname, '../..');
const { values } = parseArgs({
    options: { port: { type: 'string' }, data: { type: 'string' } },
    allowPositionals: false,
});
const portText = values.port ?? process.env.PORT ?? '5173';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port/PORT must be a port number 0–65535 (was ${portText})`);
    process.exit(2);
}
const dataFile = path.resolve(values.data ?? path.join(projectRoot, '.preview-data/records.json'));

startPreviewServer({
    projectRoot,
    port,
    dataFile,
    watch: true,
    log: (message) => console.log(`[preview] ${message}`),
}).then(
    (server) => {
        console.log(
            `[preview] record pages at ${server.url}/  (records in ${path.relative(projectRoot, dataFile)})`,
        );
        const stop = (): void => void server.close().then(() => process.exit(0));
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    },
    (error: unknown) => {
        console.error(
            `[preview] could not start: ${error instanceof Error ? error.message : String(error)}`,
        );
        process.exit(1);
    },
);
