import { z } from 'zod';
import type { CatalogCandidate } from '../catalog/types.js';
import { countValues, INSIGHT_DIMENSIONS } from '../facets/dimensions.js';

/** One bar of a chart: a value, how many candidates have it, and their share of the result set. */
export const InsightBucket = z.object({ value: z.string(), count: z.number().int(), share: z.number() });

export const InsightDimension = z.object({
  dimension: z.string(),
  label: z.string(),
  /** Candidates in the set with no value for this dimension (unknown location, no degree…). */
  missing: z.number().int(),
  buckets: z.array(InsightBucket),
});

/** Insights over a full result set, shaped for charts and XLSX sheets. */
export const Insights = z.object({
  total: z.number().int(),
  asOf: z.string().nullable(),
  dimensions: z.array(InsightDimension),
});
export type Insights = z.infer<typeof Insights>;

const LABELS: Record<string, string> = {
  location: 'Location', currentCompany: 'Current company', currentTitle: 'Current title', pastCompany: 'Past company',
  pastTitle: 'Past title', skills: 'Skills', yearsExperience: 'Years of experience', yearsInRole: 'Years in current role',
  school: 'School', degree: 'Degree', major: 'Major', stage: 'Current stage', job: 'Job', source: 'Source',
  recruiter: 'Recruiter', rejectionReason: 'Rejection reason', lastUpdated: 'Last updated',
};

/** Buckets keep a natural order; every other dimension is sorted by count. */
const ORDERED: Record<string, string[]> = {
  yearsExperience: ['0-2 years', '3-5 years', '6-10 years', '11-15 years', '16+ years'],
  yearsInRole: ['0-2 years', '3-5 years', '6-10 years', '11-15 years', '16+ years'],
  lastUpdated: ['last 30 days', '30-90 days ago', '3-12 months ago', '1-2 years ago', 'over 2 years ago'],
};

/** Count and share every insight dimension over `candidates`; the top `limit` values per dimension. */
export function computeInsights(candidates: CatalogCandidate[], opts: { now: Date; asOf: string | null; limit?: number }): Insights {
  const total = candidates.length;
  const limit = opts.limit ?? 25;
  const counts = countValues(candidates, INSIGHT_DIMENSIONS, opts.now);
  const present = countValues(candidates, Object.fromEntries(Object.entries(INSIGHT_DIMENSIONS).map(([k, f]) => [k, (c, now) => (f(c, now).some(Boolean) ? ['yes'] : [])])), opts.now);
  const dimensions = Object.keys(INSIGHT_DIMENSIONS).map((dimension) => {
    const entries = [...counts.get(dimension)!.entries()];
    const order = ORDERED[dimension];
    entries.sort(order ? (a, b) => order.indexOf(a[0]) - order.indexOf(b[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return {
      dimension,
      label: LABELS[dimension] ?? dimension,
      missing: total - (present.get(dimension)!.get('yes') ?? 0),
      buckets: entries.slice(0, limit).map(([value, count]) => ({ value, count, share: total ? Math.round((count / total) * 10000) / 10000 : 0 })),
    };
  });
  return { total, asOf: opts.asOf, dimensions };
}
