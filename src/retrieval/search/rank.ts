import { expandQueryTerm } from '../../match/normalize/skills.js';
import type { Catalog, CatalogCandidate } from '../catalog/types.js';
import type { Embedder } from '../embedding/embedder.js';
import { filterCandidates } from '../facets/apply-filters.js';
import type { ResolvedFilters } from '../facets/filter-types.js';
import { resolveFilters } from '../facets/resolve-filters.js';
import type { KeywordStore } from '../index/keyword-store.js';
import type { CandidateVectors } from '../index/vector-store.js';
import { compileFts } from '../query/fts-compile.js';
import { parseBoolean } from '../query/boolean-parser.js';
import type { SearchRequest } from '../query/search-request.js';
import { embeddingText, freeTextQuery } from './free-text.js';
import { fuseScores, weightsFor, type FusionWeights } from './fuse.js';
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
}

export interface RankedCandidate {
  candidate: CatalogCandidate;
  score: number;
  keywordScore: number | null;
  similarity: number | null;
}

export interface Ranking {
  /** The whole result set, best first (sorted on first read: prefer `pool` + `top` when order does not matter). */
  readonly ranked: RankedCandidate[];
  /** The whole result set, unordered (scored objects made on first read). */
  readonly pool: RankedCandidate[];
  /** The candidates of the result set, unordered (cheap: no scoring objects). */
  members: CatalogCandidate[];
  /** The best `n` of the result set, in rank order (partial selection, no full sort). */
  top(n: number): RankedCandidate[];
  resolved: ResolvedFilters;
  /** FTS expression used for snippets (free text, else the Boolean query). */
  highlightExpression: string | null;
  textTerms: string[];
}

