import type { AppContext } from './context.js';
import { languageModelFromEnv } from '../llm/model.js';
import { candidatesForJob, onJobCreated, type RediscoverDeps } from '../match/rediscover/index.js';
import { createNlParser } from '../retrieval/nl/index.js';
import type { RetrievalService } from '../retrieval/service.js';
import { openConfiguredEmbedder, openRetrievalService } from './open-retrieval.js';

type IndexerLoop = ReturnType<RetrievalService['startIndexer']>;
import { ConfirmationTokens } from '../writes/confirmation-token.js';
import { createMirrorProductApi, type ProductEngines } from './mirror-product-api.js';
import { nlVocabularyFromMirror } from './nl-vocabulary.js';
import { localSearchEngine, type SearchEngine } from './search-engine.js';
import type { SearchPool } from './search-pool.js';
import type { IndexerThread } from './indexer-thread.js';
import type { ProductApi } from './product-api.js';
import { PUBLIC_VISIBILITY } from '../store/read-model/index.js';

/** The product over one mirror: the API each door uses, and the parts `serve` runs in the background. */
export interface Product {
  /**
   * The product as one actor sees it (`mcp:stdio`, `mcp:http`, `slack:U123`, `cli`; `slack` for a
   * channel audience): every read is filtered by what that actor may see (confidential jobs), and
   * every audit row names it. Confirmation tokens are shared across actors.
   */
  api(actor: string): ProductApi;
  /** Matching's dependencies; the embedder opens on first use. */
  rediscover(): Promise<RediscoverDeps>;
  /** Run the indexer continuously (serve); the loop's `wake()` is the mirror-changed hook. */
  startIndexer(opts: { intervalMs: number }): Promise<IndexerLoop>;
  /** Compute and store a new job's rediscovery matches (what digests show). */
  jobCreated(jobId: string): Promise<void>;
  close(): Promise<void>;
}

/** The NL vocabulary is rebuilt every few minutes so new jobs, stages and recruiters become understood words. */
const NL_VOCABULARY_TTL_MS = 5 * 60_000;

/**
 * The product over an open mirror. Search (index, catalog, encoder) opens now unless `openSearch` is
 * false: `rediscovery rediscover` reads the mirror and matching only, so it neither loads the index
 * nor drains the outbox; search opens on first use there. With `searchPool` (serve), searches and
 * insights run on its worker threads; everything else, and the indexer, stays on this thread.
 */
export async function openProduct(
  ctx: AppContext,
  opts: { autoDrain?: boolean; openSearch?: boolean; searchPool?: SearchPool; keywordPostings?: boolean; indexer?: IndexerThread } = {},
): Promise<Product> {
  const pool = opts.searchPool;
  const indexer = opts.indexer;
  let retrievalOpened: Promise<RetrievalService> | null = null;
  // With an indexer thread (serve), this thread only reads the index that thread writes, as a search worker does.
  const reader = ctx.reader !== null || indexer !== undefined;
  const opened = () => (retrievalOpened ??= openRetrievalService(ctx.db, ctx.config, { autoDrain: opts.autoDrain, reader, keywordPostings: opts.keywordPostings }));
  // A reader's catalog catches up with the index on use (search does it itself): the vocabulary,
  // filter values and status then match what was indexed, and a burst of changes costs this thread
  // one refresh when it is next asked, not one per batch.
  const retrieval = async () => {
    const r = await opened();
    if (indexer) await r.drain();
    return r;
  };
  // The one place the engine is chosen. With a search pool, the workers hold the catalog and vectors
  // and answer every read of them: this thread never loads a second copy (at 1M candidates one copy
  // is ~3 GB; search-pool.ts). Without one, the retrieval service on this thread answers.
  const engine: SearchEngine = pool ?? localSearchEngine({ service: retrieval, caughtUp: retrieval });
  if (!pool && opts.openSearch !== false) await opened();
  const tokens = new ConfirmationTokens();

  // Matching has its own embedder; a CLI search never pays for opening it.
  let rediscoverDeps: Promise<RediscoverDeps> | null = null;
  const rediscover = () => (rediscoverDeps ??= openConfiguredEmbedder(ctx.config).then((embedder) => ({ db: ctx.db, embedder })));

  let parser: { built: number; nl: ReturnType<typeof createNlParser> } | null = null;
  let model: ReturnType<typeof languageModelFromEnv> | undefined;
  const currentParser = async () => {
    if (!parser || Date.now() - parser.built > NL_VOCABULARY_TTL_MS) {
      model ??= languageModelFromEnv(ctx.config);
      parser = { built: Date.now(), nl: createNlParser({ vocab: nlVocabularyFromMirror(ctx.db, await engine.vocabulary(PUBLIC_VISIBILITY)), model }) };
    }
    return parser.nl;
  };

  const engines: ProductEngines = {
    search: (request, visibility) => engine.search(request, visibility),
    insights: (request, visibility) => engine.insightsDetail(request, visibility),
    membersWithInsights: (request, visibility, o) => engine.membersWithInsights(request, visibility, o),
    compactInsights: (request, visibility, dimensions) => engine.insights(request, visibility, dimensions),
    filterValues: async (dimension, visibility) => (await engine.filterValues(dimension, visibility)).map((v) => ({ value: v.value, count: v.count })),
    rediscover: async ({ visibility, ...input }) => candidatesForJob(await rediscover(), { ...input, visibility }),
    indexState: () => engine.syncStatus(),
    parse: async (text, now) => (await currentParser()).parse(text, now),
  };

  return {
    api: (actor) => createMirrorProductApi({ db: ctx.db, config: ctx.config, actor, engines, tokens, ashby: ctx.client, reader: ctx.reader }),
    rediscover,
    startIndexer: async (o) => (indexer ? indexer.start(o) : (await retrieval()).startIndexer(o)),
    jobCreated: async (jobId) => {
      await onJobCreated({ ...(await rediscover()), now: () => new Date() }, jobId);
    },
    async close() {
      if (retrievalOpened) await (await retrievalOpened).close();
      if (rediscoverDeps) await (await rediscoverDeps).embedder.close?.();
    },
  };
}
