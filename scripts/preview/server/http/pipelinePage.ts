/**
 * The preview's app page with the pipeline view (`/pipeline`): the component with the design attributes
 * App Builder would set (`?object=`, `?framework=`, `?filter=`), in English or German (`?lang=`), on a
 * desktop or at phone width (`?device=phone`, rendered in a 375 px frame as the record page does).
 */
import type { PreviewLanguage } from '../metadata/ratingScale';

export interface PipelinePageOptions {
    readonly language: PreviewLanguage;
    readonly device: 'desktop' | 'phone';
    readonly framed: boolean;
    readonly objectApiName: string;
    readonly frameworkName: string;
    readonly filter: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly buildError: string | null;
}

const escapeHtml = (value: string): string =>
    value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderPipelinePage(options: PipelinePageOptions): string {
    const { language, device, framed } = options;
    const params = new URLSearchParams({
        lang: language,
        object: options.objectApiName,
        framework: options.frameworkName,
        filter: options.filter,
        frame: '1',
    });
    const globals = {
        page: 'pipeline',
        recordId: '',
        objectApiName: options.objectApiName,
        frameworkName: options.frameworkName,
        filter: options.filter,
        lang: language,
        formFactor: device === 'phone' ? 'Small' : 'Large',
        labels: options.labels,
        fieldLabels: {},
        layout: '',
    };
    const body =
        device === 'phone' && !framed
            ? `<div class="preview-phone"><iframe title="Pipeline at phone width" src="/pipeline?${escapeHtml(params.toString())}&amp;device=phone" width="375" height="780"></iframe></div>`
            : '<main class="preview-app-page" data-region="pipeline"></main>';
    return `<!doctype html>
<html lang="${language === 'de' ? 'de' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Qualification pipeline | Beyond BANT preview</title>
<link rel="stylesheet" href="/assets/slds/styles/salesforce-lightning-design-system.min.css">
<link rel="stylesheet" href="/assets/preview.css">
</head>
<body class="slds-scope${framed ? ' preview-framed' : ''}">
${options.buildError === null ? '' : `<div class="slds-notify slds-notify_alert slds-alert_error" role="alert"><pre class="preview-build-error">${escapeHtml(options.buildError)}</pre></div>`}
${body}
<script>window.__BB_PREVIEW__ = ${inlineJson(globals)};</script>
${device === 'phone' && !framed ? '' : '<script src="/assets/app.js"></script>'}
</body>
</html>
`;
}
