/*
 * The one percentile of the benches. Definition: the sample at 0-based rank ⌊p/100 · n⌋ of the sorted
 * samples (the last one for p = 100), i.e. the smallest sample with more than p % of the samples at or
 * below it; no interpolation, so every figure printed is a latency that was measured. For an even count
 * p50 is the upper of the two middle samples. This is the rule the search and freshness benches used for
 * the README's figures; the sync and soak benches used nearest rank (⌈p/100 · n⌉ − 1), which is one rank
 * lower exactly when p/100 · n is a whole number and the same sample otherwise.
 */

/** The p-th percentile (0–100) of unsorted samples by the rule above; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
