import type { CatalogCandidate } from '../catalog/types.js';
import type { Facets } from '../query/search-request.js';
import { countValues, FACET_DIMENSIONS } from './dimensions.js';

/** Values shown per facet dimension; the long tail stays reachable through `filterValues`. */
export const FACET_VALUE_LIMIT = 30;

/**
 * For every filter dimension, the values present in the result set with candidate counts, most
 * frequent first. A dimension with no values in the set is omitted.
 */
export function computeFacets(candidates: Iterable<CatalogCandidate>, now: Date, limit = FACET_VALUE_LIMIT): Facets {
  const facets: Facets = {};
  for (const [dimension, counts] of countValues(candidates, FACET_DIMENSIONS, now)) {
    if (counts.size === 0) continue;
    facets[dimension] = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([value, count]) => ({ value, count }));
  }
  return facets;
}
