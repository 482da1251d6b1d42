import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { DESCRIPTION_MAX_CHARS, VALUE_MAX_CHARS } from '../../shared/input-limits.js';
import { defineTool } from '../define-tool.js';
import { CandidatesForJob, type ProductApi } from '../../app/product-api.js';

const Input = z.object({
  job: z.string().min(1).max(VALUE_MAX_CHARS).optional().describe('Ashby job id or job title in any words, e.g. "Senior Backend Engineer", "platform PM" (see list_jobs)'),
  description: z.string().min(20).max(DESCRIPTION_MAX_CHARS).optional().describe('Pasted job description, for a job not in Ashby'),
  limit: z.number().int().min(1).max(100).default(10),
  includeHired: z.boolean().default(false).describe('Also list people hired now (left out by default)'),
});

/** find_candidates_for_job: rediscovery for a job (id or title) or a pasted description. */
export function registerFindCandidatesForJob(server: McpServer, api: ProductApi): void {
  defineTool(server, api, {
    name: 'find_candidates_for_job',
    title: 'Find candidates for a job',
    description: 'Past and present candidates who fit a job, best first, each with reasons. Give job (id or title) or description, not both. People hired now are left out unless includeHired.',
    input: Input,
    output: CandidatesForJob,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run({ job, description, limit, includeHired }) {
      if (!job === !description) throw new AppError('invalid_input', 'Give exactly one of job (an Ashby job id or title) or description (pasted job description text).');
      const res = await api.rediscover({ job, description, limit, includeHired });
      const lines = [`${res.results.length} candidate(s) for ${res.job.title ?? 'the description'}${res.job.id ? ` [${res.job.id}]` : ''}:`];
      res.results.forEach((r, i) => lines.push(`${i + 1}. ${r.name}${r.currentTitle ? ` — ${r.currentTitle}` : ''}${r.currentCompany ? ` @ ${r.currentCompany}` : ''} [${r.candidateId}]: ${r.reasons.slice(0, 2).join('; ')}`));
      // The text names the two leading reasons; every reason is in the structured results (answer size: answer-budget.test.ts).
      return { output: res, resultCount: res.results.length, text: lines.join('\n') };
    },
  });
}
