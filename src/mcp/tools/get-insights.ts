import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { Insights } from '../../export/types.js';
import { INSIGHT_DIMENSIONS } from '../../retrieval/facets/dimensions.js';
import { LIST_MAX_ITEMS } from '../../shared/input-limits.js';
import { oneOf } from '../../shared/strict-object.js';
import { defineTool } from '../define-tool.js';
import type { McpDeps } from '../deps.js';
import { SearchReference, toSearchRequest } from '../search-reference.js';

const INSIGHT_DIMENSION_NAMES = Object.keys(INSIGHT_DIMENSIONS) as [string, ...string[]];
const Input = SearchReference.extend({
  dimensions: z.array(oneOf(INSIGHT_DIMENSION_NAMES, 'dimension')).max(LIST_MAX_ITEMS).optional().describe('e.g. location, currentCompany, skills, stage, rejectionReason; all when omitted'),
});

/** get_insights: distributions over a result set, with counts and shares. */
export function registerGetInsights(server: McpServer, deps: McpDeps): void {
  defineTool(server, deps, {
    name: 'get_insights',
    title: 'Get insights',
    description:
      'Distributions over the candidates a search matches (same text, boolean, filters as search_candidates): location, companies, titles, skills, years, education, stage, job, source, recruiter, rejection reason. Each value with count and share.',
    input: Input,
    output: Insights,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run({ dimensions, ...reference }) {
      const res = await deps.insights(toSearchRequest(reference), dimensions);
      return { output: res, resultCount: res.total };
    },
  });
}
