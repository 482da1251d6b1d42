import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { TOKEN_MAX_CHARS } from '../../shared/input-limits.js';
import { AddToJobPreview, AddToJobRequest, AddToJobResult } from '../../writes/add-candidate-to-job.js';
import { defineTool } from '../define-tool.js';
import type { McpDeps } from '../deps.js';

const Input = AddToJobRequest.extend({
  confirmationToken: z.string().min(1).max(TOKEN_MAX_CHARS).optional().describe('From the preview; send it with the same parameters to perform the write'),
});
const Output = z.object({
  mode: z.enum(['preview', 'created']),
  preview: AddToJobPreview.nullable(),
  result: AddToJobResult.nullable(),
});

/** add_candidate_to_job: the one write to Ashby, in two steps (preview, then confirm with the token). */
export function registerAddCandidateToJob(server: McpServer, deps: McpDeps): void {
  defineTool(server, deps, {
    name: 'add_candidate_to_job',
    title: 'Add candidate to job (Ashby write)',
    description:
      'Create an application in Ashby for a candidate and job. Step 1: call without confirmationToken to get a preview (who, which job, which stage, whether they already have an application there) and a token valid for 5 minutes. Step 2: after the user agrees, call again with the same parameters and the token. Writes must be enabled on the server (REDISCOVERY_ALLOW_WRITES=true).',
    input: Input,
    output: Output,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    async run({ confirmationToken, ...request }) {
      if (!confirmationToken) {
        const preview = await deps.previewAddToJob(request);
        return { output: { mode: 'preview' as const, preview, result: null }, resultCount: 0 };
      }
      const result = await deps.confirmAddToJob(request, confirmationToken, deps.actor);
      return { output: { mode: 'created' as const, preview: null, result }, resultCount: 1 };
    },
  });
}
