import { expandQueryTerm } from '../../vocabulary/skills.js';
import type { Catalog, CatalogCandidate } from '../catalog/types.js';
import type { Embedder } from '../../embedding/embedder.js';
import { FilterBitsets } from '../facets/filter-bitsets.js';
import type { ResolvedFilters } from '../facets/filter-types.js';
import { resolveFilters } from '../facets/resolve-filters.js';
import type { KeywordMatches, KeywordStore } from '../index/keyword-store.js';
import type { CandidateVectors } from '../index/vector-store.js';
import { compileFts } from '../query/fts-compile.js';
import { parseBoolean } from '../query/boolean-parser.js';
import type { SearchRequest } from '../query/search-request.js';
import { embeddingText, freeTextQuery } from './free-text.js';
import { fuseScores, weightsFor, type FusionWeights } from './fuse.js';
import { columnsFor, idRanks, rowDot, type Columns } from './columns.js';
import { selectTop } from './select-top.js';
import type { IdentityMatch } from './identity-lookup.js';
import { candidateSimilarity, type SimilarityWeights } from './vector-similarity.js';

/*
 * The ranking core: exact candidate set first (filters ∩ Boolean), then scores inside it. Filters
 * and the Boolean query are computed over the whole catalog / FTS index, never over a top-k list,
 * so no candidate that satisfies them can be missing.
 */

export interface SearchTuning {
  fusion: FusionWeights;
  similarity: SimilarityWeights;
}

export interface RankContext {
  catalog: Catalog;
  keyword: KeywordStore;
  vectors: Map<string, CandidateVectors>;
  embedder: Embedder;
  tuning: SearchTuning;
  /** People the free text identifies (name, e-mail, phone), ranked above everyone else (identity-lookup.ts). */
  identify?: (text: string) => Map<string, IdentityMatch>;
}

export interface RankedCandidate {
  candidate: CatalogCandidate;
  score: number;
  keywordScore: number | null;
  similarity: number | null;
  /** Set when the free text named this person (name, e-mail or phone). */
  identity?: IdentityMatch;
}

export interface Ranking {
  /** The search columns the ordinals below index into. */
  columns: Columns;
  /** The result set as catalog ordinals, unordered. */
  ords: Int32Array;
  /** Score of each member, aligned with `ords`. */
  scores: Float64Array;
  /** The candidates of the result set, unordered (made on first read). */
  readonly members: CatalogCandidate[];
  /** The whole result set, best first (a full sort: prefer `top`). */
  readonly ranked: RankedCandidate[];
  /** The best `n` members in rank order (partial selection), skipping ordinals flagged in `skip`. */
  top(n: number, skip?: Uint8Array | null): RankedCandidate[];
  /** Indices into `ords` of members in rank order, restricted to `which` (for folding duplicates). */
  order(which: number[]): number[];
  resolved: ResolvedFilters;
  /** FTS expression used for snippets (free text, else the Boolean query). */
  highlightExpression: string | null;
  textTerms: string[];
}

