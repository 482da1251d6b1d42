/** Latency summary of one kind of request, in milliseconds (null when nothing was measured). */
export interface Latency {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

/** Nearest-rank percentile of unsorted values. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number | null) => (ms === null ? null : Math.round(ms));

export function latency(values: number[]): Latency {
  return {
    count: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.length ? Math.max(...values) : null),
  };
}

/** Errors of one kind: how many, and the first few messages (a soak prints them, never a flood). */
export class ErrorTally {
  count = 0;
  readonly samples: string[] = [];

  add(message: string): void {
    this.count++;
    if (this.samples.length < 5 && !this.samples.includes(message)) this.samples.push(message);
  }

  toJSON(): { count: number; samples: string[] } {
    return { count: this.count, samples: this.samples };
  }
}
