import type { Catalog } from '../catalog/types.js';
import type { Embedder } from '../../embedding/embedder.js';
import { resolveFilters } from '../facets/resolve-filters.js';
import type { KeywordStore } from '../index/keyword-store.js';
import type { CandidateVectors } from '../index/vector-store.js';
import type { SearchRequest } from '../query/search-request.js';
import { candidateSet, dropFilterSets } from './candidate-set.js';
import { columnsFor } from './columns.js';
import { freeTextQuery } from './free-text-query.js';
import type { IdentityMatch } from './identity-lookup.js';
import { keywordWithin } from './keyword-ordinals.js';
import { identityOrdinals, pinFirst } from './pin-identity.js';
import { dropQueryVectors, embedQuery } from './query-vector.js';
import { makeRanking, type Ranking } from './ranking.js';
import { RequestArrays } from './request-arrays.js';
import { rankBrowse } from './strategies/browse.js';
import { rankHybrid } from './strategies/hybrid.js';
import { rankKeyword } from './strategies/keyword.js';
import type { ScoredSet } from './strategies/scored-set.js';
import { rankVector } from './strategies/vector.js';
import type { SearchTuning } from './tuning.js';

export { byRank, type RankEntry, type Ranking } from './ranking.js';
export type { SearchTuning } from './tuning.js';

/*
 * The ranking core: exact candidate set first (filters ∩ Boolean, candidate-set.ts), then scores
 * inside it by one strategy (strategies/: browse, keyword, vector, hybrid), then the people the text
 * names pinned first (pin-identity.ts). This file only picks the strategy and wires the parts.
 */

export interface RankContext {
  catalog: Catalog;
  keyword: KeywordStore;
  vectors: Map<string, CandidateVectors>;
  embedder: Embedder;
  tuning: SearchTuning;
  /** People the free text identifies (name, e-mail, phone), ranked above everyone else (identity-lookup.ts). */
  identify?: (text: string) => Map<string, IdentityMatch>;
}

/**
 * `arrays`: where the request's catalog-sized arrays come from. The ranking reads them, so a pooled
 * `arrays` may be released only once nothing reads the ranking any more (executeSearch, after the
 * response is built); the default allocates fresh ones for a caller that keeps the ranking.
 */
export async function rankCandidates(ctx: RankContext, req: SearchRequest, arrays = RequestArrays.unpooled()): Promise<Ranking> {
  const resolved = resolveFilters(req.filters, ctx.catalog);
  const cols = columnsFor(ctx.catalog, ctx.vectors);
  const { base, booleanKw, booleanExpression } = candidateSet(cols, ctx.keyword, req, resolved, arrays);

  const text = freeTextQuery(req.text);
  const useKeyword = req.mode !== 'vector' && text.expression !== null;
  const useVector = req.mode !== 'keyword' && !!req.text?.trim();
  // Read at members of `base` only (every strategy below scores inside it), so a selective filter scores its members only.
  const textKw = useKeyword ? keywordWithin(cols, ctx.keyword, text.expression!, base, arrays) : null;
  const query = useVector ? await embedQuery(ctx.embedder, req.text!) : null;

  // The keyword score shown per member: the free-text score, else the Boolean query's.
  const keywordAt = (o: number): number | null => {
    const t = textKw ? textKw[o] : Number.NaN;
    if (!Number.isNaN(t)) return t;
    const b = booleanKw ? booleanKw[o] : Number.NaN;
    return Number.isNaN(b) ? null : b;
  };
  let scored: ScoredSet;
  if (!query && !textKw) scored = rankBrowse(base, keywordAt);
  else if (!query) scored = rankKeyword(base, textKw!, arrays);
  else if (req.mode === 'vector' || !textKw) scored = rankVector(cols, base, query, ctx.tuning.similarity, arrays);
  else scored = rankHybrid(cols, base, textKw, query, ctx.tuning, text.terms.length, arrays);

  let { ords, scores } = scored;
  const identified = req.text && ctx.identify ? identityOrdinals(cols, base, ctx.identify(req.text)) : null;
  if (identified?.size) ({ ords, scores } = pinFirst(ords, scores, identified));

  return makeRanking({
    cols,
    ords,
    scores,
    similarity: scored.similarity,
    identified,
    keywordAt,
    resolved,
    highlightExpression: textKw ? text.expression : booleanExpression,
    textTerms: text.terms,
  });
}

/**
 * Forget every per-request cache of the ranking (query vectors, filter sets), so the next search
 * pays what a never-seen request pays. For the search benchmark's cold rows; search never calls it.
 */
export function dropRequestCaches(): void {
  dropQueryVectors();
  dropFilterSets();
}
