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
import { freeTextQuery } from './free-text.js';
import { fuseScores, topN, weightsFor, type FusionWeights } from './fuse.js';
import { candidateSimilarity, dot, type SimilarityWeights } from './vector-similarity.js';

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
  ranked: RankedCandidate[];
  resolved: ResolvedFilters;
  /** FTS expression used for snippets (free text, else the Boolean query). */
  highlightExpression: string | null;
  textTerms: string[];
}

export async function rankCandidates(ctx: RankContext, req: SearchRequest): Promise<Ranking> {
  const resolved = resolveFilters(req.filters, ctx.catalog);
  let base = filterCandidates(ctx.catalog.candidates.values(), resolved);

  let booleanScores: Map<string, number> | null = null;
  let booleanExpression: string | null = null;
  if (req.boolean?.trim()) {
    const compiled = compileFts(parseBoolean(req.boolean), { expand: expandQueryTerm }, req.boolean);
    booleanExpression = compiled.match;
    if (compiled.match !== null) {
      booleanScores = toMap(ctx.keyword.match(compiled.match));
      const hits = booleanScores;
      base = base.filter((c) => hits.has(c.id));
    } else if (compiled.exclude !== null) {
      const excluded = new Set(ctx.keyword.match(compiled.exclude).map((h) => h.candidateId));
      base = base.filter((c) => !excluded.has(c.id));
    }
  }

  const text = freeTextQuery(req.text);
  const useKeyword = req.mode !== 'vector' && text.expression !== null;
  const useVector = req.mode !== 'keyword' && !!req.text?.trim();
  const textScores = useKeyword ? toMap(ctx.keyword.match(text.expression!)) : null;
  const query = useVector ? (await ctx.embedder.embed([req.text!]))[0] : null;

  const keywordOf = (id: string) => textScores?.get(id) ?? booleanScores?.get(id) ?? null;
  let similarity: Map<string, number> | null = null;
  let pool: CatalogCandidate[];
  let score: (c: CatalogCandidate) => number;
  if (!query && !textScores) {
    pool = base;
    score = (c) => keywordOf(c.id) ?? 0;
  } else if (!query) {
    pool = base.filter((c) => textScores!.has(c.id));
    score = (c) => keywordOf(c.id) ?? 0;
  } else if (req.mode === 'vector' || !textScores) {
    // Profile vectors pick the shortlist over the whole set; the shortlist is re-scored with chunks.
    const coarse = profileSimilarities(ctx, query, base);
    const shortlist = new Set(topN(coarse, SHORTLIST));
    similarity = fullSimilarities(ctx, query, base.filter((c) => shortlist.has(c.id)));
    const fine = similarity;
    pool = base;
    score = (c) => fine.get(c.id) ?? (coarse.get(c.id) ?? -1) - 2;
  } else {
    const matched = base.filter((c) => textScores.has(c.id));
    const matchedIds = new Set(matched.map((c) => c.id));
    // Vectors re-rank the best keyword candidates and add a recall net of the semantically closest others.
    const keywordShortlist = topN(new Map(matched.map((c) => [c.id, textScores.get(c.id)!])), SHORTLIST);
    const net = topN(profileSimilarities(ctx, query, base), ctx.tuning.fusion.recallNet, matchedIds);
    const scored = new Set([...keywordShortlist, ...net]);
    similarity = fullSimilarities(ctx, query, base.filter((c) => scored.has(c.id)));
    const poolIds = new Set([...matchedIds, ...net]);
    pool = base.filter((c) => poolIds.has(c.id));
    const fused = fuseScores(poolIds, textScores, similarity, weightsFor(ctx.tuning.fusion, text.terms.length));
    score = (c) => fused.get(c.id) ?? 0;
  }

  const ranked = pool.map((c) => ({ candidate: c, score: score(c), keywordScore: keywordOf(c.id), similarity: similarity?.get(c.id) ?? null }));
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (b.candidate.lastActivityAt < a.candidate.lastActivityAt ? -1 : b.candidate.lastActivityAt > a.candidate.lastActivityAt ? 1 : 0) ||
      (a.candidate.id < b.candidate.id ? -1 : 1),
  );
  return { ranked, resolved, highlightExpression: textScores ? text.expression : booleanExpression, textTerms: text.terms };
}

/** Candidates re-scored with every vector (profile + chunks); beyond it only profile vectors are compared. */
const SHORTLIST = 1000;

function profileSimilarities(ctx: RankContext, query: Float32Array, base: CatalogCandidate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of base) {
    const v = ctx.vectors.get(c.id);
    const p = v?.profile ?? v?.chunks[0];
    if (p) out.set(c.id, dot(query, p));
  }
  return out;
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

function toMap(hits: { candidateId: string; score: number }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const h of hits) m.set(h.candidateId, h.score);
  return m;
}
