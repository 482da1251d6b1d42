import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { AddToJobPreview, AddToJobRequest, AddToJobResult } from '../../writes/add-candidate-to-job.js';
import { defineTool } from '../define-tool.js';
import type { McpDeps } from '../deps.js';

const Input = AddToJobRequest.extend({
  confirmationToken: z.string().min(1).optional().describe('From the preview; send it with the same parameters to perform the write'),
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
      'Create an Ashby application for a candidate and job. 1: call without confirmationToken for a preview and a 5-minute token. 2: only after the user agrees, call again with the same parameters and the token. Needs REDISCOVERY_ALLOW_WRITES=true.',
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
