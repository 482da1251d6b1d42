import type { KeywordMatches, KeywordStore } from '../index/keyword-store.js';
import type { Columns } from './columns.js';

/** A keyword match set as a score per ordinal (NaN: no match), cached per match set and columns epoch. */
const keywordOrdinals = new WeakMap<KeywordMatches, { cols: Columns; epoch: number; scores: Float64Array }>();
/** FTS rowid → ordinal (-1: not in the catalog), per rowid map of the keyword index and columns size. */
const rowidOrdinals = new WeakMap<Map<number, string>, { cols: Columns; size: number; ords: Int32Array }>();

/** The keyword score of every catalog ordinal for one FTS expression (NaN: no match). */
export function keywordByOrdinal(cols: Columns, keyword: KeywordStore, expression: string): Float64Array {
  const matches = keyword.matches(expression);
  let entry = keywordOrdinals.get(matches);
  if (!entry || entry.cols !== cols || entry.epoch !== cols.epoch || entry.scores.length < cols.size) {
    const toOrd = ordinalsOfRowids(cols, keyword.rowIds());
    const scores = new Float64Array(cols.size).fill(Number.NaN);
    for (let i = 0; i < matches.rids.length; i++) {
      const rid = matches.rids[i];
      const o = rid < toOrd.length ? toOrd[rid] : -1;
      if (o >= 0 && cols.cands[o] !== undefined) scores[o] = matches.scores[i];
    }
    entry = { cols, epoch: cols.epoch, scores };
    keywordOrdinals.set(matches, entry);
  }
  return entry.scores;
}

function ordinalsOfRowids(cols: Columns, rowIds: Map<number, string>): Int32Array {
  const hit = rowidOrdinals.get(rowIds);
  if (hit && hit.cols === cols && hit.size === cols.size) return hit.ords;
  let max = 0;
  for (const rid of rowIds.keys()) if (rid > max) max = rid;
  const ords = new Int32Array(max + 1).fill(-1);
  for (const [rid, id] of rowIds) {
    const o = cols.ordOf.get(id);
    if (o !== undefined) ords[rid] = o;
  }
  rowidOrdinals.set(rowIds, { cols, size: cols.size, ords });
  return ords;
}
