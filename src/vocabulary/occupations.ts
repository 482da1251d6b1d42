import { loadOnetSubset } from './onet.js';

/*
 * O*NET occupation structure beyond titles: related occupations (adjacency: a candidate from a related
 * occupation is a plausible move, not the same job) and job zones (1–5, the preparation an occupation
 * needs: a rough seniority scale).
 */

let byCode: Map<string, number> | undefined;

function indexOf(code: string | null): number | undefined {
  if (!code) return undefined;
  byCode ??= new Map(loadOnetSubset().occupations.map(([c], i) => [c, i]));
  return byCode.get(code);
}

/** Codes of the occupations O*NET lists as related to `code`, most related first (at most `limit`). */
export function relatedOccupations(code: string | null, limit = 10): string[] {
  const i = indexOf(code);
  if (i === undefined) return [];
  const subset = loadOnetSubset();
  return (subset.related?.[i] ?? []).slice(0, limit).map((j) => subset.occupations[j][0]);
}

/** O*NET job zone of an occupation (1 little preparation … 5 extensive), null when unknown. */
export function jobZoneOf(code: string | null): number | null {
  const i = indexOf(code);
  if (i === undefined) return null;
  return loadOnetSubset().jobZones?.[i] || null;
}
