import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { SyncStatus, type ProductApi } from '../../app/product-api.js';

/*
 * Nested objects are named in words in the declared schema (tools/list is read into the assistant's
 * context every session); the output is checked against the full SyncStatus schema before it is sent.
 */
const Output = SyncStatus.extend({
  counts: z.record(z.string(), z.unknown()).describe('candidates, applications, jobs, files {ok, failed, pending}, webhookEventsPending'),
  lastSyncRun: z.record(z.string(), z.unknown()).nullable().describe('mode, startedAt, finishedAt, status (running | ok | failed), error'),
  extraction: z.record(z.string(), z.unknown()).describe('summary, ok by format, failed by reason, imageOnly, ocr'),
  stageHistory: z.record(z.string(), z.unknown()).describe('complete, total (applications)'),
});

/** get_sync_status: how fresh the mirror is. */
export function registerGetSyncStatus(server: McpServer, api: ProductApi): void {
  defineTool(server, api, {
    name: 'get_sync_status',
    title: 'Get sync status',
    description:
      'How current the Ashby mirror is: counts, resume text read by format and failures, last sync, last webhook, pending work, stage-history backfill, freshness. Check it when results look stale.',
    input: z.object({}),
    output: Output,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run() {
      const status = SyncStatus.parse(await api.status());
      return { output: status, resultCount: status.counts.candidates };
    },
  });
}
