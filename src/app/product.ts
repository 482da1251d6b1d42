import type { AppContext } from './context.js';
import { createMirrorDeps } from '../mcp/mirror-deps.js';
import type { CandidatesForJob, FilterValueDimension, McpDeps } from '../mcp/deps.js';
import { candidatesForJob, type RediscoverDeps } from '../match/rediscover/index.js';
import type { RetrievalService } from '../retrieval/service.js';
import { openRetrievalService } from './open-retrieval.js';
import { toExportInsights } from './export-insights.js';
import type { SearchPool } from './search-pool.js';
import type { SearchRequestInput } from '../retrieval/query/search-request.js';
import { ConfirmationTokens } from '../writes/confirmation-token.js';
import { readAsOf } from '../store/read-model/index.js';
import { visibilityFor } from './viewer.js';

/** The product's capabilities over one mirror: search, insights, rediscovery, and the deps each door needs. */
export interface Product {
  retrieval: RetrievalService;
  rediscover: RediscoverDeps;
  /**
   * The product as one actor sees it (`mcp:stdio`, `mcp:http`, `slack:U123`, `cli`; `slack` for a
   * channel digest): every read is filtered by what that actor may see (confidential jobs).
   * Confirmation tokens are shared across actors' deps.
   */
  mcpDeps(actor: string): McpDeps;
  close(): Promise<void>;
}

export { toExportInsights };

/**
 * The product over `ctx`'s mirror. With `searchPool` (serve), searches and insights run on its worker
 * threads; everything else, and the indexer, stays on this thread.
 */
export async function openProduct(ctx: AppContext, opts: { autoDrain?: boolean; searchPool?: SearchPool } = {}): Promise<Product> {
  const retrieval = await openRetrievalService(ctx.db, ctx.config, { autoDrain: opts.autoDrain, reader: ctx.reader !== null });
  const pool = opts.searchPool;
  const { openConfiguredEmbedder } = await import('./open-retrieval.js');
  const embedder = await openConfiguredEmbedder(ctx.config);
  const rediscover: RediscoverDeps = { db: ctx.db, embedder };
  const tokens = new ConfirmationTokens();

  const forJob = async (actor: string, input: { jobId?: string; description?: string; limit: number; includeHired?: boolean }): Promise<CandidatesForJob> => {
    const result = await candidatesForJob(rediscover, { ...input, visibility: visibilityFor(ctx.config.REDISCOVERY_CONFIDENTIAL_ACCESS, actor) });
    return {
      job: { id: result.job.id ?? null, title: result.job.title ?? null },
      results: result.results.map((r) => ({
        candidateId: r.candidateId,
        name: r.name,
        score: r.score,
        currentTitle: r.currentTitle,
        currentCompany: r.currentCompany,
        location: r.location,
        profileUrl: r.profileUrl,
        reasons: r.reasons,
        applications: r.applications,
      })),
      asOf: readAsOf(ctx.db),
    };
  };

  return {
    retrieval,
    rediscover,
    mcpDeps: (actor) => {
      const visibility = visibilityFor(ctx.config.REDISCOVERY_CONFIDENTIAL_ACCESS, actor);
      return createMirrorDeps({
        db: ctx.db,
        config: ctx.config,
        actor,
        visibility,
        tokens,
        ashby: ctx.client ?? undefined,
        search: (req: SearchRequestInput) => (pool ? pool.search(req, visibility) : retrieval.search(req, visibility)),
        insights: async (req: SearchRequestInput, dimensions?: string[]) =>
          pool ? pool.insights(req, visibility, dimensions) : toExportInsights(await retrieval.insights(req, visibility), dimensions),
        filterValues: async (dimension: FilterValueDimension) => retrieval.filterValues(dimension, visibility).map((v) => ({ value: v.value, count: v.count })),
        candidatesForJob: (input) => forJob(actor, input),
        indexCheckpoint: () => retrieval.syncStatus().indexCheckpoint,
      });
    },
    async close() {
      await retrieval.close();
      await embedder.close?.();
    },
  };
}
