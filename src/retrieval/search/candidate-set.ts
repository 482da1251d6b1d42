import { expandQueryTerm } from '../../vocabulary/skills.js';
import { FilterBitsets } from '../facets/filter-bitsets.js';
import type { ResolvedFilters } from '../facets/filter-types.js';
import type { KeywordStore } from '../index/keyword-store.js';
import { compileFts } from '../query/fts-compile.js';
import { parseBoolean } from '../query/boolean-parser.js';
import type { SearchRequest } from '../query/search-request.js';
import type { Columns } from './columns.js';
import { keep } from './keep-ordinals.js';
import { keywordByOrdinalPooled } from './keyword-ordinals.js';
import { RequestArrays } from './request-arrays.js';

/*
 * The exact candidate set of a request: filters ∩ Boolean query, both computed over the whole
 * catalog / FTS index, never over a top-k list, so no candidate that satisfies them can be missing.
 * Every ranking strategy scores inside this set.
 */

interface CandidateSet {
  /** Catalog ordinals that pass the filters and the Boolean query, ascending. */
  base: Int32Array;
  /** The Boolean query's keyword score per ordinal (NaN: no match); null without a positive Boolean part. */
  booleanKw: Float64Array | null;
  /** The Boolean query's FTS expression (for snippets), null without one. */
  booleanExpression: string | null;
}

/**
 * `arrays`: the request's pool; a Boolean query's narrowed set and its scores per ordinal are the
 * request's own (never cached), while the filter set without one comes from the filter cache and
 * is never pooled.
 */
export function candidateSet(cols: Columns, keyword: KeywordStore, req: SearchRequest, resolved: ResolvedFilters, arrays = RequestArrays.unpooled()): CandidateSet {
  let base = filteredBase(cols, req.filters, resolved);
  let booleanKw: Float64Array | null = null;
  let booleanExpression: string | null = null;
  if (req.boolean?.trim()) {
    const compiled = compileFts(parseBoolean(req.boolean), { expand: expandQueryTerm }, req.boolean);
    booleanExpression = compiled.match;
    if (compiled.match !== null) {
      const hits = keywordByOrdinalPooled(cols, keyword, compiled.match, arrays);
      booleanKw = hits;
      base = keep(base, (o) => !Number.isNaN(hits[o]), arrays.int32(base.length));
    } else if (compiled.exclude !== null) {
      const excluded = keywordByOrdinalPooled(cols, keyword, compiled.exclude, arrays);
      base = keep(base, (o) => Number.isNaN(excluded[o]), arrays.int32(base.length));
    }
  }
  return { base, booleanKw, booleanExpression };
}

/*
 * Filter results per columns epoch: filters are exact predicates over every candidate, and the
 * same filters repeat across pages, facet clicks and refinements of the text. The cache is dropped
 * whenever any candidate changes.
 */
let filterCache = new WeakMap<Columns, { epoch: number; sets: Map<string, Int32Array> }>();

/** Forget every cached filter set (the search benchmark's cold rows, via dropRequestCaches). */
export function dropFilterSets(): void {
  filterCache = new WeakMap();
}

function filteredBase(cols: Columns, filters: unknown, resolved: ResolvedFilters): Int32Array {
  let entry = filterCache.get(cols);
  if (!entry || entry.epoch !== cols.epoch) {
    entry = { epoch: cols.epoch, sets: new Map() };
    filterCache.set(cols, entry);
  }
  const none = Object.keys(resolved).length === 0;
  const key = none ? '' : JSON.stringify(filters);
  let set = entry.sets.get(key);
  if (!set) {
    set = bitsetsFor(cols).select(none ? {} : resolved);
    entry.sets.set(key, set);
    if (entry.sets.size > 32) entry.sets.delete(entry.sets.keys().next().value!);
  }
  return set;
}

/** Per-unit filter bitsets (facets/filter-bitsets.ts), kept per columns epoch: index state, not a request cache. */
const bitsets = new WeakMap<Columns, { epoch: number; size: number; sets: FilterBitsets }>();

function bitsetsFor(cols: Columns): FilterBitsets {
  let entry = bitsets.get(cols);
  if (!entry || entry.epoch !== cols.epoch || entry.size !== cols.size) {
    entry = { epoch: cols.epoch, size: cols.size, sets: new FilterBitsets(cols.cands, cols.size) };
    bitsets.set(cols, entry);
  }
  return entry.sets;
}