export async function rankCandidates(ctx: RankContext, req: SearchRequest): Promise<Ranking> {
  const resolved = resolveFilters(req.filters, ctx.catalog);
  let base = filteredBase(ctx.catalog, req.filters, resolved);

  let booleanScores: ReadonlyMap<string, number> | null = null;
  let booleanExpression: string | null = null;
  if (req.boolean?.trim()) {
    const compiled = compileFts(parseBoolean(req.boolean), { expand: expandQueryTerm }, req.boolean);
    booleanExpression = compiled.match;
    if (compiled.match !== null) {
      booleanScores = ctx.keyword.scores(compiled.match);
      const hits = booleanScores;
      base = base.filter((c) => hits.has(c.id));
    } else if (compiled.exclude !== null) {
      const excluded = ctx.keyword.scores(compiled.exclude);
      base = base.filter((c) => !excluded.has(c.id));
    }
  }

  const text = freeTextQuery(req.text);
  const useKeyword = req.mode !== 'vector' && text.expression !== null;
  const useVector = req.mode !== 'keyword' && !!req.text?.trim();
  const textScores = useKeyword ? ctx.keyword.scores(text.expression!) : null;
  const query = useVector ? await embedQuery(ctx.embedder, req.text!) : null;

  const keywordOf = (id: string) => textScores?.get(id) ?? booleanScores?.get(id) ?? null;
  let similarity: Map<string, number> | null = null;
  let pool: CatalogCandidate[];
  let score: (c: CatalogCandidate) => number;
  let presetScores: Float64Array | null = null;
  if (!query && !textScores) {
    pool = base;
    score = (c) => keywordOf(c.id) ?? 0;
  } else if (!query) {
    pool = base.filter((c) => textScores!.has(c.id));
    score = (c) => keywordOf(c.id) ?? 0;
  } else if (req.mode === 'vector' || !textScores) {
    // Profile vectors pick the shortlist over the whole set; the shortlist is re-scored with chunks.
    // Typed: one profile similarity per base member in a Float64Array (NaN: no vector), the
    // shortlist by partial selection (same order and ties as topIds), full scores for it only.
    const coarse = new Float64Array(base.length);
    for (let i = 0; i < base.length; i++) {
      const v = ctx.vectors.get(base[i].id);
      const p = v?.profile ?? v?.chunks[0];
      coarse[i] = p ? dot4(query, p) : Number.NaN;
    }
    const withVector = coarse.filter((x) => !Number.isNaN(x));
    const cut = withVector.length <= SHORTLIST ? -Infinity : withVector.sort()[withVector.length - SHORTLIST];
    const head: number[] = [];
    for (let i = 0; i < base.length; i++) if (coarse[i] >= cut) head.push(i);
    head.sort((a, b) => coarse[b] - coarse[a] || (base[a].id < base[b].id ? -1 : 1));
    const shortlist = head.slice(0, SHORTLIST);
    similarity = fullSimilarities(ctx, query, shortlist.map((i) => base[i]));
    pool = base;
    presetScores = new Float64Array(base.length);
    for (let i = 0; i < base.length; i++) presetScores[i] = (Number.isNaN(coarse[i]) ? -1 : coarse[i]) - 2;
    for (const i of shortlist) {
      const f = similarity.get(base[i].id);
      if (f !== undefined) presetScores[i] = f;
    }
    const fine = similarity;
    score = (c) => fine.get(c.id) ?? -3;
  } else {
    const keyword = textScores;
    const ords = ordinals(ctx.catalog, base);
    const kw = keywordByOrdinal(ctx.catalog, keyword);
    const matched: CatalogCandidate[] = [];
    const matchedK: number[] = [];
    const matchedOrds: number[] = [];
    const unmatched: CatalogCandidate[] = [];
    for (let i = 0; i < base.length; i++) {
      const k = kw[ords[i]];
      if (Number.isNaN(k)) unmatched.push(base[i]);
      else {
        matched.push(base[i]);
        matchedK.push(k);
        matchedOrds.push(ords[i]);
      }
    }
    // Vectors re-rank the best keyword candidates and add a recall net of the semantically closest
    // others. The net never includes a keyword match, so only unmatched candidates need a profile
    // similarity (at 100k candidates an OR query matches ~85%: most dot products are skipped).
    const keywordShortlist = bestMatches(keyword, base, matched, SHORTLIST);
    const net = topIds(profileSimilarities(ctx, query, unmatched), ctx.tuning.fusion.recallNet);
    const scoredIds = [...keywordShortlist, ...net];
    similarity = fullSimilarities(ctx, query, scoredIds.map((id) => ctx.catalog.candidates.get(id)!));
    const netSet = new Set(net);
    pool = matched.concat(unmatched.filter((c) => netSet.has(c.id)));
    const fusion = fuseOverScored(scoredIds, keyword, similarity, weightsFor(ctx.tuning.fusion, text.terms.length));
    // Typed fast path: the tail from the keyword score, then the fused scores of the scored few.
    presetScores = new Float64Array(pool.length);
    for (let i = 0; i < matched.length; i++) presetScores[i] = fusion.tail(matchedK[i]);
    for (let i = matched.length; i < pool.length; i++) presetScores[i] = fusion.tail(undefined);
    const ordOf = ordOfCatalog(ctx.catalog);
    const at = new Int32Array(ordOf.size).fill(-1);
    for (let i = 0; i < matchedOrds.length; i++) at[matchedOrds[i]] = i;
    for (let i = matched.length; i < pool.length; i++) at[ordOf.get(pool[i].id)!] = i;
    for (const id of scoredIds) {
      const i = at[ordOf.get(id)!];
      const f = fusion.fused.get(id);
      if (i >= 0 && f !== undefined) presetScores[i] = f;
    }
    score = (c) => fusion(c.id);
  }

  // Scores go into a typed array; RankedCandidate objects are made only for the rows a caller
  // reads (the page), or for everyone when `pool` / `ranked` is asked for.
  const sim = similarity;
  const members = pool;
  let scores = presetScores;
  if (!scores) {
    scores = new Float64Array(members.length);
    for (let i = 0; i < members.length; i++) scores[i] = score(members[i]);
  }
  const make = (i: number): RankedCandidate => {
    const c = members[i];
    return { candidate: c, score: scores[i], keywordScore: keywordOf(c.id), similarity: sim?.get(c.id) ?? null };
  };
  let all: RankedCandidate[] | null = null;
  let sorted: RankedCandidate[] | null = null;
  const everyone = () => (all ??= members.map((_, i) => make(i)));
  return {
    get ranked() {
      return (sorted ??= [...everyone()].sort(byRank));
    },
    get pool() {
      return everyone();
    },
    members,
    top: (n) => (sorted ? sorted.slice(0, n) : topByScore(scores, n).map(make).sort(byRank).slice(0, n)),
    resolved,
    highlightExpression: textScores ? text.expression : booleanExpression,
    textTerms: text.terms,
  };
}

/**
 * Indices of everyone scoring at least the n-th best score (ties included, so cutting the
 * rank-ordered list at n afterwards is exact), found on a typed copy without sorting objects.
 */
