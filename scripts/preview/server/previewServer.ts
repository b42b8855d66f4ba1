import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ts from 'typescript';
import { buildClient, type ClientBuild } from '../client/build';
import { COMPACT_LAYOUT, PATH_FIELDS } from '../compactLayout';
import { ApexException, getBoardConfig } from './apex/boardController';
import { startRound, type StartRoundInput } from './apex/roundController';
import { getPipelinePage } from './apex/pipelineController';
import { getFrameworkChoices } from './apex/frameworkChoices';
import { pipelineRecords, type PipelineRecord } from './apex/pipelineRecords';
import { renderPipelinePage } from './http/pipelinePage';
import { STANDARD_OPPORTUNITY_STAGES } from '../../lib/catalog';
import { withTrendPoint } from './records/roundsOnSave';
import { BadRequest, contentTypeOf, readJsonBody, sendJson, sendText } from './http/httpUtil';
import { refusalOf } from './http/requestGuard';
import { LAYOUTS, renderRecordPage, type Device, type Layout } from './http/recordPage';
import type { PreviewLanguage } from './metadata/ratingScale';
import { loadWorkspace, type PreviewWorkspace } from './metadata/workspace';
import { packageDirectoryPaths } from '../../lib/packageDirectories';
import { RecordApi, type UserContext } from './records/recordApi';
import { readStageGateSettings } from './records/stageGateSettings';
import { NO_ACTIVE_GATES, type StageGateSettings } from './records/stageGatesOnSave';
import { readSampleRecords, RecordStore, type StoredRecord } from './records/recordStore';
import { evaluateOnSave } from './records/evaluateOnSave';
import { fieldError, recordError, UiApiError } from './records/uiApiErrors';
import {
    applySimulationInput,
    fieldsOfDimension,
    initialSimulation,
    type SimulationState,
} from './simulation';
import { watchSources } from './sourceWatcher';

export interface PreviewServerOptions {
    readonly projectRoot: string;
    /** 0 picks a free port. */
    readonly port: number;
    /** Where the records live between reloads; created from data/*.json when missing. */
    readonly dataFile: string;
    /** Rebuild when force-app or the client sources change (npm start); tests build once. */
    readonly watch: boolean;
    readonly log?: (message: string) => void;
    /** A page script built before (tests start many servers over one build); built here when absent. */
    readonly build?: ClientBuild;
}

export interface PreviewServer {
    readonly url: string;
    readonly port: number;
    /** The build that failed last, if the page script could not be built. */
    buildError(): string | null;
    close(): Promise<void>;
}