export async function rankCandidates(ctx: RankContext, req: SearchRequest): Promise<Ranking> {
  const resolved = resolveFilters(req.filters, ctx.catalog);
  const cols = columnsFor(ctx.catalog, ctx.vectors);
  let base = filteredBase(cols, req.filters, resolved);

  let booleanKw: Float64Array | null = null;
  let booleanExpression: string | null = null;
  if (req.boolean?.trim()) {
    const compiled = compileFts(parseBoolean(req.boolean), { expand: expandQueryTerm }, req.boolean);
    booleanExpression = compiled.match;
    if (compiled.match !== null) {
      const hits = keywordByOrdinal(cols, ctx.keyword, compiled.match);
      booleanKw = hits;
      base = keep(base, (o) => !Number.isNaN(hits[o]));
    } else if (compiled.exclude !== null) {
      const excluded = keywordByOrdinal(cols, ctx.keyword, compiled.exclude);
      base = keep(base, (o) => Number.isNaN(excluded[o]));
    }
  }

  const text = freeTextQuery(req.text);
  const useKeyword = req.mode !== 'vector' && text.expression !== null;
  const useVector = req.mode !== 'keyword' && !!req.text?.trim();
  const textKw = useKeyword ? keywordByOrdinal(cols, ctx.keyword, text.expression!) : null;
  const query = useVector ? await embedQuery(ctx.embedder, req.text!) : null;

  // The keyword score shown per member: the free-text score, else the Boolean query's.
  const keywordAt = (o: number): number | null => {
    const t = textKw ? textKw[o] : Number.NaN;
    if (!Number.isNaN(t)) return t;
    const b = booleanKw ? booleanKw[o] : Number.NaN;
    return Number.isNaN(b) ? null : b;
  };
  let ords: Int32Array;
  let scores: Float64Array;
  let similarity = new Map<number, number>();
  if (!query && !textKw) {
    ords = base;
    scores = new Float64Array(ords.length);
    for (let i = 0; i < ords.length; i++) scores[i] = keywordAt(ords[i]) ?? 0;
  } else if (!query) {
    const kw = textKw!;
    ords = keep(base, (o) => !Number.isNaN(kw[o]));
    scores = new Float64Array(ords.length);
    for (let i = 0; i < ords.length; i++) scores[i] = kw[ords[i]];
  } else if (req.mode === 'vector' || !textKw) {
    // Profile vectors pick the shortlist over the whole set; the shortlist is re-scored with every
    // vector (profile + chunks). Everyone else keeps the profile similarity, moved below the shortlist.
    ords = base;
    const coarse = new Float64Array(base.length);
    for (let i = 0; i < base.length; i++) coarse[i] = cols.hasRow[base[i]] ? rowDot(cols, query, base[i]) : Number.NaN;
    const rank = idRanks(cols);
    const shortlist = selectTop(base.length, SHORTLIST, (i, j) => coarse[i] > coarse[j] || (coarse[i] === coarse[j] && rank[base[i]] < rank[base[j]]), (i) => !Number.isNaN(coarse[i]));
    similarity = fullSimilarities(cols, ctx.tuning.similarity, query, shortlist.map((i) => base[i]));
    scores = new Float64Array(base.length);
    for (let i = 0; i < base.length; i++) scores[i] = (Number.isNaN(coarse[i]) ? -1 : coarse[i]) - 2;
    for (const i of shortlist) {
      const f = similarity.get(base[i]);
      if (f !== undefined) scores[i] = f;
    }
  } else {
    // Vectors re-rank the best keyword candidates and add a recall net of the semantically closest
    // others. The net never includes a keyword match, so only unmatched candidates need a profile
    // similarity (at 100k candidates an OR query matches ~85%: most dot products are skipped).
    const kw = textKw;
    const { matched, unmatched } = splitByKeyword(cols, base, kw);
    const shortlist = bestMatches(cols, kw, matched, SHORTLIST);
    const near = new Float64Array(unmatched.length);
    for (let i = 0; i < unmatched.length; i++) near[i] = rowDot(cols, query, unmatched[i]);
    const rank = idRanks(cols);
    const net = selectTop(unmatched.length, ctx.tuning.fusion.recallNet, (i, j) => near[i] > near[j] || (near[i] === near[j] && rank[unmatched[i]] < rank[unmatched[j]]));
    const scored = [...shortlist.map((i) => matched[i]), ...net.map((i) => unmatched[i])];
    similarity = fullSimilarities(cols, ctx.tuning.similarity, query, scored);
    const fusion = fuseTyped(scored, kw, similarity, weightsFor(ctx.tuning.fusion, text.terms.length));
    // Pool = every keyword match plus the net. Scores: the keyword-only tail for everyone, then
    // the fused score of the scored few (fuseTyped, checked against fuseScores in rank.test.ts).
    ords = new Int32Array(matched.length + net.length);
    ords.set(matched);
    for (let k = 0; k < net.length; k++) ords[matched.length + k] = unmatched[net[k]];
    scores = new Float64Array(ords.length);
    for (let i = 0; i < matched.length; i++) scores[i] = fusion.tail(kw[matched[i]]);
    for (let i = matched.length; i < ords.length; i++) scores[i] = fusion.tail(undefined);
    // The scored few sit at their index in `matched` (shortlist) or after it (net).
    const slots = [...shortlist, ...net.map((_, k) => matched.length + k)];
    scored.forEach((o, k) => {
      const f = fusion.fused.get(o);
      if (f !== undefined) scores[slots[k]] = f;
    });
  }

  const identified = req.text && ctx.identify ? identityOrdinals(cols, base, ctx.identify(req.text)) : null;
  if (identified?.size) ({ ords, scores } = pinFirst(ords, scores, identified));

  const make = (i: number): RankedCandidate => {
    const o = ords[i];
    const identity = identified?.get(o);
    return { candidate: cols.cands[o]!, score: scores[i], keywordScore: keywordAt(o), similarity: similarity.get(o) ?? null, ...(identity ? { identity } : {}) };
  };
  const before = (i: number, j: number) => rankedBefore(cols, scores, ords, i, j);
  const compare = (i: number, j: number) => (before(i, j) ? -1 : before(j, i) ? 1 : 0);
  let members: CatalogCandidate[] | null = null;
  let sorted: RankedCandidate[] | null = null;
  return {
    columns: cols,
    ords,
    scores,
    get members() {
      return (members ??= Array.from(ords, (o) => cols.cands[o]!));
    },
    get ranked() {
      return (sorted ??= Array.from(ords, (_, i) => i).sort(compare).map(make));
    },
    top: (n, skip) => selectTop(ords.length, n, before, skip ? (i) => skip[ords[i]] === 0 : undefined).map(make),
    order: (which) => [...which].sort(compare),
    resolved,
    highlightExpression: textKw ? text.expression : booleanExpression,
    textTerms: text.terms,
  };
}

