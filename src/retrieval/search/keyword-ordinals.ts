import type { KeywordMatches, KeywordStore } from '../index/keyword-store.js';
import type { Columns } from './columns.js';
import { RequestArrays } from './request-arrays.js';

/** A keyword match set as a score per ordinal (NaN: no match), cached per match set and columns epoch. */
const keywordOrdinals = new WeakMap<KeywordMatches, { cols: Columns; epoch: number; scores: Float64Array }>();
/**
 * FTS rowid → ordinal (-1: not in the catalog), per version of the keyword index's rowids and columns
 * size; its inverse and a zeroed byte per rowid (the scratch of `keywordWithin`) are made on first use.
 */
const rowidOrdinals = new WeakMap<object, RowidOrdinals>();

interface RowidOrdinals {
  cols: Columns;
  size: number;
  ords: Int32Array;
  /** Ordinal → FTS rowid (-1: none). */
  rids?: Int32Array;
  mask?: Uint8Array;
}

/**
 * Below this share of the catalog, a filtered search scores its text over its filtered members only
 * (`keywordWithin`); above it (an unfiltered search, or filters that keep nearly everyone), the whole
 * match set is made and cached per text. It was 0.5: from half the catalog up the CPU is about the
 * same either way (every phrase list is walked once in both), but the whole match set is new arrays
 * of every match (~11 MB at 1M candidates) per never-seen text, while the restricted scores go into
 * the request's pooled arrays: at 1M those allocations are what drives full collections of the
 * ~1 GB catalog heap.
 */
const RESTRICT_BELOW = 0.9;

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

/**
 * keywordByOrdinal read at the members of `base` (ascending ordinals) only: a filtered search reads
 * keyword scores of its candidate set and nothing else (rank.ts), so when `base` is a small part of
 * the catalog and the text is new, only its members are scored (keyword-postings.ts `scoreWithin`:
 * the same doubles). Every other entry is NaN. A text whose whole match set is cached, or a large
 * `base`, is read from the whole match set (keywordByOrdinalPooled); the restricted scores are the
 * request's own (`arrays`: pooled, NaN put back where written on release).
 */
export function keywordWithin(cols: Columns, keyword: KeywordStore, expression: string, base: Int32Array, arrays = RequestArrays.unpooled()): Float64Array {
  if (base.length >= cols.size * RESTRICT_BELOW) return keywordByOrdinalPooled(cols, keyword, expression, arrays);
  const map = rowidMap(cols, keyword);
  const rids = ridsOfOrdinals(map);
  const subset = arrays.int32(base.length);
  let n = 0;
  for (let i = 0; i < base.length; i++) {
    const r = rids[base[i]];
    if (r >= 0) subset[n++] = r;
  }
  // In ordinal order, not sorted by rowid: the scores are only scattered back to ordinals below.
  const members = subset.subarray(0, n);
  const mask = (map.mask ??= new Uint8Array(map.ords.length));
  for (let i = 0; i < members.length; i++) mask[members[i]] = 1;
  let matches;
  try {
    matches = keyword.matchesWithin(expression, { rids: members, mask, out: { rids: arrays.int32(n), scores: arrays.float64(n) } });
  } finally {
    for (let i = 0; i < members.length; i++) mask[members[i]] = 0;
  }
  if (!matches) return keywordByOrdinalPooled(cols, keyword, expression, arrays);
  return scatter(cols, map.ords, matches, arrays);
}

/**
 * keywordByOrdinal for a request with a pool: the same scores, but a text whose per-ordinal array is
 * not cached yet is scattered from its (cached) match set into the request's pooled NaN array
 * instead of a new catalog-sized array kept in the cache. At 1M candidates that array is 8 MB,
 * made for every never-seen text over a large candidate set: a fresh mapping to fault in and zero
 * each time, and external memory that drives full collections. A repeat of the text reads the
 * cached match set again (one scatter, a few ms) instead of a cached per-ordinal array.
 */
export function keywordByOrdinalPooled(cols: Columns, keyword: KeywordStore, expression: string, arrays: RequestArrays): Float64Array {
  const matches = keyword.matches(expression);
  const entry = keywordOrdinals.get(matches);
  if (!arrays.pools(cols.size) || (entry && entry.cols === cols && entry.epoch === cols.epoch && entry.scores.length >= cols.size)) return keywordByOrdinal(cols, keyword, expression);
  return scatter(cols, ordinalsOfRowids(cols, keyword), matches, arrays);
}

/** A match set as a score per ordinal (NaN: no match) in the request's pooled NaN array, NaN put back on release. */
function scatter(cols: Columns, toOrd: Int32Array, matches: { rids: Int32Array; scores: Float64Array }, arrays: RequestArrays): Float64Array {
  const scores = arrays.nanFloat64(cols.size);
  const written = matches.rids;
  for (let i = 0; i < written.length; i++) {
    const rid = written[i];
    const o = rid < toOrd.length ? toOrd[rid] : -1;
    if (o >= 0 && cols.cands[o] !== undefined) scores[o] = matches.scores[i];
  }
  arrays.written(scores, () => {
    for (let i = 0; i < written.length; i++) {
      const rid = written[i];
      const o = rid < toOrd.length ? toOrd[rid] : -1;
      if (o >= 0) scores[o] = Number.NaN;
    }
  });
  return scores;
}

/** The inverse of the rowid → ordinal map (made once per map). */
function ridsOfOrdinals(map: RowidOrdinals): Int32Array {
  if (!map.rids) {
    const of = new Int32Array(map.cols.size).fill(-1);
    for (let rid = 0; rid < map.ords.length; rid++) if (map.ords[rid] >= 0) of[map.ords[rid]] = rid;
    map.rids = of;
  }
  return map.rids;
}

function ordinalsOfRowids(cols: Columns, keyword: KeywordStore): Int32Array {
  return rowidMap(cols, keyword).ords;
}

function rowidMap(cols: Columns, keyword: KeywordStore): RowidOrdinals {
  const version = keyword.rowIdsVersion();
  const hit = rowidOrdinals.get(version);
  if (hit && hit.cols === cols && hit.size === cols.size) return hit;
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
  const map: RowidOrdinals = { cols, size: cols.size, ords };
  rowidOrdinals.set(version, map);
  return map;
}
