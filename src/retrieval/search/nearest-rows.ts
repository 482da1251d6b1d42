import { idRanks, rowDot, type Columns } from './columns.js';
import { RequestArrays } from './request-arrays.js';
import { selectTop } from './select-top.js';
import { disagreement, querySigns } from './sign-codes.js';

/*
 * The n rows closest to the query among many (hybrid's recall net: the 50 best of every filtered
 * candidate without a keyword match, ~200k at 1M). An exact int8 dot product for each was 29% of a
 * cold hybrid request at 1M; with the prefilter on, sign codes (sign-codes.ts) pick a shortlist by
 * Hamming distance first and only the shortlist gets exact dot products. That is approximate: a row
 * of the exact top n that the coarse pass ranks below the shortlist is missed (README: the recall of
 * the shortlist and the cost on `eval search`).
 */

/** When the coarse pass runs, and how many rows it keeps for exact dot products. */
export interface VectorPrefilter {
  /** Rows kept by the coarse pass (0: never run it, every row gets an exact dot product). */
  shortlist: number;
  /** Run the coarse pass only over more rows than this. */
  above: number;
}

/**
 * REDISCOVERY_VECTOR_PREFILTER: `auto` (default), `off` (exact always), or a shortlist size N: the
 * coarse pass on every request over more than N rows, keeping N (to measure its cost on a small
 * corpus, where `auto` never runs it).
 */
export type VectorPrefilterMode = 'auto' | 'off' | number;

/**
 * auto: over 20,000 rows, keep 4,000 (80 × the recall net of 50); below that the exact pass costs
 * < 10 ms and answers stay exact, so accounts under ~50k candidates are never affected.
 */
export function prefilterFor(mode: VectorPrefilterMode): VectorPrefilter {
  if (mode === 'off') return { shortlist: 0, above: Infinity };
  if (mode === 'auto') return { shortlist: 4000, above: 20_000 };
  return { shortlist: mode, above: mode };
}

/**
 * Indices into `ords` of the `n` rows most similar to `query` (profile dot product desc, then id
 * order), best first. Every ordinal must have a row (`cols.hasRow`).
 */
export function nearestRows(cols: Columns, query: Float32Array, ords: Int32Array, n: number, prefilter: VectorPrefilter, arrays = RequestArrays.unpooled()): number[] {
  const pool = prefilter.shortlist > 0 && ords.length > prefilter.above && ords.length > prefilter.shortlist ? coarseShortlist(cols, query, ords, prefilter.shortlist, arrays) : null;
  const m = pool ? pool.length : ords.length;
  const at = pool ? (i: number) => pool[i] : (i: number) => i;
  const near = arrays.float64(m);
  for (let i = 0; i < m; i++) near[i] = rowDot(cols, query, ords[at(i)]);
  const rank = idRanks(cols);
  return selectTop(m, n, (i, j) => near[i] > near[j] || (near[i] === near[j] && rank[ords[at(i)]] < rank[ords[at(j)]])).map(at);
}

/**
 * Indices into `ords` of the rows whose sign codes are nearest the query's (sign-codes.ts
 * `disagreement`): every row up to the smallest distance that keeps at least `keep` rows (so ties at
 * the cut are all kept, and the result does not depend on the order of `ords`), ascending.
 */
export function coarseShortlist(cols: Columns, query: Float32Array, ords: Int32Array, keep: number, arrays = RequestArrays.unpooled()): Int32Array {
  const q = querySigns(query, cols.dim);
  const words = q.code.length;
  const signs = cols.signs;
  const dist = arrays.int32(ords.length);
  const counts = new Int32Array(2 * words * 32 + 1);
  for (let i = 0; i < ords.length; i++) {
    const d = disagreement(q, signs, ords[i] * words);
    dist[i] = d;
    counts[d]++;
  }
  let cut = 0;
  for (let kept = counts[0]; kept < keep && cut < counts.length - 1; ) kept += counts[++cut];
  let size = 0;
  for (let d = 0; d <= cut; d++) size += counts[d];
  const out = new Int32Array(size);
  let k = 0;
  for (let i = 0; i < ords.length; i++) if (dist[i] <= cut) out[k++] = i;
  return out;
}
