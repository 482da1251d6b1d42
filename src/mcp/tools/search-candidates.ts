import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { interpretRequest } from '../../retrieval/nl/interpretation.js';
import { SearchRequest } from '../../retrieval/query/search-request.js';
import { defineTool } from '../define-tool.js';
import type { McpDeps } from '../deps.js';
import { compactSearch, CompactSearchOutput, searchSummaryText } from '../search-answer.js';

const Input = SearchRequest.extend({
  limit: z.number().int().min(1).max(100).default(10),
  facets: z.boolean().default(false).describe(`Add the top values of each filter dimension over all matches`),
});

const DESCRIPTION = [
  'Search every candidate in the Ashby mirror, past applicants included. `text`: free text by meaning and keywords;',
  'a name, e-mail or phone finds that person first. `boolean`: keywords every result must have (AND, OR, NOT/-term,',
  '"phrases", (groups), title: company: skill: school:). `filters`: one filter\'s values OR, different filters AND;',
  'values are names as recruiters see them (list_filter_values, list_jobs) or Ashby ids; `filters.exclude` drops anyone',
  'matching a listed value. Page with `cursor`. Each result: current role, the application that explains the match, why;',
  '`interpretation`: the request in recruiter words.',
].join(' ');

const Output = CompactSearchOutput.extend({ interpretation: z.string().describe('The request in recruiter words') });

/** search_candidates: the full query language over the mirror, answered compactly (search-answer.ts). */
export function registerSearchCandidates(server: McpServer, deps: McpDeps): void {
  defineTool(server, deps, {
    name: 'search_candidates',
    title: 'Search candidates',
    description: DESCRIPTION,
    input: Input,
    output: Output,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(args) {
      const res = await deps.search(args);
      const output = { ...compactSearch(res, { facets: args.facets, filters: args.filters }), interpretation: interpretRequest(args) };
      return { output, resultCount: res.results.length, text: `Read as: ${output.interpretation}\n${searchSummaryText(output)}` };
    },
  });
}
