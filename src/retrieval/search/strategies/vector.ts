import { idRanks, rowDot, type Columns } from '../columns.js';
import { RequestArrays } from '../request-arrays.js';
import { selectTop } from '../select-top.js';
import type { SimilarityWeights } from '../vector-similarity.js';
import { fullSimilarities, SHORTLIST } from './full-similarity.js';
import type { ScoredSet } from './scored-set.js';

/**
 * Vectors only (vector mode, or free text with no keyword expression): the whole candidate set.
 * Profile vectors pick the shortlist over the whole set; the shortlist is re-scored with every
 * vector (profile + chunks). Everyone else keeps the profile similarity, moved below the shortlist.
 */
export function rankVector(cols: Columns, base: Int32Array, query: Float32Array, weights: SimilarityWeights, arrays = RequestArrays.unpooled()): ScoredSet {
  const coarse = arrays.float64(base.length);
  for (let i = 0; i < base.length; i++) coarse[i] = cols.hasRow[base[i]] ? rowDot(cols, query, base[i]) : Number.NaN;
  const rank = idRanks(cols);
  const shortlist = selectTop(base.length, SHORTLIST, (i, j) => coarse[i] > coarse[j] || (coarse[i] === coarse[j] && rank[base[i]] < rank[base[j]]), (i) => !Number.isNaN(coarse[i]));
  const similarity = fullSimilarities(cols, weights, query, shortlist.map((i) => base[i]));
  const scores = arrays.float64(base.length);
  for (let i = 0; i < base.length; i++) scores[i] = (Number.isNaN(coarse[i]) ? -1 : coarse[i]) - 2;
  for (const i of shortlist) {
    const f = similarity.get(base[i]);
    if (f !== undefined) scores[i] = f;
  }
  return { ords: base, scores, similarity };
}
