import type { z } from 'zod';
import type { MatchedFilter as MatchedFilterSchema } from '../query/search-request.js';

/** One filter a result satisfied, with the values it matched. */
export type MatchedFilter = z.infer<typeof MatchedFilterSchema>;

/** A filter value resolved against the account: ids for entities, lower-cased keys for free-form facts. */
export interface ResolvedValues {
  ids: Set<string>;
  keys: Set<string>;
  /** Display values, for `why.filtersSatisfied`. */
  labels: string[];
}

export interface ResolvedRange {
  after?: string;
  before?: string;
}

export interface ResolvedFilters {
  job?: ResolvedValues;
  department?: ResolvedValues;
  stage?: ResolvedValues;
  stageReached?: ResolvedValues;
  recruiter?: ResolvedValues;
  source?: ResolvedValues;
  rejectionReason?: ResolvedValues;
  applicationStatus?: Set<string>;
  tag?: ResolvedValues;
  updated?: ResolvedRange;
  applied?: ResolvedRange;
  currentTitle?: ResolvedValues;
  pastTitle?: ResolvedValues;
  currentCompany?: ResolvedValues;
  pastCompany?: ResolvedValues;
  location?: ResolvedValues;
  skill?: ResolvedValues;
  yearsExperience?: { min?: number; max?: number };
  school?: ResolvedValues;
  degree?: Set<string>;
  /** Each key resolved like its positive twin; a candidate matching any of them is dropped. */
  exclude?: ResolvedFilters;
}