/** Starts the preview: builds the page script, then serves the record pages and the platform fakes. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
    const log = options.log ?? (() => undefined);
    const projectRoot = options.projectRoot;
    const clientDir = path.join(projectRoot, 'scripts/preview/client');
    const sldsDir = path.join(projectRoot, 'node_modules/@salesforce-ux/design-system/assets');

    let workspace: PreviewWorkspace = loadWorkspace(projectRoot);
    const store = new RecordStore(options.dataFile, () => seedRecords(projectRoot, workspace));
    let stageGateSettings: StageGateSettings = NO_ACTIVE_GATES;
    const gateSettings = (): StageGateSettings => stageGateSettings;
    let recordApi = new RecordApi(workspace, store, undefined, gateSettings);
    let simulation: SimulationState = initialSimulation();
    let build: ClientBuild | undefined = options.build;
    let buildError: string | null = null;
    let toolbarScript = compileToolbar(clientDir);

    const rebuild = async (): Promise<void> => {
        const started = Date.now();
        try {
            workspace = loadWorkspace(projectRoot);
            recordApi = new RecordApi(workspace, store, undefined, gateSettings);
            toolbarScript = compileToolbar(clientDir);
            build = await buildClient(projectRoot, workspace);
            buildError = null;
            log(`built the page script in ${Date.now() - started} ms`);
        } catch (error) {
            buildError = describeBuildError(error);
            log(`build failed: ${buildError}`);
        }
    };
    if (build === undefined) await rebuild();
    let rebuilding = Promise.resolve();
    const stopWatching = options.watch
        ? watchSources([...packageDirectoryPaths(projectRoot), clientDir], 1000, () => {
              log('sources changed, rebuilding');
              rebuilding = rebuilding.then(rebuild);
          })
        : () => undefined;

    const userOf = (request: IncomingMessage): UserContext => ({
        language: languageOf(request.headers['x-preview-language']),
        hiddenFields: fieldsOfDimension(workspace.catalog.frameworks, simulation.hiddenDimension),
        // The sales manager's permission set grants BB_Change_Qualification_Framework, the rep's does not.
        mayChangeFramework: stageGateSettings.persona === 'manager',
    });

    // The pipeline view's seeded records, built once per object on first use.
    const pipelineCache = new Map<'Lead' | 'Opportunity', PipelineRecord[]>();
    const pipelineRecordsOf = (objectApiName: 'Lead' | 'Opportunity'): PipelineRecord[] => {
        let records = pipelineCache.get(objectApiName);
        if (records === undefined) {
            const openStages = STANDARD_OPPORTUNITY_STAGES.filter((stage) => !stage.closed).map(
                (stage) => stage.value,
            );
            records = pipelineRecords(
                objectApiName,
                workspace.catalog.frameworks,
                openStages,
                objectApiName === 'Opportunity' ? 2400 : 600,
            );
            pipelineCache.set(objectApiName, records);
        }
        return records;
    };

    const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const method = request.method ?? 'GET';
        const route = url.pathname;
        // Chromium silently resends a request whose reused keep-alive connection drops; fresh connections
        // make a simulated network failure reach the page as it would on a real dropped connection.
        response.setHeader('Connection', 'close');
        const refusal = refusalOf(method, request.headers, request.socket.localPort ?? 0);
        if (refusal !== null) {
            log(`refused ${method} ${route}: ${refusal}`);
            return sendJson(response, 403, { message: refusal });
        }
        if (route === '/' && method === 'GET') {
            const first = store.all()[0];
            response.writeHead(302, {
                Location: first === undefined ? '/404' : `/record/${first.id}`,
            });
            response.end();
            return;
        }
        if (route === '/pipeline' && method === 'GET') {
            const language = languageOf(url.searchParams.get('lang'));
            const labels: Record<string, string> = {};
            for (const name of build?.usage.labels ?? [])
                labels[name] = labelText(workspace, name, language, log);
            const html = renderPipelinePage({
                language,
                device: url.searchParams.get('device') === 'phone' ? 'phone' : 'desktop',
                framed: url.searchParams.get('frame') === '1',
                objectApiName: url.searchParams.get('object') === 'Lead' ? 'Lead' : 'Opportunity',
                frameworkName: url.searchParams.get('framework') ?? '',
                filter: url.searchParams.get('filter') ?? 'team',
                labels,
                buildError,
            });
            return sendText(response, 200, 'text/html; charset=utf-8', html);
        }
        const recordPage = /^\/record\/([^/]+)$/.exec(route);
        if (recordPage !== null && method === 'GET') {
            const record = store.get(decodeURIComponent(recordPage[1] ?? ''));
            if (record === undefined)
                return sendText(
                    response,
                    404,
                    'text/plain; charset=utf-8',
                    'No such record in the preview',
                );
            const language = languageOf(url.searchParams.get('lang'));
            const labels: Record<string, string> = {};
            for (const name of build?.usage.labels ?? [])
                labels[name] = labelText(workspace, name, language, log);
            const layout = (LAYOUTS as readonly string[]).includes(
                url.searchParams.get('layout') ?? '',
            )
                ? (url.searchParams.get('layout') as Layout)
                : 'panels';
            const device: Device = url.searchParams.get('device') === 'phone' ? 'phone' : 'desktop';
            const html = renderRecordPage({
                record,
                records: store.all(),
                language,
                layout,
                device,
                frameworkName: url.searchParams.get('framework') ?? '',
                frameworkNames: workspace.catalog.frameworks.map((framework) => framework.name),
                dimensionKeys: [
                    ...new Set(
                        workspace.catalog.frameworks.flatMap((f) => f.dimensions.map((d) => d.key)),
                    ),
                ],
                framed: url.searchParams.get('frame') === '1',
                boardOnly: url.searchParams.get('highlights') === '0',
                labels,
                fieldLabels: Object.fromEntries(
                    [...COMPACT_LAYOUT[record.apiName], ...PATH_FIELDS].map((field) => [
                        field,
                        workspace.fieldLabel(record.apiName, field, language),
                    ]),
                ),
                buildError,
            });
            return sendText(response, 200, 'text/html; charset=utf-8', html);
        }
        if (route === '/favicon.ico') {
            response.writeHead(204);
            response.end();
            return;
        }
        if (route === '/assets/app.js') {
            if (build === undefined)
                return sendText(
                    response,
                    503,
                    'text/plain',
                    `page script not built: ${buildError ?? ''}`,
                );
            return sendText(response, 200, 'text/javascript; charset=utf-8', build.code);
        }
        if (route === '/assets/toolbar.js')
            return sendText(response, 200, 'text/javascript; charset=utf-8', toolbarScript);
        if (route === '/assets/preview.css')
            return sendText(
                response,
                200,
                'text/css; charset=utf-8',
                readFileSync(path.join(clientDir, 'preview.css')),
            );
        if (route.startsWith('/assets/slds/')) {
            const file = path.resolve(sldsDir, `.${route.slice('/assets/slds'.length)}`);
            if (!file.startsWith(sldsDir + path.sep) || !existsSync(file))
                return sendText(response, 404, 'text/plain', 'not found');
            response.writeHead(200, {
                'Content-Type': contentTypeOf(file),
                'Cache-Control': 'max-age=3600',
            });
            response.end(readFileSync(file));
            return;
        }
        const recordApiRoute = /^\/api\/records\/([^/]+)$/.exec(route);
        if (recordApiRoute !== null) {
            const id = decodeURIComponent(recordApiRoute[1] ?? '');
            const user = userOf(request);
            if (method === 'GET') {
                const list = (name: string): string[] =>
                    (url.searchParams.get(name) ?? '').split(',').filter((field) => field !== '');
                const record = store.get(id);
                const everything =
                    url.searchParams.get('all') === 'true' && record !== undefined
                        ? [...(workspace.schemas.get(record.apiName)?.keys() ?? [])].map(
                              (field) => `${record.apiName}.${field}`,
                          )
                        : [];
                return sendJson(
                    response,
                    200,
                    recordApi.getRecord(
                        id,
                        list('fields'),
                        [...list('optionalFields'), ...everything],
                        user,
                    ),
                );
            }
            if (method === 'PATCH') {
                const body = (await readJsonBody(request)) as {
                    fields?: unknown;
                    ifUnmodifiedSince?: unknown;
                };
                if (typeof body.fields !== 'object' || body.fields === null)
                    throw new BadRequest('updateRecord needs { fields: { ... } }');
                if (simulation.failNextSave) {
                    simulation = { ...simulation, failNextSave: false };
                    log('simulated network failure: dropping the save');
                    request.socket.destroy();
                    return;
                }
                if (simulation.rejectNextSave) {
                    simulation = { ...simulation, rejectNextSave: false };
                    throw simulatedValidationError(
                        workspace,
                        store.get(id),
                        Object.keys(body.fields),
                        user.language,
                    );
                }
                const since =
                    typeof body.ifUnmodifiedSince === 'string' ? body.ifUnmodifiedSince : undefined;
                return sendJson(
                    response,
                    200,
                    recordApi.updateRecord(id, body.fields as Record<string, unknown>, since, user),
                );
            }
        }
        const apexRoute = /^\/api\/apex\/(\w+)\/(\w+)$/.exec(route);
        if (apexRoute !== null && method === 'POST') {
            const body = (await readJsonBody(request)) as { params?: Record<string, unknown> };
            const params = body.params ?? {};
            if (
                apexRoute[1] === 'QualificationBoardController' &&
                apexRoute[2] === 'getBoardConfig'
            ) {
                return sendJson(
                    response,
                    200,
                    getBoardConfig(
                        workspace,
                        store,
                        params.recordId,
                        params.pageFramework,
                        userOf(request),
                        stageGateSettings.activeGates,
                    ),
                );
            }
            if (
                apexRoute[1] === 'QualificationFrameworkChoices' &&
                apexRoute[2] === 'getFrameworkChoices'
            ) {
                return sendJson(
                    response,
                    200,
                    getFrameworkChoices(workspace, store, params.recordId, userOf(request)),
                );
            }
            if (
                apexRoute[1] === 'QualificationPipelineController' &&
                apexRoute[2] === 'getPipelinePage'
            ) {
                return sendJson(
                    response,
                    200,
                    getPipelinePage(workspace, pipelineRecordsOf, params.request, userOf(request)),
                );
            }
            if (apexRoute[1] === 'QualificationRoundController' && apexRoute[2] === 'startRound') {
                if (simulation.failNextSave) {
                    simulation = { ...simulation, failNextSave: false };
                    log('simulated network failure: dropping the round start');
                    request.socket.destroy();
                    return;
                }
                const rejectedByValidation = simulation.rejectNextSave;
                simulation = { ...simulation, rejectNextSave: false };
                return sendJson(
                    response,
                    200,
                    startRound(
                        workspace,
                        store,
                        recordApi,
                        { ...params, rejectedByValidation } as StartRoundInput,
                        userOf(request),
                    ),
                );
            }
            throw new ApexException(
                `The preview has no fake for Apex method ${apexRoute[1]}.${apexRoute[2]}`,
                'System.NoSuchMethodException',
            );
        }
        const convertRoute = /^\/api\/records\/([^/]+)\/convert$/.exec(route);
        if (convertRoute !== null && method === 'POST') {
            const body = (await readJsonBody(request)) as { overrideReason?: unknown };
            const reason = typeof body.overrideReason === 'string' ? body.overrideReason : null;
            const id = decodeURIComponent(convertRoute[1] ?? '');
            return sendJson(response, 200, recordApi.convertLead(id, reason, userOf(request)));
        }
        if (route === '/api/stage-gates') {
            if (method === 'POST') {
                stageGateSettings = readStageGateSettings(
                    await readJsonBody(request),
                    workspace.catalog.stageGates.map((gate) => gate.name),
                );
            }
            return sendJson(response, 200, stageGateSettings);
        }
        if (route === '/api/simulation') {
            if (method === 'POST') {
                const input = await readJsonBody(request);
                const keys = new Set(
                    workspace.catalog.frameworks.flatMap((f) => f.dimensions.map((d) => d.key)),
                );
                simulation = applySimulationInput(simulation, input, keys);
                const editedId = (input as { someoneElseEdits?: unknown }).someoneElseEdits;
                if (editedId !== undefined) colleagueEdits(workspace, recordApi, store, editedId);
            }
            return sendJson(response, 200, simulation);
        }
        sendText(
            response,
            404,
            'text/plain; charset=utf-8',
            `No preview route for ${method} ${route}`,
        );
    };

    const server = createServer((request, response) => {
        handle(request, response).catch((error: unknown) => {
            if (response.headersSent || request.socket.destroyed) return;
            if (error instanceof UiApiError) return sendJson(response, error.status, error.body);
            if (error instanceof ApexException) {
                return sendJson(response, 500, {
                    message: error.message,
                    exceptionType: error.exceptionType,
                    isUserDefinedException: false,
                    stackTrace: '',
                });
            }
            if (
                error instanceof BadRequest ||
                (error instanceof Error && error.message.startsWith('simulation:'))
            ) {
                return sendJson(response, 400, { message: error.message });
            }
            log(
                `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
            );
            sendJson(response, 500, {
                message: error instanceof Error ? error.message : String(error),
            });
        });
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, '127.0.0.1', resolve);
    });
    const port = (server.address() as AddressInfo).port;
    return {
        url: `http://127.0.0.1:${port}`,
        port,
        buildError: () => buildError,
        close: async () => {
            stopWatching();
            await rebuilding;
            server.closeAllConnections();
            await new Promise<void>((resolve) => server.close(() => resolve()));
        },
    };
}

/** The toolbar is a plain page script, not a component: types stripped, nothing bundled. */
function compileToolbar(clientDir: string): string {
    const source = readFileSync(path.join(clientDir, 'toolbar.ts'), 'utf8');
    const { outputText } = ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
    });
    return outputText.replace(/^export \{\};?\s*$/m, '');
}