export function topByScore(scores: Float64Array, n: number): number[] {
  if (n <= 0) return [];
  const out: number[] = [];
  if (scores.length <= n) {
    for (let i = 0; i < scores.length; i++) out.push(i);
    return out;
  }
  const copy = scores.slice().sort();
  const threshold = copy[copy.length - n];
  for (let i = 0; i < scores.length; i++) if (scores[i] >= threshold) out.push(i);
  return out;
}

/**
 * fuseScores of the whole pool without running it over the whole pool. `scoredIds` (keyword
 * shortlist first, then the recall net) carry every similarity and the best keyword score, so
 * fuseScores over them uses the same normalisers as over the whole pool. Any other member has no
 * similarity, so its fused score is the keyword part alone. rank.test.ts checks the equivalence
 * against fuseScores, so a change in fuse.ts that breaks it fails there.
 */
export function fuseOverScored(
  scoredIds: string[],
  keyword: ReadonlyMap<string, number>,
  similarity: Map<string, number>,
  weights: { keyword: number; vector: number },
): ((id: string) => number) & { fused: Map<string, number>; tail: (k: number | undefined) => number } {
  const fused = fuseScores(scoredIds, keyword as Map<string, number>, similarity, weights);
  let maxK = 0;
  for (const id of scoredIds) {
    const k = keyword.get(id);
    if (k !== undefined && k > maxK) maxK = k;
  }
  const tail = (k: number | undefined) => {
    const kn = k !== undefined && maxK > 0 ? k / maxK : 0;
    return weights.keyword * kn + weights.vector * 0;
  };
  return Object.assign((id: string) => fused.get(id) ?? tail(keyword.get(id)), { fused, tail });
}

/** Rank order: score, then most recent activity, then id (total, so paging is stable). */
export function byRank(a: RankedCandidate, b: RankedCandidate): number {
  return (
    b.score - a.score ||
    (b.candidate.lastActivityAt < a.candidate.lastActivityAt ? -1 : b.candidate.lastActivityAt > a.candidate.lastActivityAt ? 1 : 0) ||
    (a.candidate.id < b.candidate.id ? -1 : 1)
  );
}

/*
 * Ordinals: each catalog candidate's position in a per-version array, so per-query work over tens of
 * thousands of candidates is typed-array indexing instead of string-keyed Map lookups.
 */
const ordinalCache = new WeakMap<Catalog, { version: number; size: number; ordOf: Map<string, number> }>();
const baseOrdinals = new WeakMap<CatalogCandidate[], Int32Array>();
const keywordOrdinals = new WeakMap<ReadonlyMap<string, number>, { ordOf: Map<string, number>; scores: Float64Array }>();

function ordOfCatalog(catalog: Catalog): Map<string, number> {
  let entry = ordinalCache.get(catalog);
  if (!entry || entry.version !== catalog.version || entry.size !== catalog.candidates.size) {
    const ordOf = new Map<string, number>();
    for (const id of catalog.candidates.keys()) ordOf.set(id, ordOf.size);
    entry = { version: catalog.version, size: catalog.candidates.size, ordOf };
    ordinalCache.set(catalog, entry);
  }
  return entry.ordOf;
}

/** Ordinals of `base` (cached per array: filter results are cached arrays). */
function ordinals(catalog: Catalog, base: CatalogCandidate[]): Int32Array {
  const ordOf = ordOfCatalog(catalog);
  let ords = baseOrdinals.get(base);
  if (!ords || (ords as Int32Array & { ordOf?: Map<string, number> }).ordOf !== ordOf) {
    ords = Int32Array.from(base, (c) => ordOf.get(c.id)!);
    Object.assign(ords, { ordOf });
    baseOrdinals.set(base, ords);
  }
  return ords;
}

/** A keyword result as a score per ordinal (NaN: no match), cached per result and catalog version. */
function keywordByOrdinal(catalog: Catalog, keyword: ReadonlyMap<string, number>): Float64Array {
  const ordOf = ordOfCatalog(catalog);
  let entry = keywordOrdinals.get(keyword);
  if (!entry || entry.ordOf !== ordOf) {
    const scores = new Float64Array(ordOf.size).fill(Number.NaN);
    for (const [id, k] of keyword) {
      const o = ordOf.get(id);
      if (o !== undefined) scores[o] = k;
    }
    entry = { ordOf, scores };
    keywordOrdinals.set(keyword, entry);
  }
  return entry.scores;
}

