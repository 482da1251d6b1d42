import { z } from 'zod';

/*
 * The one query language. The CLI, MCP tools, the Slack bot (offline NL parser and LLM) and exports
 * all build a SearchRequest; src/retrieval executes it. Several values of one filter mean OR;
 * different filters mean AND. Filter values are names as recruiters see them (job titles, stage
 * titles, recruiter names…) or Ashby ids; unknown values are an error listing the closest valid ones.
 */

const values = z.array(z.string().min(1)).min(1);

export const DateRange = z
  .object({
    after: z.string().describe('ISO date or date-time, inclusive').optional(),
    before: z.string().describe('ISO date or date-time, exclusive').optional(),
  })
  .describe('A date range; either bound may be omitted');
export type DateRange = z.infer<typeof DateRange>;

export const YearsRange = z.object({ min: z.number().min(0).optional(), max: z.number().min(0).optional() });

export const SearchFilters = z.object({
  /** Stage the candidate is in now (any of their applications). */
  stage: values.optional().describe('Current interview stage title(s), e.g. "Onsite"'),
  /** Stage the candidate reached at some point (stage history), or any later stage in the same plan. */
  stageReached: values.optional().describe('Stage title(s) the candidate ever reached, e.g. "Onsite"'),
  job: values.optional().describe('Job title(s) or ids the candidate applied to'),
  department: values.optional().describe('Department name(s) of the jobs applied to'),
  recruiter: values.optional().describe('Recruiter name(s) on the application hiring team, or the credited user'),
  source: values.optional().describe('Source title(s), e.g. "Referral", "LinkedIn"'),
  rejectionReason: values.optional().describe('Archive (rejection) reason text(s)'),
  notRejectionReason: values.optional().describe('Exclude candidates archived for these reason(s)'),
  applicationStatus: z.array(z.enum(['Active', 'Archived', 'Hired', 'Lead'])).min(1).optional(),
  tag: values.optional().describe('Candidate tag title(s)'),
  updated: DateRange.optional().describe('Last activity (candidate or application updatedAt)'),
  applied: DateRange.optional().describe('Application created date'),
  currentTitle: values.optional(),
  pastTitle: values.optional().describe('Any title in the work history (current or past)'),
  currentCompany: values.optional(),
  pastCompany: values.optional().describe('Any company in the work history (current or past)'),
  location: values.optional().describe('City, region or country'),
  skill: values.optional().describe('Canonical skill names; synonyms are normalised (k8s → Kubernetes)'),
  yearsExperience: YearsRange.optional(),
  school: values.optional(),
  degree: z.array(z.enum(['high school', 'associate', 'bachelor', 'master', 'doctorate', 'certificate/diploma'])).min(1).optional(),
  excludeJob: values.optional().describe('Exclude candidates who applied to these job(s)'),
  excludeDepartment: values.optional().describe('Exclude candidates whose applications are in these department(s)'),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

export const FILTER_KEYS = Object.keys(SearchFilters.shape) as (keyof SearchFilters)[];

export const SearchRequest = z.object({
  /** Free text: meaning (semantic) plus keywords (BM25). */
  text: z.string().max(2000).optional().describe('Free text, matched by meaning and by keywords'),
  /**
   * Boolean keyword query: AND, OR, NOT/-term, "quoted phrases", parentheses, field prefixes
   * (title:, company:, skill:, school:). Every result must satisfy it.
   */
  boolean: z.string().max(2000).optional().describe('Boolean keyword query that every result must satisfy'),
  filters: SearchFilters.default({}),
  mode: z.enum(['hybrid', 'keyword', 'vector']).default('hybrid'),
  limit: z.number().int().min(1).max(500).default(20),
  /** Opaque paging cursor from a previous response. */
  cursor: z.string().optional(),
  /** Fold duplicate records of one person into one result (default on). */
  collapseDuplicates: z.boolean().default(true),
  facets: z.boolean().default(true),
});
export type SearchRequest = z.infer<typeof SearchRequest>;
export type SearchRequestInput = z.input<typeof SearchRequest>;

export const MatchedFilter = z.object({ filter: z.string(), values: z.array(z.string()) });

export const Why = z.object({
  matchedTerms: z.array(z.string()),
  snippet: z.string().nullable().describe('Short excerpt with matches wrapped in **'),
  keywordScore: z.number().nullable(),
  semanticSimilarity: z.number().nullable(),
  filtersSatisfied: z.array(MatchedFilter),
  summary: z.string().describe('One sentence a recruiter can read'),
});
export type Why = z.infer<typeof Why>;

/** Who a ranked candidate is, as every result list shows it (search results, job matches). */
export const RankedCandidate = z.object({
  candidateId: z.string(),
  name: z.string(),
  score: z.number(),
  currentTitle: z.string().nullable(),
  currentCompany: z.string().nullable(),
  location: z.string().nullable(),
  profileUrl: z.string().nullable(),
});

/** One application as a result shows it: the same job, stage, status and recruiter as the profile view. */
export const ApplicationSummary = z.object({
  applicationId: z.string(),
  job: z.string().nullable(),
  stage: z.string().nullable().describe('Current interview stage'),
  status: z.string().describe('Active | Archived | Hired | Lead'),
  recruiter: z.string().nullable().describe('The recruiter on the hiring team'),
  updatedAt: z.string(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const SearchResult = RankedCandidate.extend({
  applications: z.array(ApplicationSummary),
  duplicateIds: z.array(z.string()).describe('Other records of the same person'),
  why: Why,
});
export type SearchResult = z.infer<typeof SearchResult>;

export const FacetValue = z.object({ value: z.string(), count: z.number().int() });
export const Facets = z.record(z.string(), z.array(FacetValue));
export type Facets = z.infer<typeof Facets>;

export const SearchResponse = z.object({
  results: z.array(SearchResult),
  total: z.number().int().describe('Candidates matching every filter and the Boolean query'),
  facets: Facets,
  asOf: z.string().nullable().describe('When the mirror was last brought up to date'),
  nextCursor: z.string().nullable(),
  mode: z.enum(['hybrid', 'keyword', 'vector']),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
