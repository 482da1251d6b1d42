/*
 * Score-aware fusion of BM25 and vector similarity. Plain reciprocal-rank fusion threw away how
 * far apart scores are and measured worse than BM25 alone on our corpus; here each signal is
 * normalised over the candidate pool (keyword by its max, similarity min-max) and mixed by weight.
 */

export interface FusionWeights {
  /** Weights for short queries (≤ SHORT_QUERY_TERMS content words: names of roles or skills, where BM25 is strong). */
  keyword: number;
  vector: number;
  /** Vector weight for longer, descriptive queries (recruiter requests), where meaning matters more than words. */
  vectorLong: number;
  /** How many best-by-similarity candidates without a keyword match may still enter the pool. */
  recallNet: number;
}

export const DEFAULT_FUSION: FusionWeights = { keyword: 0.8, vector: 0.2, vectorLong: 0.7, recallNet: 50 };

const SHORT_QUERY_TERMS = 2;

/** Keyword/vector weights for a query with `terms` content words. */
export function weightsFor(weights: FusionWeights, terms: number): { keyword: number; vector: number } {
  if (terms <= SHORT_QUERY_TERMS) return { keyword: weights.keyword, vector: weights.vector };
  return { keyword: 1 - weights.vectorLong, vector: weights.vectorLong };
}

/** Fused score per pool member: weighted sum of normalised keyword score and normalised similarity. */
export function fuseScores<K>(
  pool: Iterable<K>,
  keyword: ReadonlyMap<K, number>,
  similarity: ReadonlyMap<K, number>,
  weights: { keyword: number; vector: number },
): Map<K, number> {
  const ids = [...pool];
  let maxK = 0;
  let minS = Infinity;
  let maxS = -Infinity;
  for (const id of ids) {
    const k = keyword.get(id);
    if (k !== undefined && k > maxK) maxK = k;
    const s = similarity.get(id);
    if (s !== undefined) {
      if (s < minS) minS = s;
      if (s > maxS) maxS = s;
    }
  }
  const spanS = maxS > minS ? maxS - minS : 1;
  const out = new Map<K, number>();
  for (const id of ids) {
    const k = keyword.get(id);
    const s = similarity.get(id);
    const kn = k !== undefined && maxK > 0 ? k / maxK : 0;
    const sn = s !== undefined && Number.isFinite(minS) ? (s - minS) / spanS : 0;
    out.set(id, weights.keyword * kn + weights.vector * sn);
  }
  return out;
}

/** The `n` ids with the highest value (partial selection would be faster; n is small and this is clear). */
export function topN(scores: Map<string, number>, n: number, exclude?: Set<string>): string[] {
  const entries: [string, number][] = [];
  for (const e of scores) if (!exclude?.has(e[0])) entries.push(e);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return entries.slice(0, n).map((e) => e[0]);
}
