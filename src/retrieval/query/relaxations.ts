import { dropPart, interpretParts } from '../nl/interpretation.js';
import type { SearchRequestInput } from './search-request.js';

/*
 * "0 found; 14 if you drop 'reached Final Round'": when a request finds no one, re-run it with each
 * understood part dropped, one at a time, and say which single drop finds people. Only counts are
 * needed, so each re-run asks for one result and no facets.
 *
 * Order (cheapest and closest first): exact filters, then exclusions, then the Boolean query. A
 * filter drop only widens the exact predicate scan the request already paid for; the free text is
 * never dropped (in hybrid mode it cannot zero a search: the semantic recall net always adds
 * people, so the zero comes from filters), and the words are what the recruiter meant most.
 * At most `maxRuns` re-runs, so a request with many parts costs a bounded number of searches.
 */

export interface Relaxation {
  /** The part dropped (`filters.stageReached`, `filters.exclude.source`, `boolean`). */
  path: string;
  /** The part in recruiter words, as the interpretation shows it ("reached Final Round"). */
  words: string;
  /** Candidates the request finds without that part. */
  total: number;
}

const MAX_RELAXATION_RUNS = 8;

const rank = (path: string) => (path.startsWith('filters.exclude.') ? 1 : path.startsWith('filters.') ? 0 : 2);

/** Single-part relaxations that find someone, most results first; empty when no single drop helps. */
export async function closestRelaxations(
  request: SearchRequestInput,
  countOf: (request: SearchRequestInput) => Promise<number>,
  opts: { maxRuns?: number } = {},
): Promise<Relaxation[]> {
  const maxRuns = opts.maxRuns ?? MAX_RELAXATION_RUNS;
  const parts = interpretParts(request)
    .filter((p) => p.path !== 'text')
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => rank(a.path) - rank(b.path) || a.i - b.i)
    .slice(0, maxRuns);
  // A request with one part only relaxes to "everyone": not a suggestion worth making.
  if (parts.length < 2 && !request.text?.trim()) return [];
  const found: Relaxation[] = [];
  for (const part of parts) {
    const relaxed: SearchRequestInput = { ...dropPart(request, part.path), cursor: undefined, limit: 1, facets: false };
    const total = await countOf(relaxed);
    if (total > 0) found.push({ path: part.path, words: part.words, total });
  }
  return found.sort((a, b) => b.total - a.total);
}
