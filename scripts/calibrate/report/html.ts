import type { Catalog, Language } from '../../lib/catalog';
import type { FrameworkReport } from '../analyse';
import type { CalibrationReport } from './json';
import { chartSpecs, renderSvg, type ChartNames } from './charts';
import { formatNumber, formatPercent, TEXTS, type ReportTexts } from './texts';

function escape(text: string): string {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Dimension titles and rating labels of the catalog in the report's language. */
export function chartNames(catalog: Catalog, framework: string, language: Language): ChartNames {
    const known = catalog.frameworks.find((f) => f.name === framework);
    const ratingLabels = catalog.ratingLabels(language);
    return {
        dimension: (key) => known?.dimensions.find((d) => d.key === key)?.title[language] ?? key,
        rating: (value) => ratingLabels[value] ?? value,
    };
}

const STYLE = `
body { font-family: Arimo, 'Liberation Sans', Arial, sans-serif; color: #181818; margin: 0; background: #f3f3f3; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 20px; margin: 32px 0 4px; border-top: 3px solid #0176d3; padding-top: 12px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
p, li { font-size: 14px; line-height: 1.45; }
.card > h3:first-child { margin-top: 0; }
.card { background: #fff; border-radius: 6px; padding: 16px 20px; margin: 12px 0; box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.figures { display: flex; gap: 24px; flex-wrap: wrap; }
.figure { font-size: 28px; font-weight: bold; }
.figure span { display: block; font-size: 12px; font-weight: normal; color: #444; }
.verdict { font-weight: bold; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
@media (max-width: 800px) { .grid { grid-template-columns: 1fr; } }
table { border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid #e5e5e5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.warn { background: #fef1ee; border-left: 4px solid #ba0517; }
svg { max-width: 100%; height: auto; }
`;

/** The report as one self-contained HTML page: text, tables and inline SVG charts, no script. */
export async function renderHtml(
    report: CalibrationReport,
    catalog: Catalog,
    language: Language,
): Promise<string> {
    const texts = TEXTS[language];
    const sections: string[] = [];
    for (const framework of report.frameworks) {
        sections.push(await frameworkSection(framework, texts, catalog, language));
    }
    return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(texts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(texts.title)}</h1>
<p>${escape(texts.intro)}</p>
<p>${escape(texts.source)}: ${escape(report.source)} · ${escape(texts.generated)}: ${report.seed}</p>
${sections.join('\n')}
<h2>${escape(texts.trustHeading)}</h2>
<div class="card"><ul>${texts.trust.map((line) => `<li>${escape(line)}</li>`).join('')}</ul></div>
</main>
</body>
</html>
`;
}

async function frameworkSection(
    framework: FrameworkReport,
    texts: ReportTexts,
    catalog: Catalog,
    language: Language,
): Promise<string> {
    const label =
        catalog.frameworks.find((f) => f.name === framework.name)?.label ?? framework.name;
    const number = (value: number | null, digits = 2) =>
        value === null ? '–' : formatNumber(value, digits, language);
    const head = `<h2>${escape(label)} (${escape(framework.name)})</h2>
<div class="card figures">
<div class="figure">${framework.closed}<span>${escape(texts.closed)}</span></div>
<div class="figure">${framework.won}<span>${escape(texts.won)}</span></div>
<div class="figure">${framework.lost}<span>${escape(texts.lost)}</span></div>
${framework.auc.current === null ? '' : `<div class="figure">${number(framework.auc.current)}<span>AUC</span></div>`}
</div>`;
    if (framework.tooFew !== null)
        return `${head}<div class="card warn"><p>${escape(texts.tooFew)} ${escape(framework.tooFew)}</p></div>`;
    const names = chartNames(catalog, framework.name, language);
    const specs = chartSpecs(framework, texts, names, language);
    const svg = async (spec: Record<string, unknown> | null) =>
        spec === null ? '' : await renderSvg(spec, language);
    const auc = framework.auc;
    const threshold = framework.threshold;
    const effectsTable = `<table><thead><tr><th>${escape(texts.dimension)}</th><th>${escape(texts.effect)}</th><th>${escape(texts.interval)}</th><th>${escape(texts.significant)}</th><th>${escape(texts.weightToday)}</th><th>${escape(texts.weightSuggested)}</th></tr></thead><tbody>${framework.dimensions
        .map(
            (d) =>
                `<tr><td>${escape(names.dimension(d.key))}</td><td class="n">${number(d.effect)}</td><td class="n">${number(d.low)} … ${number(d.high)}</td><td>${d.significant ? texts.yes : texts.no}</td><td class="n">${number(d.weight, 1)}</td><td class="n">${number(d.suggestedWeight, 1)}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    return `${head}
<div class="card">
<h3>${escape(texts.aucHeading)}</h3>
<p>${escape(texts.aucCurrent(number(auc.current, 3), number(auc.currentLow, 3), number(auc.currentHigh, 3)))}</p>
<p>${escape(texts.aucSuggested(number(auc.suggested, 3), number(auc.suggestedLow, 3), number(auc.suggestedHigh, 3)))} ${escape(texts.aucGain(number(auc.gain, 3), number(auc.gainLow, 3), number(auc.gainHigh, 3)))}</p>
<p class="verdict">${escape(auc.suggest ? texts.suggestYes : texts.suggestNo)}</p>
<h3>${escape(texts.thresholdHeading)}</h3>
<p>${escape(texts.threshold(String(threshold.best), String(threshold.configured), formatPercent(threshold.truePositiveRate ?? 0, language), formatPercent(threshold.falsePositiveRate ?? 0, language)))}</p>
</div>
<div class="grid">
<div class="card"><h3>${escape(texts.rocHeading)}</h3>${await svg(specs.roc)}</div>
<div class="card"><h3>${escape(texts.statusHeading)}</h3>${specs.status === null ? `<p>${escape(texts.statusNone)}</p>` : await svg(specs.status)}</div>
</div>
<div class="card"><h3>${escape(texts.scoresHeading)}</h3>${await svg(specs.scores)}</div>
<div class="card"><h3>${escape(texts.effectsHeading)}</h3><p>${escape(texts.effectsNote)}</p>${await svg(specs.effects)}${effectsTable}</div>
<div class="card"><h3>${escape(texts.weightsHeading)}</h3>${auc.suggest && specs.weights ? await svg(specs.weights) : `<p>${escape(texts.weightsNotSuggested)} ${escape(texts.suggestNo)}</p>`}</div>
<div class="card"><h3>${escape(texts.ratingsHeading)}</h3><p>${escape(texts.ratingsNote)}</p>${await svg(specs.ratings)}</div>`;
}
