import type { CatalogApplication, CatalogCandidate } from '../catalog/types.js';
import type { MatchedFilter, ResolvedFilters, ResolvedRange, ResolvedValues } from './filter-types.js';
import { locationParts } from './value-vocabulary.js';

/*
 * Exact filter predicates. Application-level filters (job, department, stage, stage reached,
 * recruiter, rejection reason, status, applied) must hold on ONE application together: "reached
 * Onsite for job X" means the Onsite was in job X's process. Candidate-level filters (source, tags,
 * last activity, profile facts) and exclusions apply to the person.
 */

const inRange = (iso: string, r: ResolvedRange) => (!r.after || iso >= r.after) && (!r.before || iso < r.before);
const hasKey = (values: ResolvedValues, s: string | null) => s !== null && values.keys.has(s.toLowerCase());
const anyKey = (values: ResolvedValues, list: string[]) => list.some((s) => values.keys.has(s.toLowerCase()));
const hasId = (values: ResolvedValues, id: string | null) => id !== null && values.ids.has(id);

const APPLICATION_KEYS = ['job', 'department', 'stage', 'stageReached', 'recruiter', 'rejectionReason', 'applicationStatus', 'applied'] as const;

/** True when the resolved filters use any application-level dimension. */
function usesApplications(f: ResolvedFilters): boolean {
  return APPLICATION_KEYS.some((k) => f[k] !== undefined);
}

function applicationMatches(a: CatalogApplication, f: ResolvedFilters): boolean {
  if (f.job && !hasId(f.job, a.jobId)) return false;
  if (f.department && !hasId(f.department, a.departmentId)) return false;
  if (f.stage && !hasKey(f.stage, a.currentStageTitle)) return false;
  if (f.stageReached && !anyKey(f.stageReached, a.stagesReached)) return false;
  if (f.recruiter && !hasId(f.recruiter, a.recruiterUserId)) return false;
  if (f.rejectionReason && !hasId(f.rejectionReason, a.archiveReasonId)) return false;
  if (f.applicationStatus && !f.applicationStatus.has(a.status)) return false;
  if (f.applied && !inRange(a.createdAt, f.applied)) return false;
  return true;
}

function matchesLocation(values: ResolvedValues, location: string | null): boolean {
  if (!location) return false;
  return hasKey(values, location) || locationParts(location).some((p) => values.keys.has(p.toLowerCase()));
}

/** Does `c` satisfy every filter? Exclusions included. */
export function candidateMatches(c: CatalogCandidate, f: ResolvedFilters): boolean {
  if (usesApplications(f) && !c.applications.some((a) => applicationMatches(a, f))) return false;
  if (f.source && !(hasId(f.source, c.sourceId) || c.applications.some((a) => hasId(f.source!, a.sourceId)))) return false;
  if (f.tag && !c.tagIds.some((t) => f.tag!.ids.has(t))) return false;
  if (f.updated && !inRange(c.lastActivityAt, f.updated)) return false;
  if (f.currentTitle && !hasKey(f.currentTitle, c.currentTitle)) return false;
  if (f.pastTitle && !anyKey(f.pastTitle, c.titles)) return false;
  if (f.currentCompany && !hasKey(f.currentCompany, c.currentCompany)) return false;
  if (f.pastCompany && !anyKey(f.pastCompany, c.companies)) return false;
  if (f.location && !matchesLocation(f.location, c.location)) return false;
  if (f.skill && !anyKey(f.skill, c.skills)) return false;
  if (f.school && !anyKey(f.school, c.schools)) return false;
  if (f.degree && !c.degrees.some((d) => f.degree!.has(d))) return false;
  if (f.yearsExperience) {
    const y = c.yearsExperience;
    if (y === null) return false;
    if (f.yearsExperience.min !== undefined && y < f.yearsExperience.min) return false;
    if (f.yearsExperience.max !== undefined && y > f.yearsExperience.max) return false;
  }
  if (f.exclude && isExcluded(c, f.exclude)) return false;
  return true;
}

/**
 * A candidate is excluded when ANY one excluded dimension matches, each checked alone with the
 * positive predicate: "not rejected for Compensation" drops whoever `rejectionReason: Compensation`
 * would keep (any of their applications), so a filter and its exclusion are exact complements.
 */
function isExcluded(c: CatalogCandidate, exclude: ResolvedFilters): boolean {
  for (const [key, value] of Object.entries(exclude)) {
    if (value !== undefined && candidateMatches(c, { [key]: value })) return true;
  }
  return false;
}

/** The filters a matching candidate satisfied, with the resolved values, for `why.filtersSatisfied`. */
export function describeFilters(f: ResolvedFilters): MatchedFilter[] {
  const out: MatchedFilter[] = [];
  for (const [filter, value] of Object.entries(f)) {
    if (value === undefined) continue;
    if (filter === 'exclude') {
      for (const m of describeFilters(value as ResolvedFilters)) out.push({ filter: `not ${m.filter}`, values: m.values });
      continue;
    }
    if (value instanceof Set) out.push({ filter, values: [...value] as string[] });
    else if ('labels' in value) out.push({ filter, values: (value as ResolvedValues).labels });
    else out.push({ filter, values: Object.entries(value as object).map(([k, v]) => `${k} ${String(v)}`) });
  }
  return out;
}
