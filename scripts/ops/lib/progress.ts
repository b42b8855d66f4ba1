/** Counts rescore reports while it runs. */
export interface ProgressCounts {
    readonly processed: number;
    readonly changed: number;
    readonly failed: number;
}

export interface ProgressStream {
    readonly isTTY?: boolean;
    write(text: string): unknown;
}

/**
 * A one-line progress bar on stderr: redrawn in place on a terminal (at most every 100 ms), a plain
 * line every 10 s otherwise, so logs of CI runs stay readable.
 */
export class ProgressBar {
    private started = Date.now();
    private lastDraw = Number.NEGATIVE_INFINITY;
    private drawn = false;
    private label = '';
    private total: number | undefined;
    private baseline = 0;

    constructor(
        private readonly stream: ProgressStream = process.stderr,
        private readonly now: () => number = Date.now,
    ) {}

    /** Starts a phase; `alreadyDone` (resumed records) is left out of the rate. */
    begin(label: string, total: number | undefined, alreadyDone = 0): void {
        this.label = label;
        this.total = total;
        this.baseline = alreadyDone;
        this.started = this.now();
        this.lastDraw = Number.NEGATIVE_INFINITY;
    }

    update(counts: ProgressCounts, force = false): void {
        const now = this.now();
        const interval = this.stream.isTTY ? 100 : 10_000;
        if (!force && now - this.lastDraw < interval) return;
        this.lastDraw = now;
        const line = this.render(counts, now);
        if (this.stream.isTTY) {
            this.stream.write(`\r\x1b[2K${line}`);
            this.drawn = true;
        } else {
            this.stream.write(`${line}\n`);
        }
    }

    finish(counts: ProgressCounts): void {
        this.update(counts, true);
        if (this.stream.isTTY && this.drawn) this.stream.write('\n');
        this.drawn = false;
    }

    render(counts: ProgressCounts, now: number = this.now()): string {
        const seconds = Math.max((now - this.started) / 1000, 0.001);
        const rate = Math.round((counts.processed - this.baseline) / seconds);
        const number = (n: number): string => n.toLocaleString('en-US');
        let done = number(counts.processed);
        let bar = '';
        if (this.total !== undefined && this.total > 0) {
            const share = Math.min(counts.processed / this.total, 1);
            const width = 24;
            const filled = Math.round(share * width);
            bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}% `;
            done = `${number(counts.processed)}/${number(this.total)}`;
        }
        return `${this.label} ${bar}${done} records, ${number(counts.changed)} changed, ${number(counts.failed)} failed, ${number(rate)} rec/s`;
    }
}
