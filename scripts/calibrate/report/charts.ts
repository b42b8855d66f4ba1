import type { Language } from '../../lib/catalog';
import type { FrameworkReport } from '../analyse';
import type { ReportTexts } from './texts';

/** Names shown for dimension keys and rating values in the report's language. */
export interface ChartNames {
    readonly dimension: (key: string) => string;
    readonly rating: (value: string) => string;
}

type Spec = Record<string, unknown>;

const WIDTH = 560;
const FONT = 'Arimo, Liberation Sans, Arial, sans-serif';
const CONFIG = {
    font: FONT,
    axis: {
        labelFontSize: 12,
        titleFontSize: 12,
        grid: true,
        gridColor: '#e5e5e5',
        labelLimit: 320,
    },
    legend: { labelFontSize: 12, titleFontSize: 12 },
    view: { stroke: null },
};
const WON = '#2e844a';
const LOST = '#ba0517';
const RATING_COLOURS = ['#939393', '#ba0517', '#dd7a01', '#2e844a', '#3e3e3c'];

/**
 * The report's charts as Vega-Lite specifications, rendered to SVG by Vega in Node when the report
 * is built: the HTML then holds plain inline SVG, readable offline, with no script.
 */
export function chartSpecs(
    report: FrameworkReport,
    texts: ReportTexts,
    names: ChartNames,
    language: Language,
): Record<'ratings' | 'effects' | 'roc' | 'scores' | 'weights' | 'status', Spec | null> {
    const percent = language === 'de' ? '.0%' : '.0%';
    const ratingRows = report.dimensions.flatMap((dimension) =>
        dimension.ratings
            .filter((rating) => rating.closed > 0)
            .map((rating) => ({
                dimension: names.dimension(dimension.key),
                rating: names.rating(rating.rating),
                order: ['Not_Explored', 'Not_Met', 'Partly_Met', 'Met', 'Blocker'].indexOf(
                    rating.rating,
                ),
                rate: rating.rate,
                low: rating.low,
                high: rating.high,
                closed: rating.closed,
            })),
    );
    const ratingDomain = ['Not_Explored', 'Not_Met', 'Partly_Met', 'Met', 'Blocker'].map(
        names.rating,
    );
    const ratings: Spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        data: { values: ratingRows },
        facet: {
            row: {
                field: 'dimension',
                type: 'nominal',
                title: null,
                sort: report.dimensions.map((d) => names.dimension(d.key)),
                header: {
                    labelAngle: 0,
                    labelAlign: 'left',
                    labelFontSize: 13,
                    labelFontWeight: 'bold',
                    labelOrient: 'top',
                },
            },
        },
        spec: {
            width: WIDTH - 140,
            layer: [
                {
                    mark: { type: 'bar', height: 12 },
                    encoding: {
                        y: { field: 'rating', type: 'nominal', sort: ratingDomain, title: null },
                        x: {
                            field: 'rate',
                            type: 'quantitative',
                            title: texts.winRate,
                            scale: { domain: [0, 1] },
                            axis: { format: percent },
                        },
                        color: {
                            field: 'rating',
                            type: 'nominal',
                            scale: { domain: ratingDomain, range: RATING_COLOURS },
                            legend: null,
                        },
                    },
                },
                {
                    mark: { type: 'rule', color: '#181818' },
                    encoding: {
                        y: { field: 'rating', type: 'nominal', sort: ratingDomain },
                        x: { field: 'low', type: 'quantitative' },
                        x2: { field: 'high' },
                    },
                },
                {
                    mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#444' },
                    encoding: {
                        y: { field: 'rating', type: 'nominal', sort: ratingDomain },
                        x: { field: 'high', type: 'quantitative' },
                        text: { field: 'closed', type: 'quantitative', format: 'd' },
                    },
                },
            ],
        },
        resolve: { scale: { y: 'independent' } },
    };
    const effects: Spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        width: WIDTH - 140,
        data: {
            values: report.dimensions.map((d) => ({
                dimension: names.dimension(d.key),
                effect: d.effect,
                low: d.low,
                high: d.high,
                significant: d.significant ? texts.yes : texts.no,
            })),
        },
        layer: [
            {
                mark: { type: 'rule', color: '#747474', strokeDash: [4, 3] },
                encoding: { x: { datum: 0 } },
            },
            {
                mark: { type: 'rule', strokeWidth: 2 },
                encoding: {
                    y: { field: 'dimension', type: 'nominal', sort: null, title: null },
                    x: { field: 'low', type: 'quantitative', title: texts.effect },
                    x2: { field: 'high' },
                    color: {
                        field: 'significant',
                        type: 'nominal',
                        title: texts.significant,
                        scale: { domain: [texts.yes, texts.no], range: ['#0176d3', '#a0a0a0'] },
                    },
                },
            },
            {
                mark: { type: 'point', filled: true, size: 60 },
                encoding: {
                    y: { field: 'dimension', type: 'nominal', sort: null },
                    x: { field: 'effect', type: 'quantitative' },
                    color: { field: 'significant', type: 'nominal' },
                },
            },
        ],
    };
    const roc: Spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        width: 320,
        height: 320,
        layer: [
            {
                data: {
                    values: [
                        { x: 0, y: 0 },
                        { x: 1, y: 1 },
                    ],
                },
                mark: { type: 'line', color: '#a0a0a0', strokeDash: [4, 3] },
                encoding: {
                    x: { field: 'x', type: 'quantitative' },
                    y: { field: 'y', type: 'quantitative' },
                },
            },
            {
                data: { values: report.roc.map((p, i) => ({ ...p, i })) },
                mark: { type: 'line', color: '#0176d3', strokeWidth: 2, interpolate: 'linear' },
                encoding: {
                    order: { field: 'i', type: 'quantitative' },
                    x: {
                        field: 'fpr',
                        type: 'quantitative',
                        title: texts.falsePositiveRate,
                        scale: { domain: [0, 1] },
                        axis: { format: percent },
                    },
                    y: {
                        field: 'tpr',
                        type: 'quantitative',
                        title: texts.truePositiveRate,
                        scale: { domain: [0, 1] },
                        axis: { format: percent },
                    },
                },
            },
            {
                data: {
                    values:
                        report.threshold.best === null
                            ? []
                            : [
                                  {
                                      fpr: report.threshold.falsePositiveRate,
                                      tpr: report.threshold.truePositiveRate,
                                      label: `≥ ${report.threshold.best}`,
                                  },
                              ],
                },
                layer: [
                    {
                        mark: { type: 'point', filled: true, size: 80, color: '#181818' },
                        encoding: {
                            x: { field: 'fpr', type: 'quantitative' },
                            y: { field: 'tpr', type: 'quantitative' },
                        },
                    },
                    {
                        mark: { type: 'text', align: 'left', dx: 8, dy: 10, fontSize: 12 },
                        encoding: {
                            x: { field: 'fpr', type: 'quantitative' },
                            y: { field: 'tpr', type: 'quantitative' },
                            text: { field: 'label' },
                        },
                    },
                ],
            },
        ],
    };
    const outcomeDomain = [texts.won, texts.lost];
    const scores: Spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        width: WIDTH - 80,
        height: 220,
        data: {
            values: report.scoreBands.flatMap((band) => [
                {
                    band: `${band.from}–${band.from === 90 ? 100 : band.from + 9}`,
                    outcome: texts.won,
                    deals: band.won,
                },
                {
                    band: `${band.from}–${band.from === 90 ? 100 : band.from + 9}`,
                    outcome: texts.lost,
                    deals: band.lost,
                },
            ]),
        },
        mark: 'bar',
        encoding: {
            x: {
                field: 'band',
                type: 'ordinal',
                sort: null,
                title: texts.score,
                axis: { labelAngle: 0 },
            },
            xOffset: { field: 'outcome', sort: outcomeDomain },
            y: { field: 'deals', type: 'quantitative', title: texts.deals },
            color: {
                field: 'outcome',
                type: 'nominal',
                title: texts.outcome,
                scale: { domain: outcomeDomain, range: [WON, LOST] },
            },
        },
    };
    const weightDomain = [texts.weightToday, texts.weightSuggested];
    const weights: Spec | null = report.dimensions.some((d) => d.suggestedWeight !== null)
        ? {
              $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
              config: CONFIG,
              width: WIDTH - 140,
              data: {
                  values: report.dimensions.flatMap((d) => [
                      {
                          dimension: names.dimension(d.key),
                          kind: texts.weightToday,
                          weight: d.weight,
                      },
                      {
                          dimension: names.dimension(d.key),
                          kind: texts.weightSuggested,
                          weight: d.suggestedWeight,
                      },
                  ]),
              },
              mark: 'bar',
              encoding: {
                  y: { field: 'dimension', type: 'nominal', sort: null, title: null },
                  yOffset: { field: 'kind', sort: weightDomain },
                  x: { field: 'weight', type: 'quantitative', title: texts.weight },
                  color: {
                      field: 'kind',
                      type: 'nominal',
                      title: null,
                      scale: { domain: weightDomain, range: ['#a0a0a0', '#0176d3'] },
                  },
              },
          }
        : null;
    const status: Spec | null =
        report.byStatus.length === 0
            ? null
            : {
                  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
                  config: CONFIG,
                  width: WIDTH - 140,
                  height: 200,
                  data: {
                      values: report.byStatus.map((s) => ({
                          ...s,
                          status: texts.statusLabels[s.status] ?? s.status,
                      })),
                  },
                  layer: [
                      {
                          mark: { type: 'bar', color: '#0176d3' },
                          encoding: {
                              y: {
                                  field: 'status',
                                  type: 'nominal',
                                  sort: null,
                                  title: texts.status,
                              },
                              x: {
                                  field: 'rate',
                                  type: 'quantitative',
                                  title: texts.winRate,
                                  scale: { domain: [0, 1] },
                                  axis: { format: percent },
                              },
                          },
                      },
                      {
                          mark: { type: 'rule', color: '#181818' },
                          encoding: {
                              y: { field: 'status', type: 'nominal', sort: null },
                              x: { field: 'low', type: 'quantitative' },
                              x2: { field: 'high' },
                          },
                      },
                  ],
              };
    return { ratings, effects, roc, scores, weights, status };
}

/** Renders a Vega-Lite specification to an SVG text, with the language's number format. */
export async function renderSvg(spec: Spec, language: Language): Promise<string> {
    const vega = await import('vega');
    const vegaLite = await import('vega-lite');
    // Quiet: a faceted chart with its own rating axis per dimension is meant, not a warning.
    const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0], {
        logger: vega.logger(vega.None),
    }).spec;
    // Axis numbers in the report's language: a decimal comma in German.
    vega.formatLocale(
        language === 'de'
            ? { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' €'] }
            : { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
    );
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    return svg;
}
