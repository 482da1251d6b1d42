import type { KnownBlock } from '@slack/types';
import type { SyncStatus } from '../../views/sync-status.js';
import { context, esc, section, slackDate } from './limits.js';

/** `/rediscover status`: freshness, last sync, counts, and what is still pending. */
export function statusMessage(s: SyncStatus): { text: string; blocks: KnownBlock[] } {
  const c = s.counts;
  const text = `Mirror updated ${s.freshness}: ${c.candidates} candidates, ${c.applications} applications, ${c.jobs} jobs.`;
  const run = s.lastSyncRun
    ? `Last sync: ${esc(s.lastSyncRun.mode)}, ${esc(s.lastSyncRun.status)}, started ${slackDate(s.lastSyncRun.startedAt)}${s.lastSyncRun.error ? ` — error: ${esc(s.lastSyncRun.error)}` : ''}`
    : 'No sync has run yet.';
  return {
    text,
    blocks: [
      section(`*Mirror updated ${esc(s.freshness)}*${s.asOf ? ` (${slackDate(s.asOf)})` : ''}`),
      section(
        [
          `• ${c.candidates} candidates, ${c.applications} applications, ${c.jobs} jobs`,
          `• Resumes: ${c.files.ok} parsed, ${c.files.failed} failed, ${c.files.pending} pending`,
          `• Text read: ${esc(s.extraction.summary)}`,
          `• Webhook events waiting: ${c.webhookEventsPending} · candidates waiting to be re-indexed: ${s.outboxBacklog}`,
          `• Stage history: ${s.stageHistory.complete} of ${s.stageHistory.total} applications${s.stageHistory.complete < s.stageHistory.total ? ' (backfill running: active and recent first)' : ''}`,
        ].join('\n'),
      ),
      context(run),
    ],
  };
}
