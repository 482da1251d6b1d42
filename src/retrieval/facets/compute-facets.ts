import type { CatalogCandidate } from '../catalog/types.js';
import type { Facets } from '../query/search-request.js';
import { FACET_DIMENSIONS } from './dimensions.js';

/** Values shown per facet dimension; the long tail stays reachable through `filterValues`. */
export const FACET_VALUE_LIMIT = 30;

/*
 * Facets are exact counts over the whole result set (tens of thousands of candidates), so counting
 * must be cheap per candidate: each candidate's (dimension, value) pairs are extracted once, coded
 * as integers and kept in a WeakMap (a refreshed candidate is a new object, so the cache never goes
 * stale), and counting is typed-array increments. Only `updated` depends on `now`: it is bucketed
 * live from a cached timestamp.
 */

const LIVE_DIMENSION = 'updated';
const STATIC_DIMENSIONS = Object.entries(FACET_DIMENSIONS).filter(([name]) => name !== LIVE_DIMENSION);

const codeOf = new Map<string, number>();
const dimensionOf: number[] = [];
const valueOf: string[] = [];
const coded = new WeakMap<CatalogCandidate, Uint32Array>();

function code(dimension: number, value: string): number {
  const key = `${dimension}\u0000${value}`;
  let id = codeOf.get(key);
  if (id === undefined) {
    id = valueOf.length;
    codeOf.set(key, id);
    dimensionOf.push(dimension);
    valueOf.push(value);
  }
  return id;
}

function codesOf(c: CatalogCandidate, now: Date): Uint32Array {
  let codes = coded.get(c);
  if (!codes) {
    const out: number[] = [];
    STATIC_DIMENSIONS.forEach(([, extract], d) => {
      const seen = new Set<string>();
      for (const v of extract(c, now)) {
        if (!v || seen.has(v)) continue;
        seen.add(v);
        out.push(code(d, v));
      }
    });
    codes = Uint32Array.from(out);
    coded.set(c, codes);
  }
  return codes;
}

/**
 * For every filter dimension, the values present in the result set with candidate counts, most
 * frequent first. A dimension with no values in the set is omitted.
 */
export function computeFacets(candidates: Iterable<CatalogCandidate>, now: Date, limit = FACET_VALUE_LIMIT): Facets {
  let counts = new Int32Array(Math.max(1024, valueOf.length * 2));
  const live = new Map<string, number>();
  const liveIsDefault = FACET_DIMENSIONS[LIVE_DIMENSION] !== undefined;
  const recency = new Map<string, string>();
  for (const c of candidates) {
    const codes = codesOf(c, now);
    if (valueOf.length > counts.length) {
      const grown = new Int32Array(valueOf.length * 2);
      grown.set(counts);
      counts = grown;
    }
    for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
    if (liveIsDefault) {
      // Many candidates share an activity timestamp; bucket each distinct one once per call.
      let bucket = recency.get(c.lastActivityAt);
      if (bucket === undefined) recency.set(c.lastActivityAt, (bucket = FACET_DIMENSIONS[LIVE_DIMENSION](c, now)[0] ?? ''));
      if (bucket) live.set(bucket, (live.get(bucket) ?? 0) + 1);
    }
  }
  const byDimension = new Map<number, [string, number][]>();
  for (let id = 0; id < valueOf.length && id < counts.length; id++) {
    if (counts[id] === 0) continue;
    const d = dimensionOf[id];
    let list = byDimension.get(d);
    if (!list) byDimension.set(d, (list = []));
    list.push([valueOf[id], counts[id]]);
  }
  const facets: Facets = {};
  // Same dimension order as FACET_DIMENSIONS.
  let d = 0;
  for (const name of Object.keys(FACET_DIMENSIONS)) {
    const entries = name === LIVE_DIMENSION ? [...live.entries()] : (byDimension.get(d++) ?? []);
    if (entries.length === 0) continue;
    facets[name] = entries
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([value, count]) => ({ value, count }));
  }
  return facets;
}
