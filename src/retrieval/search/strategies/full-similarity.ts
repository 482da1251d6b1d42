import type { Columns } from '../columns.js';
import { candidateSimilarity, type SimilarityWeights } from '../vector-similarity.js';

/** Candidates re-scored with every vector (profile + chunks); beyond it only profile vectors are compared. */
export const SHORTLIST = 1000;

/** Similarity with every vector (profile + chunks) of each ordinal that has vectors. */
export function fullSimilarities(cols: Columns, weights: SimilarityWeights, query: Float32Array, ords: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const o of ords) {
    const v = cols.vectorsOf[o];
    const s = v ? candidateSimilarity(query, v, weights) : null;
    if (s !== null) out.set(o, s);
  }
  return out;
}
