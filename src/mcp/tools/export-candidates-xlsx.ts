import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import type { ProductApi } from '../../app/product-api.js';
import { exportUri } from '../resources.js';
import { SearchReference, toSearchRequest } from '../search-reference.js';

// Kept short: every tool's schema counts against the tools/list budget (answer-budget.test.ts).
const Input = SearchReference.extend({
  allReached: z.boolean().optional().describe('With text: list everyone the search reached, not only the best matches'),
});

const Output = z.object({
  uri: z.string().describe('Read the workbook with resources/read'),
  path: z.string().describe('The file on the server host'),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  rowCount: z.number().int().describe('Applications exported'),
  scope: z.string().optional().describe('Who is listed, e.g. "89 best matches of 502 reached"'),
});

/**
 * export_candidates_xlsx: a search as an XLSX workbook. The answer links to the file (a
 * resource_link); the bytes come through resources/read only when a client wants them — inline
 * base64 made this answer 687 KB for 300 candidates.
 */
export function registerExportCandidatesXlsx(server: McpServer, api: ProductApi): void {
  defineTool(server, api, {
    name: 'export_candidates_xlsx',
    title: 'Export candidates to XLSX',
    description:
      'Export a search (same text, boolean, filters as search_candidates) to an Excel workbook: Candidates, Insights with charts, Provenance. With text, the best matches (as insights); filters only, every match. Returns a resource link and the file path on the server.',
    input: Input,
    output: Output,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    async run({ allReached, ...reference }) {
      const file = await api.exportXlsx(toSearchRequest(reference), { allReached });
      const uri = exportUri(file.fileName);
      return {
        output: { uri, path: file.path, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.bytes.length, rowCount: file.rowCount, ...(file.scope ? { scope: file.scope } : {}) },
        resultCount: file.rowCount,
        text: `Exported ${file.rowCount} row(s)${file.scope ? ` (${file.scope})` : ''} to ${file.path} (${Math.round(file.bytes.length / 1024)} KB). Resource: ${uri}`,
        extraContent: [{ type: 'resource_link', uri, name: file.fileName, mimeType: file.mimeType, size: file.bytes.length, description: `${file.rowCount} candidate application(s)` }],
      };
    },
  });
}