/** Identified people who are in the filtered base, by ordinal (base is ascending: binary search). */
function identityOrdinals(cols: Columns, base: Int32Array, byId: Map<string, IdentityMatch>): Map<number, IdentityMatch> {
  const out = new Map<number, IdentityMatch>();
  for (const [id, m] of byId) {
    const o = cols.ordOf.get(id);
    if (o === undefined || cols.cands[o] === undefined) continue;
    let lo = 0;
    let hi = base.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (base[mid] === o) {
        out.set(o, m);
        break;
      }
      if (base[mid] < o) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return out;
}

/** Fused, keyword and vector scores all stay below 2; identified people sit above them, best match first. */
const IDENTITY_SCORE = 10;

/** Identified people join the result set (if the text alone missed them) with a score above everyone. */
function pinFirst(ords: Int32Array, scores: Float64Array, identified: Map<number, IdentityMatch>): { ords: Int32Array; scores: Float64Array } {
  const missing = new Set(identified.keys());
  for (let i = 0; i < ords.length; i++) {
    const m = identified.get(ords[i]);
    if (m) {
      scores[i] = IDENTITY_SCORE + m.quality;
      missing.delete(ords[i]);
    }
  }
  if (missing.size === 0) return { ords, scores };
  const o2 = new Int32Array(ords.length + missing.size);
  const s2 = new Float64Array(ords.length + missing.size);
  o2.set(ords);
  s2.set(scores);
  let k = ords.length;
  for (const o of missing) {
    o2[k] = o;
    s2[k++] = IDENTITY_SCORE + identified.get(o)!.quality;
  }
  return { ords: o2, scores: s2 };
}

/** Members of `base` with a keyword match, and those without one that have a vector (one pass). */
function splitByKeyword(cols: Columns, base: Int32Array, kw: Float64Array): { matched: Int32Array; unmatched: Int32Array } {
  let hits = 0;
  for (let i = 0; i < base.length; i++) if (!Number.isNaN(kw[base[i]])) hits++;
  const matched = new Int32Array(hits);
  const rest = new Int32Array(base.length - hits);
  let m = 0;
  let u = 0;
  for (let i = 0; i < base.length; i++) {
    const o = base[i];
    if (!Number.isNaN(kw[o])) matched[m++] = o;
    else if (cols.hasRow[o] === 1) rest[u++] = o;
  }
  return { matched, unmatched: rest.subarray(0, u) };
}

/** The ordinals of `src` that pass `test`, as a new array (a plain loop: TypedArray#filter is slow in V8). */
function keep(src: Int32Array, test: (o: number) => boolean): Int32Array {
  const out = new Int32Array(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) if (test(src[i])) out[n++] = src[i];
  return out.slice(0, n);
}

/** byRank on members i and j of a ranking: score, then most recent activity, then id. */
function rankedBefore(cols: Columns, scores: Float64Array, ords: Int32Array, i: number, j: number): boolean {
  if (scores[i] !== scores[j]) return scores[i] > scores[j];
  const a = cols.cands[ords[i]]!;
  const b = cols.cands[ords[j]]!;
  if (a.lastActivityAt !== b.lastActivityAt) return a.lastActivityAt > b.lastActivityAt;
  return a.id < b.id;
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

/** Rank order: score, then most recent activity, then id (total, so paging is stable). */
export function byRank(a: RankedCandidate, b: RankedCandidate): number {
  return (
    b.score - a.score ||
    (b.candidate.lastActivityAt < a.candidate.lastActivityAt ? -1 : b.candidate.lastActivityAt > a.candidate.lastActivityAt ? 1 : 0) ||
    (a.candidate.id < b.candidate.id ? -1 : 1)
  );
}

/** A keyword match set as a score per ordinal (NaN: no match), cached per match set and columns epoch. */
const keywordOrdinals = new WeakMap<KeywordMatches, { cols: Columns; epoch: number; scores: Float64Array }>();
/** FTS rowid → ordinal (-1: not in the catalog), per rowid map of the keyword index and columns size. */
const rowidOrdinals = new WeakMap<Map<number, string>, { cols: Columns; size: number; ords: Int32Array }>();

function keywordByOrdinal(cols: Columns, keyword: KeywordStore, expression: string): Float64Array {
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

/**
 * Indices into `matched` of its `n` best keyword matches (score desc, id asc), by heap selection: a few ms
 * over tens of thousands of matches, with no per-text state to build or keep.
 */
function bestMatches(cols: Columns, kw: Float64Array, matched: Int32Array, n: number): number[] {
  const km = new Float64Array(matched.length);
  for (let i = 0; i < matched.length; i++) km[i] = kw[matched[i]];
  const rank = idRanks(cols);
  return selectTop(matched.length, n, (i, j) => km[i] > km[j] || (km[i] === km[j] && rank[matched[i]] < rank[matched[j]]));
}

/*
 * Filter results per columns epoch: filters are exact predicates over every candidate, and the
 * same filters repeat across pages, facet clicks and refinements of the text. The cache is dropped
 * whenever any candidate changes.
 */
let filterCache = new WeakMap<Columns, { epoch: number; sets: Map<string, Int32Array> }>();

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

/** Query embeddings per embedder and text: the same text is searched again on every page and refinement. */
let queryVectors = new WeakMap<Embedder, Map<string, Float32Array>>();

/**
 * Forget every per-request cache of this module (query vectors, filter sets), so the next search
 * pays what a never-seen request pays. For the search benchmark's cold rows; search never calls it.
 */
export function dropRequestCaches(): void {
  queryVectors = new WeakMap();
  filterCache = new WeakMap();
}

async function embedQuery(embedder: Embedder, text: string): Promise<Float32Array> {
  let cache = queryVectors.get(embedder);
  if (!cache) queryVectors.set(embedder, (cache = new Map()));
  let v = cache.get(text);
  if (!v) {
    // Short, title-like queries are embedded with their O*NET occupation title (see free-text.ts).
    v = (await embedder.embed([embeddingText(text)]))[0];
    cache.set(text, v);
    if (cache.size > 256) cache.delete(cache.keys().next().value!);
  }
  return v;
}

/** Candidates re-scored with every vector (profile + chunks); beyond it only profile vectors are compared. */
const SHORTLIST = 1000;

function fullSimilarities(cols: Columns, weights: SimilarityWeights, query: Float32Array, ords: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const o of ords) {
    const v = cols.vectorsOf[o];
    const s = v ? candidateSimilarity(query, v, weights) : null;
    if (s !== null) out.set(o, s);
  }
  return out;
}
