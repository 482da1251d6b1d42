import { z } from 'zod';
import type { CatalogCandidate } from '../catalog/types.js';
import { countValues, INSIGHT_DIMENSIONS, type ValueExtractor } from '../facets/dimensions.js';
import type { CompanyAttributes } from './company-attributes.js';

/** One bar of a chart: a value, how many candidates have it, and their share of the result set. */
const InsightBucket = z.object({ value: z.string(), count: z.number().int(), share: z.number() });

const InsightDimension = z.object({
  dimension: z.string(),
  label: z.string(),
  /** Candidates in the set with no value for this dimension (unknown location, no degree…). */
  missing: z.number().int(),
  buckets: z.array(InsightBucket),
});

/** A dimension the seed promises that this account's data cannot give, and why (never silently missing). */
const UnavailableDimension = z.object({ dimension: z.string(), label: z.string(), reason: z.string() });

/** Which people the insights describe: the whole filtered set, or the ranked matches of a free-text query above a floor. */
const InsightBasis = z.object({
  kind: z.enum(['all matches', 'relevant matches']),
  /** Candidates the request matched before the relevance floor. */
  matched: z.number().int(),
  description: z.string(),
});

/** Insights over a full result set, shaped for charts and XLSX sheets. */
export const SearchInsights = z.object({
  total: z.number().int(),
  asOf: z.string().nullable(),
  dimensions: z.array(InsightDimension),
  unavailable: z.array(UnavailableDimension).optional(),
  basis: InsightBasis.optional(),
});
export type SearchInsights = z.infer<typeof SearchInsights>;

const LABELS: Record<string, string> = {
  location: 'Location', currentCompany: 'Current company', currentTitle: 'Current title', pastCompany: 'Past company',
  pastTitle: 'Past title', skills: 'Skills', yearsExperience: 'Years of experience', yearsInRole: 'Years in current role',
  school: 'School', degree: 'Degree', major: 'Major', stage: 'Current stage', stageReached: 'Stage reached (any application)', job: 'Job', source: 'Source',
  recruiter: 'Recruiter', rejectionReason: 'Rejection reason', lastUpdated: 'Last updated',
  certifications: 'Certifications', languages: 'Languages',
  groups: 'Groups and affiliations', interests: 'Interests', honors: 'Honors and awards',
  industry: "Industry (current employer's, from the company attributes file)",
  companySize: "Company size (current employer's, from the company attributes file)",
};

/** Why a resume-section dimension is empty: no such section in the set's resumes (the reader can check). */
const SECTION_REASON: Record<string, string> = {
  groups: 'no resume in this set has an affiliations or memberships section with a group name in it',
  interests: 'no resume in this set has an interests or hobbies section with a short interest in it',
  honors: 'no resume in this set has an honors or awards section, or an award named in its accomplishments',
};

/** Industry and size come only from the user's company attributes file; without one they are "no data". */
const NO_COMPANY_FILE: z.infer<typeof UnavailableDimension>[] = [
  { dimension: 'industry', label: 'Industry', reason: "no company attributes file: set REDISCOVERY_COMPANY_ATTRIBUTES to a company,industry,size CSV (an employer's industry is never guessed)" },
  { dimension: 'companySize', label: 'Company size', reason: 'no company attributes file: set REDISCOVERY_COMPANY_ATTRIBUTES to a company,industry,size CSV (company size is not in Ashby or resumes)' },
];

/** Dimensions that exist only with a company attributes file (a door that checks dimension names accepts them). */
export const COMPANY_ATTRIBUTE_DIMENSIONS = ['industry', 'companySize'] as const;

/** The current employer's industry and size, looked up in the user's file. */
function companyDimensions(file: CompanyAttributes): Record<string, ValueExtractor> {
  return {
    industry: (c) => [file.lookup(c.currentCompany)?.industry ?? null],
    companySize: (c) => [file.lookup(c.currentCompany)?.size ?? null],
  };
}

/** Buckets keep a natural order; every other dimension is sorted by count. */
const ORDERED: Record<string, string[]> = {
  yearsExperience: ['0-2 years', '3-5 years', '6-10 years', '11-15 years', '16+ years'],
  yearsInRole: ['0-2 years', '3-5 years', '6-10 years', '11-15 years', '16+ years'],
  lastUpdated: ['last 30 days', '30-90 days ago', '3-12 months ago', '1-2 years ago', 'over 2 years ago'],
};

/** Count and share every insight dimension over `candidates`; the top `limit` values per dimension. */
export function computeInsights(candidates: CatalogCandidate[], opts: { now: Date; asOf: string | null; limit?: number; basis?: z.infer<typeof InsightBasis>; companyAttributes?: CompanyAttributes | null }): SearchInsights {
  const total = candidates.length;
  const limit = opts.limit ?? 25;
  const file = opts.companyAttributes ?? null;
  const extractors = file ? { ...INSIGHT_DIMENSIONS, ...companyDimensions(file) } : INSIGHT_DIMENSIONS;
  const counts = countValues(candidates, extractors, opts.now);
  const present = countValues(candidates, Object.fromEntries(Object.entries(extractors).map(([k, f]) => [k, (c, now) => (f(c, now).some(Boolean) ? ['yes'] : [])])), opts.now);
  const dimensions = Object.keys(extractors).map((dimension) => {
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
  // A dimension no candidate in the set has a value for is "no data" with its reason, not an empty chart.
  const empty = dimensions.filter((d) => d.buckets.length === 0 && total > 0);
  const unavailable = [
    ...empty.map((d) => ({ dimension: d.dimension, label: d.label, reason: emptyReason(d, file) })),
    ...(file ? [] : NO_COMPANY_FILE),
  ];
  return { total, asOf: opts.asOf, dimensions: dimensions.filter((d) => !empty.includes(d)), unavailable, ...(opts.basis ? { basis: opts.basis } : {}) };
}

function emptyReason(d: { dimension: string; label: string }, file: CompanyAttributes | null): string {
  if (file && (d.dimension === 'industry' || d.dimension === 'companySize')) {
    const what = d.dimension === 'industry' ? 'an industry' : 'a size';
    return `no current employer of a candidate in this set is in the company attributes file with ${what} (${file.companies} ${file.companies === 1 ? 'company' : 'companies'} listed, matched by name after removing case, accents, punctuation and legal suffixes)`;
  }
  if (SECTION_REASON[d.dimension]) return SECTION_REASON[d.dimension]!;
  return `no candidate in this set has a ${d.label.toLowerCase()} value in their profile or applications`;
}
