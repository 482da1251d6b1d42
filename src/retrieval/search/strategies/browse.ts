import type { ScoredSet } from './scored-set.js';

/**
 * No free text (filters and/or a Boolean query only): the whole candidate set, each member scored by
 * its Boolean keyword score (0 without one), so ties fall to recency.
 */
export function rankBrowse(base: Int32Array, keywordAt: (o: number) => number | null): ScoredSet {
  const scores = new Float64Array(base.length);
  for (let i = 0; i < base.length; i++) scores[i] = keywordAt(base[i]) ?? 0;
  return { ords: base, scores, similarity: new Map() };
}
