import { mirrorCandidateCount, type AppContext } from '../app/context.js';
import { openProduct } from '../app/product.js';
import { defaultSearchWorkers, startSearchPool } from '../app/search-pool.js';
import { startIndexerThread } from '../app/indexer-thread.js';
import { handleMcpHttp } from '../mcp/http.js';
import { loadOrCreateMcpToken } from '../mcp/token.js';
import { logger } from '../shared/logger.js';
import { createSlackDoor } from '../slack/index.js';
import type { CleanupList } from './cleanup-list.js';
import type { Door, ServeHooks } from './serve.js';

/**
 * Every door the serve process mounts, in start order: the search indexer (drains the outbox as
 * webhooks and syncs land), MCP over Streamable HTTP at /mcp, and the Slack bot when configured.
 */
export async function buildDoors(ctx: AppContext, hooks: ServeHooks, cleanup: CleanupList): Promise<Door[]> {
  // The index's one writer, on its own thread (indexer-thread.ts); it creates the index the readers below open.
  const indexer = cleanup.add('indexer thread', await startIndexerThread(ctx.config), (t) => t.stop());
  // Searches off the event loop, so webhooks, /healthz and Slack's 3-second acks never wait behind them (search-pool.ts).
  const workers = ctx.config.REDISCOVERY_SEARCH_WORKERS ?? defaultSearchWorkers(mirrorCandidateCount(ctx));
  const searchPool = workers > 0 ? cleanup.add('search pool', startSearchPool(ctx.config, workers), (pool) => pool.close()) : undefined;
  const product = cleanup.add('product', await openProduct(ctx, { autoDrain: false, searchPool, indexer }), (p) => p.close());
  const doors: Door[] = [];

  let loop: Awaited<ReturnType<typeof product.startIndexer>> | null = null;
  doors.push({
    name: 'indexer',
    async start() {
      loop = cleanup.add('indexer loop', await product.startIndexer({ intervalMs: 1000 }), (l) => l.stop());
      hooks.onMirrorChanged(() => loop?.wake());
      hooks.onJobCreated((jobId) => {
        product.jobCreated(jobId).catch((error) =>
          logger.warn({ jobId, err: (error as Error).message }, 'could not compute rediscovery matches for the new job'),
        );
      });
      loop.wake();
    },
    describe: () => `Search indexer running on its own thread: webhook changes are searchable within seconds; searches on ${workers > 0 ? `${workers} worker thread${workers > 1 ? 's' : ''}` : 'the main thread'}`,
  });

  const mcpToken = loadOrCreateMcpToken(ctx.config.dataDir);
  const mcpApi = product.api('mcp:http');
  const allowedOrigins = ctx.config.MCP_ALLOWED_ORIGINS;
  doors.push({
    name: 'mcp',
    routes: { '* /mcp': (req, res) => handleMcpHttp(req, res, { api: mcpApi, token: mcpToken.token, allowedOrigins }) },
    describe: (baseUrl) =>
      `POST ${baseUrl}/mcp   (MCP Streamable HTTP; Authorization: Bearer <token> — ${mcpToken.source === 'env' ? 'from MCP_BEARER_TOKEN' : `in ${mcpToken.file}`})`,
  });

  const slack = createSlackDoor({ config: ctx.config.slack, api: (actor) => product.api(actor) });
  if (slack) doors.push(slack);
  return doors;
}
