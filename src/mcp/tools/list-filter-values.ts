import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { FILTER_VALUE_DIMENSIONS, FilterValue, type ProductApi } from '../../app/product-api.js';

const Input = z.object({
  dimension: z.enum(FILTER_VALUE_DIMENSIONS).describe('The search filter whose valid values to list'),
});
const Output = z.object({ dimension: z.string(), values: z.array(FilterValue).describe('Values present in the mirror, most common first') });

/** list_filter_values: the values a filter accepts, with how many candidates have each. */
export function registerListFilterValues(server: McpServer, api: ProductApi): void {
  defineTool(server, api, {
    name: 'list_filter_values',
    title: 'List filter values',
    description:
      'The values a search filter accepts (stage titles, job titles, recruiters, sources, rejection reasons, tags, companies, skills…) with candidate counts. Use it before filtering so names match the account.',
    input: Input,
    output: Output,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run({ dimension }) {
      const values = await api.filterValues(dimension);
      return { output: { dimension, values }, resultCount: values.length };
    },
  });
}
