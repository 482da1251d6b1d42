import type { CandidateVectors } from '../index/vector-store.js';
import { quantizedDot } from '../index/quantize.js';

/** How a candidate's semantic similarity is formed from its profile vector and best resume chunk. */
export interface SimilarityWeights {
  profile: number;
  bestChunk: number;
}

export const DEFAULT_SIMILARITY_WEIGHTS: SimilarityWeights = { profile: 1, bestChunk: 0 };

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Cosine similarity of the query to a candidate (vectors are unit length): a weighted mean of the
 * profile similarity and the best chunk's, falling back to whichever exists.
 */
export function candidateSimilarity(query: Float32Array, v: CandidateVectors, w: SimilarityWeights = DEFAULT_SIMILARITY_WEIGHTS): number | null {
  const profile = v.profile ? dot(query, v.profile) : v.codes ? quantizedDot(query, v.codes, v.codeOffset, v.scale, v.codeDim) : null;
  let best: number | null = null;
  for (const c of v.chunks) {
    const s = dot(query, c);
    if (best === null || s > best) best = s;
  }
  if (profile === null) return best;
  if (best === null) return profile;
  return (w.profile * profile + w.bestChunk * best) / (w.profile + w.bestChunk);
}
