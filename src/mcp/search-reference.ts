import { z, ZodError } from 'zod';
import { FILTER_KEYS, SearchFilters, SearchRequest, type SearchRequestInput } from '../retrieval/query/search-request.js';
import { AppError } from '../shared/errors.js';

/*
 * The search that get_insights and export_candidates_xlsx work over. Their `filters` are exactly
 * search_candidates' filters, but the schema says so in one sentence instead of repeating the 3.4 KB
 * filter schema in every tool (tools/list is read into the assistant's context on every session).
 * The filters are still validated here, against the same zod schema, with errors that name the key.
 */
export const SearchReference = z.object({
  text: SearchRequest.shape.text,
  boolean: SearchRequest.shape.boolean,
  filters: z.record(z.string().max(50), z.unknown()).optional().describe('Same keys and values as search_candidates filters'),
  mode: SearchRequest.shape.mode,
});
export type SearchReference = z.infer<typeof SearchReference>;

/** The SearchRequest a reference stands for; unknown or malformed filters are `invalid_input` naming the key. */
export function toSearchRequest(ref: SearchReference): SearchRequestInput {
  const filters = ref.filters ?? {};
  const unknown = Object.keys(filters).filter((k) => !(FILTER_KEYS as string[]).includes(k));
  if (unknown.length) throw new AppError('invalid_input', `Unknown filter ${unknown.map((k) => `"${k}"`).join(', ')}. Accepted filters: ${FILTER_KEYS.join(', ')}.`);
  try {
    return { text: ref.text, boolean: ref.boolean, mode: ref.mode, filters: SearchFilters.parse(filters) };
  } catch (err) {
    if (!(err instanceof ZodError)) throw err;
    const issues = err.issues.map((i) => `filters.${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('invalid_input', issues);
  }
}
