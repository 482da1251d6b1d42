import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { INSIGHT_DIMENSIONS } from '../../retrieval/facets/dimensions.js';
import { COMPANY_ATTRIBUTE_DIMENSIONS } from '../../retrieval/insights/insights.js';
import { AppError } from '../../shared/errors.js';
import { LIST_MAX_ITEMS, VALUE_MAX_CHARS } from '../../shared/input-limits.js';
import { oneOf } from '../../shared/strict-object.js';
import { defineTool } from '../define-tool.js';
import { insightsSummaryText } from '../insights-answer.js';
import { ExportInsights, type ProductApi } from '../../app/product-api.js';
import { SearchReference, toSearchRequest } from '../search-reference.js';

const INSIGHT_DIMENSION_NAMES = [...Object.keys(INSIGHT_DIMENSIONS), ...COMPANY_ATTRIBUTE_DIMENSIONS] as string[] as [string, ...string[]];
const DimensionList = z.array(oneOf(INSIGHT_DIMENSION_NAMES, 'dimension')).optional();
const Input = SearchReference.extend({
  // Names, not an enum, in the declared schema (tools/list size); checked against the dimensions in run().
  dimensions: z.array(z.string().min(1).max(VALUE_MAX_CHARS)).max(LIST_MAX_ITEMS).optional().describe('e.g. location, skills, stage; all when omitted'),
});

/** get_insights: distributions over a result set, with counts and shares. */
export function registerGetInsights(server: McpServer, api: ProductApi): void {
  defineTool(server, api, {
    name: 'get_insights',
    title: 'Get insights',
    description:
      'Counts and shares of search matches (search inputs): location, companies, titles, skills, years, education, languages, groups, interests, honors, industry/size (company file), stage, job, source, recruiter, rejection reason.',
    input: Input,
    output: ExportInsights,
    candidateWritten: true,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run({ dimensions, ...reference }) {
      const checked = DimensionList.safeParse(dimensions);
      if (!checked.success) throw new AppError('invalid_input', checked.error.issues[0]!.message);
      const res = await api.insights(toSearchRequest(reference), { dimensions });
      return { output: res, resultCount: res.total, text: insightsSummaryText(res) };
    },
  });
}
