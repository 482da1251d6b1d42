import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { interpretRequest } from '../../retrieval/nl/interpretation.js';
import { SearchRequest, SearchResponse } from '../../retrieval/query/search-request.js';
import { defineTool } from '../define-tool.js';
import type { McpDeps } from '../deps.js';

const DESCRIPTION = [
  'Search every candidate in the Ashby mirror (past applicants included) by meaning, keywords and filters.',
  '`text`: free text matched by meaning and keywords. `boolean`: keyword query every result must satisfy',
  '(AND, OR, NOT or -term, "quoted phrases", parentheses, prefixes title:, company:, skill:, school:).',
  '`filters`: several values of one filter mean OR, different filters mean AND; values are names as recruiters',
  'see them (use list_filter_values to see valid ones) or Ashby ids. `mode`: hybrid (default), keyword or vector.',
  '`filters.exclude` takes the same keys and drops every candidate matching any listed value (e.g. {"source": ["Agency"]}).',
  'Page with `limit` and the `nextCursor` of the previous response. Each result says why it matched;',
  '`interpretation` says how the request was read, in the words Slack shows recruiters.',
].join(' ');

const Output = SearchResponse.extend({
  interpretation: z.string().describe('The request in recruiter words, e.g. "reached Onsite · not rejected for Compensation · applied since Mar 2026"'),
});

/** search_candidates: the full query language over the mirror. */
export function registerSearchCandidates(server: McpServer, deps: McpDeps): void {
  defineTool(server, deps, {
    name: 'search_candidates',
    title: 'Search candidates',
    description: DESCRIPTION,
    input: SearchRequest,
    output: Output,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(args) {
      const res = await deps.search(args);
      return { output: { ...res, interpretation: interpretRequest(args) }, resultCount: res.results.length };
    },
  });
}
