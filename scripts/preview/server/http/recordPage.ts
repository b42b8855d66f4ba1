import type { PreviewLanguage } from '../metadata/ratingScale';
import type { StoredRecord } from '../records/recordStore';

export const LAYOUTS = ['panels', 'canvas', 'interview'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Device = 'desktop' | 'phone';

export interface PageOptions {
    readonly record: StoredRecord;
    readonly records: readonly StoredRecord[];
    readonly language: PreviewLanguage;
    readonly layout: Layout;
    readonly device: Device;
    readonly frameworkName: string;
    readonly frameworkNames: readonly string[];
    readonly dimensionKeys: readonly string[];
    /** Inside the phone frame: the record page alone, without the preview's toolbar. */
    readonly framed: boolean;
    /** The board without the page's highlights panel (`?highlights=0`), to measure the board alone. */
    readonly boardOnly: boolean;
    readonly labels: Readonly<Record<string, string>>;
    /** The highlights panel's field labels in the page's language. */
    readonly fieldLabels: Readonly<Record<string, string>>;
    readonly buildError: string | null;
}

const escapeHtml = (value: string): string =>
    value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Serialises data into an inline script without letting it close the script element. */
const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderRecordPage(options: PageOptions): string {
    const { record, language, layout, device, framed } = options;
    const query = (changes: Record<string, string>): string => {
        const params = new URLSearchParams({
            lang: language,
            layout,
            device,
            framework: options.frameworkName,
            ...changes,
        });
        return `?${params.toString()}`;
    };
    const globals = {
        recordId: record.id,
        objectApiName: record.apiName,
        layout,
        frameworkName: options.frameworkName,
        lang: language,
        formFactor: device === 'phone' ? 'Small' : 'Large',
        labels: options.labels,
        fieldLabels: options.fieldLabels,
    };
    const body =
        device === 'phone' && !framed
            ? `<div class="preview-phone"><iframe title="Record page at phone width" src="/record/${encodeURIComponent(record.id)}${query({ frame: '1' })}" width="375" height="780"></iframe></div>`
            : recordPageBody(options.boardOnly);
    return `<!doctype html>
<html lang="${language === 'de' ? 'de' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(record.fields.Name ?? record.id))} | Beyond BANT preview</title>
<link rel="stylesheet" href="/assets/slds/styles/salesforce-lightning-design-system.min.css">
<link rel="stylesheet" href="/assets/preview.css">
</head>
<body class="slds-scope${framed ? ' preview-framed' : ''}">
${framed ? '' : toolbar(options, query)}
${options.buildError === null ? '' : `<div class="slds-notify slds-notify_alert slds-alert_error" role="alert"><pre class="preview-build-error">${escapeHtml(options.buildError)}</pre></div>`}
${body}
<script>window.__BB_PREVIEW__ = ${inlineJson(globals)};</script>
${device === 'phone' && !framed ? '<script src="/assets/toolbar.js"></script>' : '<script src="/assets/toolbar.js"></script>\n<script src="/assets/app.js"></script>'}
</body>
</html>
`;
}

function recordPageBody(boardOnly: boolean): string {
    return `<main class="preview-record-page">
${boardOnly ? '' : '<div data-region="highlights"></div>'}
<div class="preview-record-grid">
    <div class="preview-record-main" data-region="board"></div>
</div>
<div class="slds-notify_container preview-toasts" data-region="toasts" aria-live="polite"></div>
</main>`;
}

function toolbar(options: PageOptions, query: (changes: Record<string, string>) => string): string {
    const link = (href: string, text: string, current: boolean): string =>
        `<a class="slds-button ${current ? 'slds-button_brand' : 'slds-button_neutral'}" href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a>`;
    const group = (label: string, links: string[]): string =>
        `<div class="preview-toolbar__group" role="group" aria-label="${escapeHtml(label)}"><span class="preview-toolbar__label">${escapeHtml(label)}</span><div class="slds-button-group">${links.join('')}</div></div>`;
    const records = options.records.map((record) =>
        link(
            `/record/${encodeURIComponent(record.id)}${query({})}`,
            `${record.apiName}: ${String(record.fields.Name ?? record.id)}`,
            record.id === options.record.id,
        ),
    );
    const languages = [
        link(query({ lang: 'en' }), 'English', options.language === 'en'),
        link(query({ lang: 'de' }), 'Deutsch', options.language === 'de'),
    ];
    const devices = [
        link(query({ device: 'desktop' }), 'Desktop', options.device === 'desktop'),
        link(query({ device: 'phone' }), 'Phone', options.device === 'phone'),
    ];
    const layouts = LAYOUTS.map((layout) =>
        link(query({ layout }), layout, options.layout === layout),
    );
    const frameworks = ['', ...options.frameworkNames].map((name) =>
        link(
            query({ framework: name }),
            name === '' ? 'default' : name,
            options.frameworkName === name,
        ),
    );
    const dimensionOptions = [
        '<option value="">none</option>',
        ...options.dimensionKeys.map(
            (key) => `<option value="${escapeHtml(key)}">${escapeHtml(key)}</option>`,
        ),
    ].join('');
    return `<header class="preview-toolbar" aria-label="Preview controls">
<div class="preview-toolbar__row">
<strong class="preview-toolbar__brand">Beyond BANT preview</strong>
${group('Record', records)}
${group('Language', languages)}
${group('Width', devices)}
${group('Layout', layouts)}
${group('Page framework', frameworks)}
</div>
<details class="preview-simulate" data-region="simulate">
<summary>Simulate</summary>
<div class="preview-toolbar__row">
<button type="button" class="slds-button slds-button_neutral" data-simulate="failNextSave">Next save fails (network)</button>
<button type="button" class="slds-button slds-button_neutral" data-simulate="someoneElseEdits">Someone else edits now</button>
<button type="button" class="slds-button slds-button_neutral" data-simulate="rejectNextSave">Next save fails validation</button>
<label class="preview-toolbar__label" for="preview-hidden-dimension">Hide from user (field-level security)</label>
<select id="preview-hidden-dimension" class="slds-select preview-toolbar__select" data-simulate="hiddenDimension">${dimensionOptions}</select>
<span class="preview-simulate__state" data-region="simulation-state" role="status"></span>
</div>
<div class="preview-toolbar__row" role="group" aria-label="Stage gates">
<span class="preview-toolbar__label">Stage gates</span>
<button type="button" class="slds-button slds-button_neutral" data-stage-gates="none">All inactive (as installed)</button>
<button type="button" class="slds-button slds-button_neutral" data-stage-gates="examples">Activate the shipped examples</button>
<button type="button" class="slds-button slds-button_neutral" data-stage-persona="rep">User: sales rep</button>
<button type="button" class="slds-button slds-button_neutral" data-stage-persona="manager">User: sales manager (may override gates, change the framework)</button>
<span class="preview-simulate__state" data-region="stage-gate-state" role="status"></span>
</div>
</details>
</header>`;
}
