import { keep } from '../keep-ordinals.js';
import type { ScoredSet } from './scored-set.js';

/** Free text without vectors: the members of the candidate set the text matches, by keyword score. */
export function rankKeyword(base: Int32Array, kw: Float64Array): ScoredSet {
  const ords = keep(base, (o) => !Number.isNaN(kw[o]));
  const scores = new Float64Array(ords.length);
  for (let i = 0; i < ords.length; i++) scores[i] = kw[ords[i]];
  return { ords, scores, similarity: new Map() };
}
