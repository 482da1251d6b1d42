import type { AppContext } from './context.js';
import { createMirrorDeps } from '../mcp/mirror-deps.js';
import type { CandidatesForJob, FilterValueDimension, McpDeps } from '../mcp/deps.js';
import type { Insights as ExportInsights } from '../export/types.js';
import { candidatesForJob, type RediscoverDeps } from '../match/rediscover/index.js';
import { openRetrievalService, type RetrievalService } from '../retrieval/service.js';
import type { Insights as RetrievalInsights } from '../retrieval/insights/insights.js';
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

/** Retrieval insights → the shape exports and the MCP tool share (values with counts and shares). */
export function toExportInsights(insights: RetrievalInsights, dimensions?: string[]): ExportInsights {
  const wanted = dimensions?.length ? new Set(dimensions) : null;
  return {
    total: insights.total,
    asOf: insights.asOf,
    dimensions: insights.dimensions
      .filter((d) => !wanted || wanted.has(d.dimension))
      .map((d) => ({ dimension: d.dimension, label: d.label, values: d.buckets.map((b) => ({ value: b.value, count: b.count, share: b.share })) })),
    ...(insights.unavailable ? { unavailable: insights.unavailable.filter((d) => !wanted || wanted.has(d.dimension)).map((d) => ({ label: d.label, reason: d.reason })) } : {}),
    ...(insights.basis ? { basis: insights.basis.description } : {}),
  };
}

export async function openProduct(ctx: AppContext, opts: { autoDrain?: boolean } = {}): Promise<Product> {
  const retrieval = await openRetrievalService(ctx.db, ctx.config, { ...opts, reader: ctx.reader !== null });
  const { openConfiguredEmbedder } = await import('../retrieval/service.js');
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
        search: (req: SearchRequestInput) => retrieval.search(req, visibility),
        insights: async (req: SearchRequestInput, dimensions?: string[]) => toExportInsights(await retrieval.insights(req, visibility), dimensions),
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
