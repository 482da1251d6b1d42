import fs from 'node:fs';
import os from 'node:os';

/** Resident set size of a process in MiB, from /proc/<pid>/status (Linux); null when unreadable. */
function rssMiB(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS and the machine's 1-minute load average every `everyMs` until stopped. */
export class ProcessSampler {
  readonly rss: number[] = [];
  readonly load1: number[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pid: number, private readonly everyMs = 2000) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
  }

  summary(): { rssMiB: { start: number | null; end: number | null; peak: number | null }; loadAverage: { start: number; end: number; mean: number; cores: number } } {
    const mean = this.load1.reduce((a, b) => a + b, 0) / Math.max(1, this.load1.length);
    return {
      rssMiB: { start: this.rss[0] ?? null, end: this.rss.at(-1) ?? null, peak: this.rss.length ? Math.max(...this.rss) : null },
      loadAverage: { start: this.load1[0] ?? 0, end: this.load1.at(-1) ?? 0, mean: Math.round(mean * 100) / 100, cores: os.cpus().length },
    };
  }

  private sample(): void {
    const rss = rssMiB(this.pid);
    if (rss !== null) this.rss.push(rss);
    this.load1.push(os.loadavg()[0]!);
  }
}