function languageOf(value: unknown): PreviewLanguage {
    return value === 'de' ? 'de' : 'en';
}

const warnedLabels = new Set<string>();
function labelText(
    workspace: PreviewWorkspace,
    name: string,
    language: PreviewLanguage,
    log: (message: string) => void,
): string {
    try {
        return workspace.catalog.label(name, language);
    } catch (error) {
        // The platform shows the master text when a translation is missing; the verify gate reports it.
        if (!warnedLabels.has(`${name}:${language}`))
            log(`label ${name}: ${error instanceof Error ? error.message : String(error)}`);
        warnedLabels.add(`${name}:${language}`);
        return workspace.catalog.label(name, 'en');
    }
}

/** The sample records of data/, saved once through the trigger evaluation as an import would. */
function seedRecords(projectRoot: string, workspace: PreviewWorkspace): StoredRecord[] {
    return readSampleRecords(path.join(projectRoot, 'data')).map((record) => ({
        ...record,
        fields: {
            // An import runs the trigger too: the trend starts with the first evaluation.
            ...withTrendPoint(
                undefined,
                evaluateOnSave(
                    record.apiName,
                    record.fields,
                    workspace.catalog,
                    'en',
                    new Date(record.lastModifiedDate),
                ),
                new Date(record.lastModifiedDate),
            ),
            LastModifiedDate: record.lastModifiedDate,
        },
    }));
}

