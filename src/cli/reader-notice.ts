import type { AppContext } from '../app/context.js';
import type { RetrievalService } from '../retrieval/service.js';

/**
 * The line a reader prints (to stderr, so --json output stays clean) when the running `serve` has
 * changes it has not indexed yet; null when the answer is complete.
 */
export function readerNotice(ctx: Pick<AppContext, 'reader' | 'config'>, service: Pick<RetrievalService, 'syncStatus'>): string | null {
  if (!ctx.reader) return null;
  const { indexCheckpoint, outboxHead } = service.syncStatus();
  if (indexCheckpoint >= outboxHead) return null;
  return `Note: \`rediscovery serve\` (pid ${ctx.reader.pid}) is updating ${ctx.config.dataDir}: the index is being built, results may be incomplete.`;
}
