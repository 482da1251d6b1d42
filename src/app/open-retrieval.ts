import type { Embedder } from '../embedding/embedder.js';
import { openConfiguredEmbedder } from '../embedding/configured-embedder.js';
import { refreshStaleProfiles } from '../match/enrich/enrich-stale.js';
import { reindex, type ReindexProgress, type ReindexResult } from '../retrieval/index/reindex.js';
import type { ChunkPlan } from '../retrieval/index/candidate-document.js';
import { readCompanyAttributes } from '../retrieval/insights/company-attributes.js';
import { createRetrievalService, type RetrievalService } from '../retrieval/service.js';
import type { AppConfig } from '../shared/config.js';
import type { Db } from '../store/db.js';

/*
 * Composition of retrieval with match: the indexer refreshes stale profiles (match/enrich) before it
 * reads a candidate's document. Wired here, so neither module imports the other.
 */

export { openConfiguredEmbedder };

/** The configured embedder (cached by text hash under the model cache) and the retrieval service over an open mirror. */
export async function openRetrievalService(db: Db, config: AppConfig, opts: { autoDrain?: boolean; reader?: boolean; keywordPostings?: boolean } = {}): Promise<RetrievalService> {
  // Read before anything is opened, so a bad file is a one-line error with nothing to clean up.
  const companyAttributes = config.REDISCOVERY_COMPANY_ATTRIBUTES ? readCompanyAttributes(config.REDISCOVERY_COMPANY_ATTRIBUTES) : null;
  const embedder = await openConfiguredEmbedder(config);
  const service = await createRetrievalService({
    db, config, embedder, companyAttributes, beforeIndexing: refreshStaleProfiles(db), autoDrain: opts.autoDrain, reader: opts.reader, keywordPostings: opts.keywordPostings,
    vectorPrecision: config.REDISCOVERY_VECTOR_PRECISION,
    vectorPrefilter: config.REDISCOVERY_VECTOR_PREFILTER,
  }).catch(async (error: unknown) => {
    await embedder.close?.();
    throw error;
  });
  return {
    ...service,
    async close() {
      await service.close();
      await embedder.close?.();
    },
  };
}

/** Rebuild the whole search index from the mirror (retrieval's `reindex`), refreshing stale profiles first. */
export function reindexWithFreshProfiles(opts: {
  db: Db;
  indexDir: string;
  embedder: Embedder;
  plan?: ChunkPlan;
  batchSize?: number;
  onProgress?: (p: ReindexProgress) => void;
}): Promise<ReindexResult> {
  return reindex({ ...opts, beforeIndexing: refreshStaleProfiles(opts.db) });
}
