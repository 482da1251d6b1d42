import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { Insights } from '../../export/types.js';
import { SearchRequest } from '../../retrieval/query/search-request.js';
import { INSIGHT_DIMENSIONS } from '../../retrieval/facets/dimensions.js';
import { LIST_MAX_ITEMS } from '../../shared/input-limits.js';
import { oneOf } from '../../shared/strict-object.js';
import { defineTool } from '../define-tool.js';
import type { McpDeps } from '../deps.js';

const INSIGHT_DIMENSION_NAMES = Object.keys(INSIGHT_DIMENSIONS) as [string, ...string[]];
const Input = SearchRequest.pick({ text: true, boolean: true, filters: true, mode: true }).extend({
  dimensions: z
    .array(oneOf(INSIGHT_DIMENSION_NAMES, 'dimension'))
    .max(LIST_MAX_ITEMS)
    .optional()
    .describe('Which dimensions (e.g. location, currentCompany, currentTitle, skills, yearsExperience, stage, job, source, recruiter, rejectionReason); all when omitted'),
});

/** get_insights: distributions over a result set, with counts and shares. */
export function registerGetInsights(server: McpServer, deps: McpDeps): void {
  defineTool(server, deps, {
    name: 'get_insights',
    title: 'Get insights',
    description:
      'Distributions over the candidates a search matches (same text, boolean and filters as search_candidates): location, current and past company and title, skills, years of experience, school, degree, stage, job, source, recruiter, rejection reason, last updated. Each value has a count and a share of the total.',
    input: Input,
    output: Insights,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run({ dimensions, ...request }) {
      const res = await deps.insights(request, dimensions);
      return { output: res, resultCount: res.total };
    },
  });
}
