import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { SearchRequest } from '../../retrieval/query/search-request.js';
import { defineTool } from '../define-tool.js';
import type { McpDeps } from '../deps.js';

const Input = SearchRequest.pick({ text: true, boolean: true, filters: true, mode: true });
const Output = z.object({
  path: z.string().describe('Where the file was written on the server host'),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  rowCount: z.number().int().describe('Candidates exported'),
});

/** export_candidates_xlsx: a search as an XLSX workbook, returned embedded and saved on the host. */
export function registerExportCandidatesXlsx(server: McpServer, deps: McpDeps): void {
  defineTool(server, deps, {
    name: 'export_candidates_xlsx',
    title: 'Export candidates to XLSX',
    description:
      'Export every candidate a search matches (same text, boolean and filters as search_candidates) to an Excel workbook: a Candidates sheet (one row per application), Insights with charts, and Provenance. Returns the file as an embedded resource and its path on the server. Large exports are refused above the configured row limit.',
    input: Input,
    output: Output,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    async run(request) {
      const file = await deps.exportXlsx({ request, actor: deps.actor });
      return {
        output: { path: file.path, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.bytes.length, rowCount: file.rowCount },
        resultCount: file.rowCount,
        extraContent: [
          {
            type: 'resource',
            resource: { uri: `rediscovery://exports/${encodeURIComponent(file.fileName)}`, mimeType: file.mimeType, blob: file.bytes.toString('base64') },
          },
        ],
      };
    },
  });
}
