import type { KeywordMatches, KeywordStore } from '../index/keyword-store.js';
import type { Columns } from './columns.js';

/** A keyword match set as a score per ordinal (NaN: no match), cached per match set and columns epoch. */
const keywordOrdinals = new WeakMap<KeywordMatches, { cols: Columns; epoch: number; scores: Float64Array }>();
/** FTS rowid → ordinal (-1: not in the catalog), per version of the keyword index's rowids and columns size. */
const rowidOrdinals = new WeakMap<object, { cols: Columns; size: number; ords: Int32Array }>();

/** The keyword score of every catalog ordinal for one FTS expression (NaN: no match). */
export function keywordByOrdinal(cols: Columns, keyword: KeywordStore, expression: string): Float64Array {
  const matches = keyword.matches(expression);
  let entry = keywordOrdinals.get(matches);
  if (!entry || entry.cols !== cols || entry.epoch !== cols.epoch || entry.scores.length < cols.size) {
    const toOrd = ordinalsOfRowids(cols, keyword);
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

function ordinalsOfRowids(cols: Columns, keyword: KeywordStore): Int32Array {
  const version = keyword.rowIdsVersion();
  const hit = rowidOrdinals.get(version);
  if (hit && hit.cols === cols && hit.size === cols.size) return hit.ords;
  // Rowids are dense (INTEGER PRIMARY KEY AUTOINCREMENT): grown as they come, trimmed to the largest.
  let ords = new Int32Array(Math.max(16, cols.size + 1)).fill(-1);
  const max = keyword.eachRowId((rid, id) => {
    if (rid >= ords.length) {
      const grown = new Int32Array(Math.max(rid + 1, Math.ceil(ords.length * 1.5))).fill(-1);
      grown.set(ords);
      ords = grown;
    }
    const o = cols.ordOf.get(id);
    if (o !== undefined) ords[rid] = o;
  });
  if (ords.length !== max + 1) ords = ords.slice(0, max + 1);
  rowidOrdinals.set(version, { cols, size: cols.size, ords });
  return ords;
}
