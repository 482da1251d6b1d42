import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { DESCRIPTION_MAX_CHARS, ID_MAX_CHARS } from '../../shared/input-limits.js';
import { defineTool } from '../define-tool.js';
import { CandidatesForJob, type McpDeps } from '../deps.js';

const Input = z.object({
  jobId: z.string().min(1).max(ID_MAX_CHARS).optional().describe('Ashby job id'),
  description: z.string().min(20).max(DESCRIPTION_MAX_CHARS).optional().describe('A pasted job description, when the job is not in Ashby'),
  limit: z.number().int().min(1).max(100).default(20),
  includeHired: z.boolean().default(false).describe('Also list people currently hired (employees); left out by default'),
});

/** find_candidates_for_job: rediscovery for a job id or a pasted description. */
export function registerFindCandidatesForJob(server: McpServer, deps: McpDeps): void {
  defineTool(server, deps, {
    name: 'find_candidates_for_job',
    title: 'Find candidates for a job',
    description:
      'Past and present candidates who fit a job, best first, each with reasons. Give jobId (an Ashby job) or description (pasted job text), not both. People currently hired are left out unless includeHired is true.',
    input: Input,
    output: CandidatesForJob,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run({ jobId, description, limit, includeHired }) {
      if (!jobId === !description) {
        throw new AppError('invalid_input', 'Give exactly one of jobId (an Ashby job id) or description (pasted job description text).');
      }
      const res = await deps.candidatesForJob({ jobId, description, limit, includeHired });
      return { output: res, resultCount: res.results.length };
    },
  });
}
