import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { interpretRequest } from '../../retrieval/nl/interpretation.js';
import { EXCLUDE_KEYS, SearchFilters, SearchRequest, type SearchRequestInput } from '../../retrieval/query/search-request.js';
import { LIST_MAX_ITEMS, VALUE_MAX_CHARS } from '../../shared/input-limits.js';
import { defineTool } from '../define-tool.js';
import type { ProductApi } from '../../app/product-api.js';
import { compactSearch, CompactSearchOutput, searchSummaryText } from '../search-answer.js';

// tools/list is read into the assistant's context every session: `exclude` is declared as a record over
// the filter names instead of 17 repeated per-key schemas (~1.5 KB). Retrieval parses the whole request
// with SearchRequest again (execute-search.ts), so enum-valued keys (degree, applicationStatus) are still exact.
const ExcludeArg = z
  .partialRecord(z.enum(EXCLUDE_KEYS as [string, ...string[]]), z.array(z.string().min(1).max(VALUE_MAX_CHARS)).min(1).max(LIST_MAX_ITEMS))
  .optional()
  .describe('Drop anyone matching ANY value; keys as in filters, e.g. {"source": ["Agency"]}');

const Input = SearchRequest.extend({
  filters: SearchFilters.extend({ exclude: ExcludeArg }).optional().describe(SearchRequest.shape.filters.description ?? 'Exact filters'),
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
export function registerSearchCandidates(server: McpServer, api: ProductApi): void {
  defineTool(server, api, {
    name: 'search_candidates',
    title: 'Search candidates',
    description: DESCRIPTION,
    input: Input,
    output: Output,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(args) {
      const request = args as SearchRequestInput & typeof args; // exclude values re-validated by retrieval (see ExcludeArg)
      const res = await api.search(request);
      const output = { ...compactSearch(res, { facets: args.facets, filters: request.filters }), interpretation: interpretRequest(request) };
      return { output, resultCount: res.results.length, text: `Read as: ${output.interpretation}\n${searchSummaryText(output)}` };
    },
  });
}
