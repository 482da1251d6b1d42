import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { JobSummary, type ProductApi } from '../../app/product-api.js';

const Input = z.object({
  query: z.string().max(200).optional().describe('Words of the title, department or location, any order; shorthand such as PM, SRE works, e.g. "platform PM"'),
  status: z.array(z.enum(['Open', 'Closed', 'Archived', 'Draft'])).min(1).max(4).optional(),
});
const Output = z.object({ jobs: z.array(JobSummary) });

/** list_jobs: from "the platform PM role" to a job id, for find_candidates_for_job and the job filters. */
export function registerListJobs(server: McpServer, api: ProductApi): void {
  defineTool(server, api, {
    name: 'list_jobs',
    title: 'List jobs',
    description: 'Jobs in the mirror (id, title, status, department, location, applications), open first. Filter by words and status.',
    input: Input,
    output: Output,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run({ query, status }) {
      const jobs = await api.listJobs({ query, status });
      const text = jobs.length
        ? jobs.map((j) => `${j.title} — ${j.status}${j.department ? `, ${j.department}` : ''}${j.location ? `, ${j.location}` : ''} · ${j.applications} applications [${j.id}]`).join('\n')
        : `No job matches${query ? ` "${query}"` : ''}.`;
      return { output: { jobs }, resultCount: jobs.length, text };
    },
  });
}
