import type { AppContext } from '../app/context.js';
import { nlVocabularyFromMirror } from '../app/nl-vocabulary.js';
import { openProduct } from '../app/product.js';
import { defaultSearchWorkers, startSearchPool } from '../app/search-pool.js';
import { visibilityFor } from '../app/viewer.js';
import { languageModelFromEnv } from '../llm/model.js';
import { onJobCreated } from '../match/rediscover/index.js';
import { handleMcpHttp } from '../mcp/http.js';
import { loadOrCreateMcpToken } from '../mcp/token.js';
import { createNlParser } from '../retrieval/nl/index.js';
import { logger } from '../shared/logger.js';
import { loadSlackConfig } from '../slack/config.js';
import { createSlackDoor } from '../slack/index.js';
import { createSlackDeps } from '../slack/mirror-deps.js';
import type { Door, ServeHooks } from './serve.js';

/**
 * Every door the serve process mounts, in start order: the search indexer (drains the outbox as
 * webhooks and syncs land), MCP over Streamable HTTP at /mcp, and the Slack bot when configured.
 */
export async function buildDoors(ctx: AppContext, hooks: ServeHooks): Promise<Door[]> {
  // Searches off the event loop, so webhooks, /healthz and Slack's 3-second acks never wait behind them (search-pool.ts).
  const workers = ctx.config.REDISCOVERY_SEARCH_WORKERS ?? defaultSearchWorkers();
  const searchPool = workers > 0 ? startSearchPool(ctx.config, workers) : undefined;
  const product = await openProduct(ctx, { autoDrain: false, searchPool });
  const doors: Door[] = [];

  let loop: ReturnType<typeof product.retrieval.startIndexer> | null = null;
  doors.push({
    name: 'indexer',
    async start() {
      loop = product.retrieval.startIndexer({ intervalMs: 1000 });
      hooks.onMirrorChanged(() => loop?.wake());
      hooks.onJobCreated((jobId) => {
        onJobCreated({ ...product.rediscover, now: () => new Date() }, jobId).catch((error) =>
          logger.warn({ jobId, err: (error as Error).message }, 'could not compute rediscovery matches for the new job'),
        );
      });
      loop.wake();
    },
    async stop() {
      await searchPool?.close();
      await product.close();
    },
    describe: () => `Search indexer running: webhook changes are searchable within seconds; searches on ${workers > 0 ? `${workers} worker thread${workers > 1 ? 's' : ''}` : 'the main thread'}`,
  });

  const mcpToken = loadOrCreateMcpToken(ctx.config.dataDir);
  const mcpDeps = product.mcpDeps('mcp:http');
  const allowedOrigins = ctx.config.MCP_ALLOWED_ORIGINS;
  doors.push({
    name: 'mcp',
    routes: { '* /mcp': (req, res) => handleMcpHttp(req, res, { deps: mcpDeps, token: mcpToken.token, allowedOrigins }) },
    describe: (baseUrl) =>
      `POST ${baseUrl}/mcp   (MCP Streamable HTTP; Authorization: Bearer <token> — ${mcpToken.source === 'env' ? 'from MCP_BEARER_TOKEN' : `in ${mcpToken.file}`})`,
  });

  const slackConfig = loadSlackConfig();
  if (slackConfig) {
    const vocab = () => nlVocabularyFromMirror(ctx.db, product.retrieval);
    // Rebuilt every few minutes so new jobs, stages and recruiters become understood words.
    let parser: { built: number; nl: ReturnType<typeof createNlParser> } | null = null;
    const model = languageModelFromEnv(ctx.config);
    const currentParser = () => {
      if (!parser || Date.now() - parser.built > 5 * 60_000) parser = { built: Date.now(), nl: createNlParser({ vocab: vocab(), model }) };
      return parser.nl;
    };
    const slack = createSlackDoor({
      config: slackConfig,
      deps: createSlackDeps({
        db: ctx.db,
        core: (actor) => product.mcpDeps(actor),
        channelVisibility: visibilityFor(ctx.config.REDISCOVERY_CONFIDENTIAL_ACCESS, 'slack'),
        parser: { parse: (text, now) => currentParser().parse(text, now) },
      }),
    });
    if (slack) doors.push(slack);
  }
  return doors;
}
