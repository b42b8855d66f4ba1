import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import locale from '@salesforce/i18n/locale';
import timeZone from '@salesforce/i18n/timeZone';
import { ROUND_LABELS, fillLabel } from 'c/qualificationRoundLabels';
import { parseTrend, TREND_FIELD } from 'c/qualificationRoundModel';
import type { TrendPoint } from 'c/qualificationRoundModel';

const WIDTH = 240;
const HEIGHT = 56;
const PAD = 6;

interface PlottedPoint {
    key: string;
    x: number;
    y: number;
    statusClass: string;
    text: string;
}

interface RoundMarker {
    key: string;
    x: number;
    /** Beside the dashed line, on the side with room, so the line never runs through the text. */
    labelX: number;
    labelAnchor: 'start' | 'end';
    label: string;
    title: string;
}

/**
 * How the record's score and status moved, with the round starts: a small line of the score over its
 * changes, each point coloured by its status, a mark where a round started, and the same in words.
 *
 * Loaded after the board has rendered: the wire gets its record id only once this component has rendered,
 * so the board's own render stays at one Apex call and one getRecord; this is the second getRecord, for the
 * one trend field. The trend is kept by the package (BB_Qualification_Trend__c), not by field history.
 */
export default class QualificationTrend extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;
    /** Status API name → label in the user's language. */
    @api statusLabels: Record<string, string> = {};

    labels = ROUND_LABELS;
    width = WIDTH;
    height = HEIGHT;
    loadId: string | undefined;
    state: 'loading' | 'loaded' | 'unavailable' = 'loading';
    /** Computed once per trend the wire delivers, not on every render. */
    plotted: PlottedPoint[] = [];
    line = '';
    markers: RoundMarker[] = [];
    summary = '';
    lastStatusText = '';
    /** A trend of one point is a sentence, not a lone dot. */
    firstText = '';
    private formatter?: Intl.DateTimeFormat;

    get optionalFields(): string[] {
        return this.objectApiName ? [`${this.objectApiName}.${TREND_FIELD}`] : [];
    }

    override renderedCallback(): void {
        if (this.loadId === undefined && this.recordId) {
            this.loadId = this.recordId;
        }
    }

    @wire(getRecord, { recordId: '$loadId', optionalFields: '$optionalFields' })
    wiredTrend({ data, error }: { data?: RecordRepresentation; error?: unknown }): void {
        if (data) {
            const field = data.fields[TREND_FIELD];
            this.show(field === undefined ? [] : parseTrend(field.value));
            this.state = field === undefined ? 'unavailable' : 'loaded';
        } else if (error) {
            this.show([]);
            this.state = 'unavailable';
        }
    }

    get loading(): boolean {
        return this.state === 'loading';
    }

    get unavailable(): boolean {
        return this.state === 'unavailable';
    }

    get empty(): boolean {
        return this.state === 'loaded' && this.plotted.length === 0;
    }

    get single(): boolean {
        return this.state === 'loaded' && this.plotted.length === 1;
    }

    get hasPoints(): boolean {
        return this.state === 'loaded' && this.plotted.length > 1;
    }

    get viewBox(): string {
        return `0 0 ${WIDTH} ${HEIGHT}`;
    }

    /** Points with a score are plotted; a point without one (never evaluated) has nothing to show. */
    private show(points: TrendPoint[]): void {
        const scored = points.filter((point) => point.score !== null);
        const xs = xPositions(scored.map((point) => Date.parse(point.at)));
        this.plotted = scored.map((point, index) => ({
            key: `${index}`,
            x: xs[index] ?? WIDTH / 2,
            y: this.yOf(point.score ?? 0),
            statusClass: `trend__point trend__point_${(point.status ?? 'none').toLowerCase()}`,
            text: fillLabel(
                ROUND_LABELS.Trend_Point,
                this.formatTime(point.at),
                point.score ?? 0,
                this.statusLabel(point.status),
            ),
        }));
        this.line = this.plotted.map((point) => `${point.x},${point.y}`).join(' ');
        this.markers = [];
        scored.forEach((point, index) => {
            if (point.roundStart) {
                const x = xs[index] ?? WIDTH / 2;
                const leftOfLine = x > WIDTH / 2;
                this.markers.push({
                    key: `round-${index}`,
                    x,
                    labelX: leftOfLine ? x - 3 : x + 3,
                    labelAnchor: leftOfLine ? 'end' : 'start',
                    label: `R${point.round}`,
                    title: fillLabel(ROUND_LABELS.Round_Started, point.round),
                });
            }
        });
        const first = scored[0];
        const last = scored[scored.length - 1];
        this.summary = fillLabel(
            ROUND_LABELS.Trend_Summary,
            first?.score ?? 0,
            last?.score ?? 0,
            scored.length,
            last?.round ?? 1,
        );
        this.lastStatusText = this.statusLabel(last?.status ?? null);
        this.firstText = first
            ? fillLabel(
                  ROUND_LABELS.Trend_First,
                  this.formatTime(first.at),
                  first.score ?? 0,
                  this.statusLabel(first.status),
              )
            : '';
    }

    private yOf(score: number): number {
        return Math.round(HEIGHT - PAD - (score * (HEIGHT - 2 * PAD)) / 100);
    }

    private statusLabel(status: string | null): string {
        if (status === null) return '–';
        return this.statusLabels?.[status] ?? status;
    }

    private formatTime(at: string): string {
        const time = Date.parse(at);
        if (Number.isNaN(time)) return at;
        // One formatter per trend: building Intl formatters is what costs.
        this.formatter ??= new Intl.DateTimeFormat(locale, {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone,
        });
        return this.formatter.format(new Date(time));
    }
}

/**
 * Where each point sits across the chart: by its time, so a week and a month between evaluations
 * look different; evenly when a time cannot be read or all are the same.
 */
function xPositions(times: number[]): number[] {
    const first = times[0];
    const last = times[times.length - 1];
    const byTime =
        times.length > 1 &&
        times.every((time) => Number.isFinite(time)) &&
        first !== undefined &&
        last !== undefined &&
        last > first;
    return times.map((time, index) => {
        if (times.length <= 1) return WIDTH / 2;
        const share = byTime
            ? (time - (first as number)) / ((last as number) - (first as number))
            : index / (times.length - 1);
        return Math.round(PAD + share * (WIDTH - 2 * PAD));
    });
}
