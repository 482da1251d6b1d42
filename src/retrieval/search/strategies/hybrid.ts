import { idRanks, type Columns } from '../columns.js';
import { fuseScores, weightsFor } from '../fuse.js';
import { nearestRows, prefilterFor } from '../nearest-rows.js';
import { RequestArrays } from '../request-arrays.js';
import { selectTop } from '../select-top.js';
import type { SearchTuning } from '../tuning.js';
import { fullSimilarities, SHORTLIST } from './full-similarity.js';
import type { ScoredSet } from './scored-set.js';

/**
 * Free text with keywords and vectors: vectors re-rank the best keyword candidates and add a recall
 * net of the semantically closest others. The net never includes a keyword match, so only unmatched
 * candidates need a profile similarity (at 100k candidates an OR query matches ~85%: most dot
 * products are skipped).
 */
export function rankHybrid(cols: Columns, base: Int32Array, kw: Float64Array, query: Float32Array, tuning: SearchTuning, termCount: number, arrays = RequestArrays.unpooled()): ScoredSet {
  const { matched, unmatched } = splitByKeyword(cols, base, kw, arrays);
  const shortlist = bestMatches(cols, kw, matched, SHORTLIST, arrays);
  const net = nearestRows(cols, query, unmatched, tuning.fusion.recallNet, tuning.prefilter ?? prefilterFor('auto'), arrays);
  const scored = [...shortlist.map((i) => matched[i]), ...net.map((i) => unmatched[i])];
  const similarity = fullSimilarities(cols, tuning.similarity, query, scored);
  const fusion = fuseTyped(scored, kw, similarity, weightsFor(tuning.fusion, termCount));
  // Pool = every keyword match plus the net. Scores: the keyword-only tail for everyone, then
  // the fused score of the scored few (fuseTyped, checked against fuseScores in rank.test.ts).
  const ords = arrays.int32(matched.length + net.length);
  ords.set(matched);
  for (let k = 0; k < net.length; k++) ords[matched.length + k] = unmatched[net[k]];
  const scores = arrays.float64(ords.length);
  for (let i = 0; i < matched.length; i++) scores[i] = fusion.tail(kw[matched[i]]);
  for (let i = matched.length; i < ords.length; i++) scores[i] = fusion.tail(undefined);
  // The scored few sit at their index in `matched` (shortlist) or after it (net).
  const slots = [...shortlist, ...net.map((_, k) => matched.length + k)];
  scored.forEach((o, k) => {
    const f = fusion.fused.get(o);
    if (f !== undefined) scores[slots[k]] = f;
  });
  return { ords, scores, similarity };
}

/** Members of `base` with a keyword match, and those without one that have a vector (one pass). */
function splitByKeyword(cols: Columns, base: Int32Array, kw: Float64Array, arrays: RequestArrays): { matched: Int32Array; unmatched: Int32Array } {
  let hits = 0;
  for (let i = 0; i < base.length; i++) if (!Number.isNaN(kw[base[i]])) hits++;
  const matched = arrays.int32(hits);
  const rest = arrays.int32(base.length - hits);
  let m = 0;
  let u = 0;
  for (let i = 0; i < base.length; i++) {
    const o = base[i];
    if (!Number.isNaN(kw[o])) matched[m++] = o;
    else if (cols.hasRow[o] === 1) rest[u++] = o;
  }
  return { matched, unmatched: rest.subarray(0, u) };
}

/**
 * Indices into `matched` of its `n` best keyword matches (score desc, id asc), by heap selection: a few ms
 * over tens of thousands of matches, with no per-text state to build or keep.
 */
function bestMatches(cols: Columns, kw: Float64Array, matched: Int32Array, n: number, arrays: RequestArrays): number[] {
  const km = arrays.float64(matched.length);
  for (let i = 0; i < matched.length; i++) km[i] = kw[matched[i]];
  const rank = idRanks(cols);
  return selectTop(matched.length, n, (i, j) => km[i] > km[j] || (km[i] === km[j] && rank[matched[i]] < rank[matched[j]]));
}

/**
 * fuseScores of the whole pool without running it over the whole pool. `scored` (keyword shortlist
 * first, then the recall net) carries every similarity and the best keyword score, so fuseScores
 * over it uses the same normalisers as over the whole pool. Any other member has no similarity, so
 * its fused score is the keyword part alone (`tail`). rank.test.ts checks the equivalence against
 * fuseScores, so a change in fuse.ts that breaks it fails there. Ordinals and a keyword column
 * (NaN: no match) in, fuse.ts's arithmetic inside.
 */
export function fuseTyped(scored: number[], kw: Float64Array, similarity: Map<number, number>, weights: { keyword: number; vector: number }) {
  const keyword = new Map<number, number>();
  for (const o of scored) if (!Number.isNaN(kw[o])) keyword.set(o, kw[o]);
  const fused = fuseScores(scored, keyword, similarity, weights);
  let maxK = 0;
  for (const k of keyword.values()) if (k > maxK) maxK = k;
  return { fused, tail: tailOf(maxK, weights) };
}

function tailOf(maxK: number, weights: { keyword: number; vector: number }) {
  return (k: number | undefined) => {
    const kn = k !== undefined && maxK > 0 ? k / maxK : 0;
    return weights.keyword * kn + weights.vector * 0;
  };
}