/** Each keyword result's ids in `topN` order (score desc, id asc), computed once per cached result. */
const keywordOrder = new WeakMap<ReadonlyMap<string, number>, string[]>();
/** Id sets of cached filter results, for membership tests while walking a keyword order. */
const baseIds = new WeakMap<CatalogCandidate[], Set<string>>();

/**
 * The `n` best keyword matches inside `base` (= topN over `matched`, the members of `base` the
 * keyword result contains): walks the keyword result's cached rank order and keeps base members,
 * so a query costs about n / (share of matches passing the filters) steps, not a sort of every match.
 */
function bestMatches(keyword: ReadonlyMap<string, number>, base: CatalogCandidate[], matched: CatalogCandidate[], n: number): string[] {
  if (matched.length <= n) return topIds(new Map(matched.map((c) => [c.id, keyword.get(c.id)!])), n);
  let order = keywordOrder.get(keyword);
  if (!order) {
    order = [...keyword.keys()].sort((a, b) => keyword.get(b)! - keyword.get(a)! || (a < b ? -1 : 1));
    keywordOrder.set(keyword, order);
  }
  let members = baseIds.get(base);
  if (!members) {
    members = new Set(base.map((c) => c.id));
    baseIds.set(base, members);
  }
  const out: string[] = [];
  for (const id of order) {
    if (!members.has(id)) continue;
    out.push(id);
    if (out.length === n) break;
  }
  return out;
}

/** Like fuse.ts `topN` (value desc, then id asc) by partial selection: the same ids in the same order. */
export function topIds(scores: Map<string, number>, n: number, exclude?: Set<string>): string[] {
  const values: number[] = [];
  for (const [id, v] of scores) if (!exclude?.has(id)) values.push(v);
  if (values.length === 0 || n <= 0) return [];
  const typed = Float64Array.from(values).sort();
  const threshold = values.length <= n ? -Infinity : typed[typed.length - n];
  const entries: [string, number][] = [];
  for (const e of scores) if (e[1] >= threshold && !exclude?.has(e[0])) entries.push(e);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return entries.slice(0, n).map((e) => e[0]);
}

/*
 * Filter results per catalog version: filters are exact predicates over every candidate, and the
 * same filters repeat across pages, facet clicks and refinements of the text. The cache is dropped
 * whenever the catalog changes (its version is bumped on every refresh).
 */
const filterCache = new WeakMap<object, { version: number; size: number; sets: Map<string, CatalogCandidate[]> }>();

function filteredBase(catalog: Catalog, filters: unknown, resolved: ResolvedFilters): CatalogCandidate[] {
  let entry = filterCache.get(catalog);
  if (!entry || entry.version !== catalog.version || entry.size !== catalog.candidates.size) {
    entry = { version: catalog.version, size: catalog.candidates.size, sets: new Map() };
    filterCache.set(catalog, entry);
  }
  const key = Object.keys(resolved).length === 0 ? '' : JSON.stringify(filters);
  let set = entry.sets.get(key);
  if (!set) {
    set = filterCandidates(catalog.candidates.values(), resolved);
    entry.sets.set(key, set);
    if (entry.sets.size > 32) entry.sets.delete(entry.sets.keys().next().value!);
  }
  return set;
}

/** Query embeddings per embedder and text: the same text is searched again on every page and refinement. */
const queryVectors = new WeakMap<Embedder, Map<string, Float32Array>>();

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

function profileSimilarities(ctx: RankContext, query: Float32Array, base: CatalogCandidate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of base) {
    const v = ctx.vectors.get(c.id);
    const p = v?.profile ?? v?.chunks[0];
    if (p) out.set(c.id, dot4(query, p));
  }
  return out;
}

/** Dot product unrolled by four: the profile pass is the one loop over every filtered candidate. */
function dot4(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    s0 += a[i] * b[i];
    s1 += a[i + 1] * b[i + 1];
    s2 += a[i + 2] * b[i + 2];
    s3 += a[i + 3] * b[i + 3];
  }
  for (; i < n; i++) s0 += a[i] * b[i];
  return s0 + s1 + (s2 + s3);
}

function fullSimilarities(ctx: RankContext, query: Float32Array, candidates: CatalogCandidate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of candidates) {
    const v = ctx.vectors.get(c.id);
    const s = v ? candidateSimilarity(query, v, ctx.tuning.similarity) : null;
    if (s !== null) out.set(c.id, s);
  }
  return out;
}
