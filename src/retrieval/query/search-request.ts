import { z } from 'zod';
import { LIST_MAX_ITEMS, TEXT_MAX_CHARS, TOKEN_MAX_CHARS, VALUE_MAX_CHARS } from '../../shared/input-limits.js';
import { strictObject } from '../../shared/strict-object.js';

/*
 * The one query language. The CLI, MCP tools, the Slack bot (offline NL parser and LLM) and exports
 * all build a SearchRequest; src/retrieval executes it. Several values of one filter mean OR;
 * different filters mean AND. Filter values are names as recruiters see them (job titles, stage
 * titles, recruiter names…) or Ashby ids; unknown values are an error listing the closest valid ones.
 */

/** One value filter's list: several names or ids, OR'ed (also the shared `values` definition in tools/list). */
export const FilterValues = z.array(z.string().min(1).max(VALUE_MAX_CHARS)).min(1).max(LIST_MAX_ITEMS);
const values = FilterValues;

export const DateRange = strictObject(
  {
    after: z.string().max(VALUE_MAX_CHARS).describe('ISO date or date-time, inclusive').optional(),
    before: z.string().max(VALUE_MAX_CHARS).describe('ISO date or date-time, exclusive').optional(),
  },
  'date bound',
)
  .describe('A date range; either bound may be omitted');
export type DateRange = z.infer<typeof DateRange>;

const YearsRange = strictObject({ min: z.number().min(0).optional(), max: z.number().min(0).optional() }, 'years bound');

const applicationStatuses = z.array(z.enum(['Active', 'Archived', 'Hired', 'Lead'])).min(1).max(LIST_MAX_ITEMS);
const degrees = z.array(z.enum(['high school', 'associate', 'bachelor', 'master', 'doctorate', 'certificate/diploma'])).min(1).max(LIST_MAX_ITEMS);

/**
 * The negative side of every value filter: a candidate who matches any listed value (by the same
 * predicate the positive filter uses) is dropped before ranking. "Not rejected for skills" is
 * `exclude.rejectionReason`, "not from agencies" is `exclude.source`, and so on for every key.
 */
export const ExcludeFilters = strictObject({
  stage: values.optional().describe('Drop candidates currently in these stage(s)'),
  stageReached: values.optional().describe('Drop candidates who ever reached these stage(s)'),
  job: values.optional().describe('Drop candidates who applied to these job(s)'),
  department: values.optional().describe('Drop candidates with applications in these department(s)'),
  recruiter: values.optional().describe('Drop candidates with these recruiter(s)'),
  source: values.optional().describe('Drop candidates from these source(s)'),
  rejectionReason: values.optional().describe('Drop candidates archived for these reason(s)'),
  applicationStatus: applicationStatuses.optional().describe('Drop candidates with an application in these status(es)'),
  tag: values.optional(),
  currentTitle: values.optional(),
  pastTitle: values.optional(),
  currentCompany: values.optional(),
  pastCompany: values.optional(),
  location: values.optional(),
  skill: values.optional(),
  school: values.optional(),
  degree: degrees.optional(),
}, 'exclude filter');
export type ExcludeFilters = z.infer<typeof ExcludeFilters>;

/** The value-list keys `exclude` accepts: the same names as the positive filters. */
export const EXCLUDE_KEYS = Object.keys(ExcludeFilters.shape) as (keyof ExcludeFilters)[];

export const SearchFilters = strictObject({
  /** Stage the candidate is in now (any of their applications). */
  stage: values.optional().describe('Current interview stage title(s), e.g. "Onsite"'),
  /** Stage the candidate reached at some point (stage history), or any later stage in the same plan. */
  stageReached: values.optional().describe('Stage title(s) the candidate ever reached, e.g. "Onsite"'),
  job: values.optional().describe('Job title(s) or ids the candidate applied to'),
  department: values.optional().describe('Department name(s) of the jobs applied to'),
  recruiter: values.optional().describe('Recruiter name(s) on the application hiring team, or the credited user'),
  source: values.optional().describe('Source title(s), e.g. "Referral", "LinkedIn"'),
  rejectionReason: values.optional().describe('Archive (rejection) reason text(s)'),
  applicationStatus: applicationStatuses.optional(),
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
  degree: degrees.optional(),
  exclude: ExcludeFilters.optional()
    .describe('Drop every candidate matching ANY of these values (e.g. {"rejectionReason": ["Compensation"], "source": ["Agency"]})'),
}, 'filter');
export type SearchFilters = z.infer<typeof SearchFilters>;

export const FILTER_KEYS = Object.keys(SearchFilters.shape) as (keyof SearchFilters)[];

export const SearchRequest = strictObject({
  /** Free text: meaning (semantic) plus keywords (BM25). */
  text: z.string().max(TEXT_MAX_CHARS).optional().describe('Free text, matched by meaning and by keywords'),
  /**
   * Boolean keyword query: AND, OR, NOT/-term, "quoted phrases", parentheses, field prefixes
   * (title:, company:, skill:, school:). Every result must satisfy it.
   */
  boolean: z.string().max(TEXT_MAX_CHARS).optional().describe('Boolean keyword query that every result must satisfy'),
  filters: SearchFilters.default({}),
  mode: z.enum(['hybrid', 'keyword', 'vector']).default('hybrid'),
  limit: z.number().int().min(1).max(500).default(20),
  /** Opaque paging cursor from a previous response. */
  cursor: z.string().max(TOKEN_MAX_CHARS).optional(),
  /** Fold duplicate records of one person into one result (default on). */
  collapseDuplicates: z.boolean().default(true),
  facets: z.boolean().default(true),
}, 'search field');
export type SearchRequest = z.infer<typeof SearchRequest>;
export type SearchRequestInput = z.input<typeof SearchRequest>;

export const MatchedFilter = z.object({ filter: z.string(), values: z.array(z.string()) });

const Why = z.object({
  matchedTerms: z.array(z.string()),
  snippet: z.string().nullable().describe('Short excerpt with matches wrapped in **'),
  keywordScore: z.number().nullable(),
  semanticSimilarity: z.number().nullable(),
  filtersSatisfied: z.array(MatchedFilter),
  summary: z.string().describe('One sentence a recruiter can read'),
});
type Why = z.infer<typeof Why>;

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
  // Optional: search results always carry them; rediscovery rows (candidate-pool) do not yet.
  archiveReason: z.string().nullable().optional().describe('Rejection (archive) reason, when archived'),
  appliedAt: z.string().optional(),
  updatedAt: z.string(),
  // An archived application's current stage is the plan's "Archived": how far it got is only in its history.
  stagesReached: z.array(z.string()).optional().describe('Stages this application reached, oldest first'),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const SearchResult = RankedCandidate.extend({
  applications: z.array(ApplicationSummary),
  duplicateIds: z.array(z.string()).describe('Other records of the same person'),
  why: Why,
});
export type SearchResult = z.infer<typeof SearchResult>;

const FacetValue = z.object({ value: z.string(), count: z.number().int() });
export const Facets = z.record(z.string(), z.array(FacetValue));
export type Facets = z.infer<typeof Facets>;

export const SearchResponse = z.object({
  results: z.array(SearchResult),
  total: z.number().int().describe('Candidates matching every filter and the Boolean query'),
  /** With free text: how many of `total` are best matches (relevance-floor.ts), the people an export lists by default. */
  bestMatches: z.number().int().optional(),
  facets: Facets,
  asOf: z.string().nullable().describe('When the mirror was last brought up to date'),
  nextCursor: z.string().nullable(),
  mode: z.enum(['hybrid', 'keyword', 'vector']),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
