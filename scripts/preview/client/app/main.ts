/**
 * The preview record page's script: synthetic shadow as in Lightning Experience, the board with the
 * design attributes of the page, a highlights panel wired to the same record, and the page's toasts.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import QualificationBoard, { RENDER_MEASURE } from 'c/qualificationBoard';
import RecordHighlights from '../lwc/preview/recordHighlights/recordHighlights';
import RecordPath from '../lwc/preview/recordPath/recordPath';
import QualificationPipeline from 'c/qualificationPipeline';

interface PreviewGlobals {
    recordId: string;
    objectApiName: string;
    layout: string;
    frameworkName: string;
    fieldLabels: Record<string, string>;
    lang: string;
}

interface ToastDetail {
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
}

const globals = (globalThis as unknown as { __BB_PREVIEW__: PreviewGlobals }).__BB_PREVIEW__;

function mount(): void {
    // The app page with the pipeline view (/pipeline) instead of a record page.
    const pipelineRegion = document.querySelector('[data-region="pipeline"]');
    if (pipelineRegion !== null) {
        pipelineRegion.appendChild(createPipeline());
        return;
    }
    const highlightsRegion = document.querySelector('[data-region="highlights"]');
    const boardRegion = document.querySelector('[data-region="board"]');
    if (boardRegion === null) throw new Error('preview page: the "board" region is missing');

    // The page leaves the highlights region out when asked for the board alone (bench:ui counts its calls).
    if (highlightsRegion !== null) {
        const highlights = createElement('preview-record-highlights', { is: RecordHighlights });
        Object.assign(highlights, {
            recordId: globals.recordId,
            objectApiName: globals.objectApiName,
            fieldLabels: globals.fieldLabels,
        });
        highlightsRegion.appendChild(highlights);
        // The stage path and Convert button, as an org's record page offers them under the highlights.
        const recordPath = createElement('preview-record-path', { is: RecordPath });
        Object.assign(recordPath, {
            recordId: globals.recordId,
            objectApiName: globals.objectApiName,
            language: globals.lang === 'de' ? 'de' : 'en',
            fieldLabels: globals.fieldLabels,
        });
        highlightsRegion.appendChild(recordPath);
    }

    boardRegion.appendChild(createBoard());
    if (new URLSearchParams(window.location.search).has('bench')) exposeBenchHook(boardRegion);
    document.addEventListener('lightning__showtoast', (event) =>
        showToast((event as CustomEvent<ToastDetail>).detail),
    );
}

function createPipeline(): HTMLElement {
    const pipeline = createElement('c-qualification-pipeline', { is: QualificationPipeline });
    const pageGlobals = globals as unknown as PreviewGlobals & { filter: string };
    // The design attributes App Builder sets on an App or Home page.
    Object.assign(pipeline, {
        objectApiName: pageGlobals.objectApiName,
        frameworkName: pageGlobals.frameworkName === '' ? undefined : pageGlobals.frameworkName,
        filter: pageGlobals.filter,
    });
    return pipeline;
}

function createBoard(): HTMLElement {
    const board = createElement('c-qualification-board', { is: QualificationBoard });
    // The same properties App Builder sets: the record context and the design attributes.
    Object.assign(board, {
        recordId: globals.recordId,
        objectApiName: globals.objectApiName,
        layout: globals.layout,
        frameworkName: globals.frameworkName === '' ? undefined : globals.frameworkName,
    });
    return board;
}

/**
 * bench:ui (`?bench`): mounts a fresh board while the server's answers are already in the client
 * caches (the cacheable Apex call and the LDS record), and resolves with the board's own
 * performance measure of its first complete render, so the page's load is not in the number.
 */
function exposeBenchHook(boardRegion: Element): void {
    const remount = (): Promise<number> =>
        new Promise((resolve) => {
            performance.clearMeasures(RENDER_MEASURE);
            const observer = new PerformanceObserver((list) => {
                const entry = list.getEntriesByName(RENDER_MEASURE)[0];
                if (entry === undefined) return;
                observer.disconnect();
                resolve(entry.duration);
            });
            observer.observe({ entryTypes: ['measure'] });
            boardRegion.replaceChildren(createBoard());
        });
    Object.assign(window, { __BB_BENCH__: { remount } });
}

function showToast(detail: ToastDetail): void {
    const container = document.querySelector('[data-region="toasts"]');
    if (container === null) return;
    const variant = detail.variant ?? 'info';
    const toast = document.createElement('div');
    toast.className = `slds-notify slds-notify_toast slds-theme_${variant}`;
    toast.setAttribute('role', 'status');
    const body = document.createElement('div');
    body.className = 'slds-notify__content';
    const title = document.createElement('h2');
    title.className = 'slds-text-heading_small';
    title.textContent = detail.title;
    body.appendChild(title);
    if (detail.message !== undefined && detail.message !== '') {
        const message = document.createElement('p');
        message.textContent = detail.message;
        body.appendChild(message);
    }
    toast.appendChild(body);
    container.appendChild(toast);
    window.setTimeout(() => toast.remove(), 6000);
}

mount();
