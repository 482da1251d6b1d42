import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { SyncStatus } from '../../views/sync-status.js';
import { defineTool } from '../define-tool.js';
import type { McpDeps } from '../deps.js';

/** get_sync_status: how fresh the mirror is. */
export function registerGetSyncStatus(server: McpServer, deps: McpDeps): void {
  defineTool(server, deps, {
    name: 'get_sync_status',
    title: 'Get sync status',
    description:
      'How current the local Ashby mirror is: record counts, resume text coverage by format (PDF, DOCX, DOC, RTF, ODT, OCR) with failures by reason and image-only PDFs, the last sync run, the last webhook, pending work, and the freshness in words. Check it when results look stale.',
    input: z.object({}),
    output: SyncStatus,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run() {
      const status = await deps.syncStatus();
      return { output: status, resultCount: status.counts.candidates };
    },
  });
}
