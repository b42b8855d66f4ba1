/** Peak memory of this process, sampled every `intervalMs` while a benchmark runs. */
export class MemorySampler {
    readonly baselineRss: number;
    peakRss = 0;
    peakHeap = 0;
    private readonly timer: NodeJS.Timeout;

    constructor(intervalMs = 20) {
        this.sample();
        this.baselineRss = this.peakRss;
        this.timer = setInterval(() => this.sample(), intervalMs);
    }

    sample(): void {
        const usage = process.memoryUsage();
        this.peakRss = Math.max(this.peakRss, usage.rss);
        this.peakHeap = Math.max(this.peakHeap, usage.heapUsed);
    }

    /** Takes a last sample and stops sampling. */
    stop(): void {
        clearInterval(this.timer);
        this.sample();
    }
}
