import type { ExportInsights, ExportSelection } from '../export/types.js';
import type { SearchInsights } from '../retrieval/insights/insights.js';
import type { SearchRequestInput, SearchResponse } from '../retrieval/query/search-request.js';
import type { CatalogVocabulary, IndexStatus, RetrievalService, VocabularyValue } from '../retrieval/service.js';
import type { Visibility } from '../store/read-model/index.js';
import { toExportInsights, toExportSelection } from './export-insights.js';

/**
 * Every read of the search catalog the product makes, answered either on this thread (a local
 * retrieval service: the CLI, tests) or by serve's search workers (`SearchPool`, which implements
 * this over its job protocol, each job answered by a worker's own local engine). The product picks
 * one engine when it opens (product.ts) and never asks which one it has.
 */
export interface SearchEngine {
  search(request: SearchRequestInput, visibility: Visibility): Promise<SearchResponse>;
  /** Insights in the compact shape exports and the MCP tool share, limited to `dimensions` when given. */
  insights(request: SearchRequestInput, visibility: Visibility, dimensions?: string[]): Promise<ExportInsights>;
  /** An export's members and the insights over them, from one ranking. */
  membersWithInsights(request: SearchRequestInput, visibility: Visibility, opts: { allReached: boolean; maxMembers: number }): Promise<ExportSelection>;
  /** Insights with their buckets and basis, as retrieval computes them. */
  insightsDetail(request: SearchRequestInput, visibility: Visibility): Promise<SearchInsights>;
  filterValues(dimension: string, visibility: Visibility): Promise<VocabularyValue[]>;
  vocabulary(visibility: Visibility): Promise<CatalogVocabulary>;
  /** The index state after catching up with the indexer. */
  syncStatus(): Promise<IndexStatus>;
}

/**
 * The engine over a retrieval service on this thread. `service` gives it for searches and insights
 * (a search catches up with the index itself); `caughtUp` gives it caught up with what the indexer
 * committed, for the catalog reads (filter values, vocabulary, status), so they match what was indexed.
 */
export function localSearchEngine(source: { service(): Promise<RetrievalService>; caughtUp(): Promise<RetrievalService> }): SearchEngine {
  const { service, caughtUp } = source;
  return {
    search: async (request, visibility) => (await service()).search(request, visibility),
    insights: async (request, visibility, dimensions) => toExportInsights(await (await service()).insights(request, visibility), dimensions),
    membersWithInsights: async (request, visibility, opts) => toExportSelection(await (await service()).membersWithInsights(request, visibility, opts)),
    insightsDetail: async (request, visibility) => (await service()).insights(request, visibility),
    filterValues: async (dimension, visibility) => (await caughtUp()).filterValues(dimension, visibility),
    vocabulary: async (visibility) => (await caughtUp()).vocabulary(visibility),
    syncStatus: async () => (await caughtUp()).syncStatus(),
  };
}
