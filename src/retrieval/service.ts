import { PUBLIC_VISIBILITY, type Visibility } from '../store/read-model/index.js';
import { buildVocabulary, filterValues, type CatalogVocabulary, type VocabularyValue } from './catalog/vocabulary.js';
import type { DrainResult, IndexerLoop } from './index/indexer.js';
import { computeInsights, type SearchInsights } from './insights/insights.js';
import type { CompanyAttributes } from './insights/company-attributes.js';
import { relevantMembers } from './insights/relevance-floor.js';
import { SearchRequest, type SearchRequestInput, type SearchResponse } from './query/search-request.js';
import { executeSearch, foldDuplicates } from './search/execute-search.js';
import { rankCandidates } from './search/rank.js';
import { RetrievalState, type RetrievalStateDeps } from './retrieval-state.js';

export type { SearchInsights } from './insights/insights.js';
export type { CatalogVocabulary, VocabularyValue } from './catalog/vocabulary.js';
export type { SearchTuning } from './search/rank.js';
export type { BeforeIndexing } from './index/indexer.js';
export type { SearchRequestInput, SearchResponse } from './query/search-request.js';

export { DEFAULT_TUNING } from './retrieval-state.js';

interface RetrievalDeps extends RetrievalStateDeps {
  /** The user's company attributes file, parsed (REDISCOVERY_COMPANY_ATTRIBUTES); absent: industry and size are "no data". */
  companyAttributes?: CompanyAttributes | null;
}

/**
 * The people insights describe and those insights, from one ranking (an export's Candidates and
 * Insights sheets must agree: two calls could rank twice, on different engine generations under serve).
 */
export interface MembersWithInsights {
  /** Their ids in rank order; empty when `count` is over `maxMembers` (nothing else is computed then). */
  ids: string[];
  count: number;
  kind: 'all matches' | 'relevant matches';
  /** Candidates the search reached before the relevance floor. */
  reached: number;
  description: string;
  asOf: string | null;
  /** Null when `count` is over `maxMembers`. */
  insights: SearchInsights | null;
}

interface MembersOptions {
  /** Everyone the search reached, not only the best matches of a free-text query. */
  allReached?: boolean;
  /** Above this many members, only the count is returned (an export refuses it). */
  maxMembers?: number;
}

export interface IndexStatus {
  asOf: string | null;
  indexCheckpoint: number;
  outboxHead: number;
  candidates: number;
}

/**
 * What the product layer calls. Every read takes the viewer's visibility (confidential jobs); without
 * one it is the public view, so a caller that forgets it hides rather than leaks.
 */
export interface RetrievalService {
  search(req: SearchRequestInput, visibility?: Visibility): Promise<SearchResponse>;
  insights(req: SearchRequestInput, visibility?: Visibility): Promise<SearchInsights>;
  /** Who insights describe (relevance-floor.ts), in rank order, with the insights over exactly them: an export. */
  membersWithInsights(req: SearchRequestInput, visibility?: Visibility, opts?: MembersOptions): Promise<MembersWithInsights>;
  vocabulary(visibility?: Visibility): CatalogVocabulary;
  filterValues(dimension: string, visibility?: Visibility): VocabularyValue[];
  syncStatus(): IndexStatus;
  /** Bring the index and catalog up to the mirror's outbox now. */
  drain(): Promise<DrainResult | null>;
  /** Run the indexer continuously (serve); the returned loop's `wake()` is the webhook notify hook. */
  startIndexer(opts?: { intervalMs?: number }): IndexerLoop;
  close(): Promise<void>;
}

/** Open the index and load the catalog; an index built by another embedding model is refused. */
export async function createRetrievalService(deps: RetrievalDeps): Promise<RetrievalService> {
  // Every piece of state (live index, indexer loop, lock, name lookups) lives in RetrievalState.
  const state = await RetrievalState.open(deps);

  /** The set insights describe: the ranked matches above the relevance floor with text, else every match. */
  const relevantFor = async (req: SearchRequestInput, visibility: Visibility, allReached = false) => {
    await state.ready();
    const ctx = state.context(visibility);
    const parsed = SearchRequest.parse(req);
    const ranking = await rankCandidates(ctx, parsed);
    // Only folding duplicates depends on rank order; otherwise the unordered set is enough.
    const skip = parsed.collapseDuplicates ? foldDuplicates(ranking, ctx.links).skip : null;
    return { ctx, ranking, skip, relevant: relevantMembers(ranking, skip, parsed.text, { allReached }) };
  };

  return {
    async search(req, visibility = PUBLIC_VISIBILITY) {
      await state.ready();
      return executeSearch(state.context(visibility), req);
    },
    async insights(req, visibility = PUBLIC_VISIBILITY) {
      const { ctx, relevant } = await relevantFor(req, visibility);
      return computeInsights(relevant.set, { now: ctx.now, asOf: ctx.asOf, basis: relevant.basis, companyAttributes: deps.companyAttributes ?? null });
    },
    async membersWithInsights(req, visibility = PUBLIC_VISIBILITY, opts = {}) {
      const { ctx, ranking, skip, relevant } = await relevantFor(req, visibility, opts.allReached === true);
      const { basis } = relevant;
      const count = relevant.set.length;
      const base = { count, kind: basis.kind, reached: basis.matched, description: basis.description, asOf: ctx.asOf };
      if (opts.maxMembers !== undefined && count > opts.maxMembers) return { ...base, ids: [], insights: null };
      // Rank order is by score first, so everyone at or above the floor ranks before everyone below it:
      // the best `count` unfolded members are exactly the set, found with a bounded heap, not a full sort.
      const ids = ranking.top(count, skip).map((r) => r.candidate.id);
      const insights = computeInsights(relevant.set, { now: ctx.now, asOf: ctx.asOf, basis, companyAttributes: deps.companyAttributes ?? null });
      return { ...base, ids, insights };
    },
    vocabulary: (visibility = PUBLIC_VISIBILITY) => buildVocabulary(state.catalog(visibility)),
    filterValues: (dimension, visibility = PUBLIC_VISIBILITY) => filterValues(state.catalog(visibility), dimension),
    syncStatus: () => state.syncStatus(),
    drain: () => state.catchUp(),
    startIndexer: (opts) => state.startIndexer(opts),
    close: () => state.close(),
  };
}