/** A colleague saves the record now: the evidence of its first dimension changes, so the board's next save conflicts. */
function colleagueEdits(
    workspace: PreviewWorkspace,
    recordApi: RecordApi,
    store: RecordStore,
    recordId: unknown,
): void {
    const record = typeof recordId === 'string' ? store.get(recordId) : undefined;
    if (record === undefined)
        throw new BadRequest(
            `simulation: someoneElseEdits must name a record of the preview (was ${JSON.stringify(recordId)})`,
        );
    const frameworkName = record.fields.BB_Qualification_Framework__c;
    const framework =
        workspace.catalog.frameworks.find((f) => f.name === frameworkName) ??
        workspace.catalog.defaultFramework(record.apiName);
    const field = framework.dimensions[0]?.evidenceField;
    if (field === undefined) return;
    const before = record.fields[field];
    const note = 'Colleague: confirmed in the call on Monday.';
    recordApi.writeAsSystem(
        record.id,
        { [field]: typeof before === 'string' && before !== '' ? `${before}\n${note}` : note },
        'en',
    );
}

/** What a validation rule on the object would answer: an error on the first field the save changes. */
function simulatedValidationError(
    workspace: PreviewWorkspace,
    record: StoredRecord | undefined,
    changed: string[],
    language: PreviewLanguage,
): UiApiError {
    const field = changed.find((name) => name !== 'Id') ?? 'Id';
    const label =
        record === undefined ? field : workspace.fieldLabel(record.apiName, field, language);
    return recordError(
        [],
        [
            fieldError(
                field,
                label,
                'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                'Simulated validation rule: add the source of this information to the evidence before saving.',
            ),
        ],
    );
}

function describeBuildError(error: unknown): string {
    if (error instanceof Error) {
        const id = (error as { id?: string }).id;
        return id === undefined ? error.message : `${id.split('?')[0]}: ${error.message}`;
    }
    return String(error);
}
