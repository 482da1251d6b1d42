import { percentile } from '../percentile.js';

/** Latency summary of one kind of request, in milliseconds (null when nothing was measured). */
export interface Latency {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

const round = (ms: number) => (Number.isNaN(ms) ? null : Math.round(ms));

export function latency(values: number[]): Latency {
  return {
    count: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
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
