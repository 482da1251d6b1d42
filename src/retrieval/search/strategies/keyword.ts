import { keep } from '../keep-ordinals.js';
import { RequestArrays } from '../request-arrays.js';
import type { ScoredSet } from './scored-set.js';

/** Free text without vectors: the members of the candidate set the text matches, by keyword score. */
export function rankKeyword(base: Int32Array, kw: Float64Array, arrays = RequestArrays.unpooled()): ScoredSet {
  const ords = keep(base, (o) => !Number.isNaN(kw[o]), arrays.int32(base.length));
  const scores = arrays.float64(ords.length);
  for (let i = 0; i < ords.length; i++) scores[i] = kw[ords[i]];
  return { ords, scores, similarity: new Map() };
}
