import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { TOKEN_MAX_CHARS } from '../../shared/input-limits.js';
import { defineTool } from '../define-tool.js';
import { AddToJobPreview, AddToJobRequest, AddToJobResult, type ProductApi } from '../../app/product-api.js';

const Input = AddToJobRequest.extend({
  confirmationToken: z.string().min(1).max(TOKEN_MAX_CHARS).optional().describe('From the preview; send it with the same parameters to perform the write'),
});
/* Checked against the full schemas below; declared with nested fields named in words (tools/list size). */
const FullOutput = z.object({ mode: z.enum(['preview', 'created']), preview: AddToJobPreview.nullable(), result: AddToJobResult.nullable() });
const Output = z.object({
  mode: z.enum(['preview', 'created']),
  preview: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('candidate {id, name}, job {id, title, status}, stage, source, existingApplication, writesEnabled, confirmationToken, expiresAt, summary'),
  result: z.record(z.string(), z.unknown()).nullable().describe('created, applicationId, candidateId, jobId, summary'),
});

/** add_candidate_to_job: the one write to Ashby, in two steps (preview, then confirm with the token). */
export function registerAddCandidateToJob(server: McpServer, api: ProductApi): void {
  defineTool(server, api, {
    name: 'add_candidate_to_job',
    title: 'Add candidate to job (Ashby write)',
    description:
      'Create an Ashby application for a candidate and job. 1: call without confirmationToken for a preview and a 5-minute token. 2: only after the user agrees, call again with the same parameters and the token. Needs REDISCOVERY_ALLOW_WRITES=true.',
    input: Input,
    output: Output,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    async run({ confirmationToken, ...request }) {
      if (!confirmationToken) {
        const preview = await api.previewAddToJob(request);
        return { output: FullOutput.parse({ mode: 'preview', preview, result: null }), resultCount: 0, text: preview.summary };
      }
      const result = await api.confirmAddToJob(request, confirmationToken);
      return { output: FullOutput.parse({ mode: 'created', preview: null, result }), resultCount: 1, text: result.summary };
    },
  });
}
