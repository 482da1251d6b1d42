import type { CatalogCandidate } from '../catalog/types.js';

/*
 * How each facet / insight dimension reads its values off a catalog candidate. One table, used by
 * facets (counts over a result set) and insights (counts + shares), so both always agree.
 */

export type ValueExtractor = (c: CatalogCandidate, now: Date) => (string | null)[];

const apps = (c: CatalogCandidate) => c.applications;

function yearsBucket(years: number | null): string | null {
  if (years === null || Number.isNaN(years)) return null;
  if (years < 3) return '0-2 years';
  if (years < 6) return '3-5 years';
  if (years < 11) return '6-10 years';
  if (years < 16) return '11-15 years';
  return '16+ years';
}

export function recencyBucket(iso: string, now: Date): string {
  const days = (now.getTime() - Date.parse(iso)) / 86_400_000;
  if (days < 30) return 'last 30 days';
  if (days < 90) return '30-90 days ago';
  if (days < 365) return '3-12 months ago';
  if (days < 730) return '1-2 years ago';
  return 'over 2 years ago';
}

/** Facet dimensions, keyed by the SearchFilters key they correspond to. */
export const FACET_DIMENSIONS: Record<string, ValueExtractor> = {
  stage: (c) => apps(c).map((a) => a.currentStageTitle),
  stageReached: (c) => apps(c).flatMap((a) => a.stagesReached),
  job: (c) => apps(c).map((a) => a.jobTitle),
  department: (c) => apps(c).map((a) => a.departmentName),
  recruiter: (c) => apps(c).map((a) => a.recruiterName),
  source: (c) => [c.sourceTitle, ...apps(c).map((a) => a.sourceTitle)],
  rejectionReason: (c) => apps(c).map((a) => a.archiveReasonText),
  applicationStatus: (c) => apps(c).map((a) => a.status),
  tag: (c) => c.tagTitles,
  currentTitle: (c) => [c.currentTitle],
  pastTitle: (c) => c.titles,
  currentCompany: (c) => [c.currentCompany],
  pastCompany: (c) => c.companies,
  location: (c) => [c.location],
  skill: (c) => c.skills,
  school: (c) => c.schools,
  degree: (c) => c.degrees,
  yearsExperience: (c) => [yearsBucket(c.yearsExperience)],
  updated: (c, now) => [recencyBucket(c.lastActivityAt, now)],
};

/** Insight dimensions (a superset of facets: majors, years in role). */
export const INSIGHT_DIMENSIONS: Record<string, ValueExtractor> = {
  location: FACET_DIMENSIONS.location,
  currentCompany: FACET_DIMENSIONS.currentCompany,
  currentTitle: FACET_DIMENSIONS.currentTitle,
  pastCompany: FACET_DIMENSIONS.pastCompany,
  pastTitle: FACET_DIMENSIONS.pastTitle,
  skills: FACET_DIMENSIONS.skill,
  yearsExperience: FACET_DIMENSIONS.yearsExperience,
  yearsInRole: (c) => [yearsBucket(c.yearsInRole)],
  school: FACET_DIMENSIONS.school,
  degree: FACET_DIMENSIONS.degree,
  major: (c) => c.majors,
  certifications: (c) => c.certifications ?? [],
  languages: (c) => c.languages ?? [],
  groups: (c) => c.groups ?? [],
  interests: (c) => c.interests ?? [],
  honors: (c) => c.honors ?? [],
  stage: FACET_DIMENSIONS.stage,
  // How far people got (a funnel): most applications of a rediscovery pool sit in "Archived" now
  // (demo "product designer": 11 of 13 people), which says nothing of the stages they reached.
  stageReached: (c) => apps(c).flatMap((a) => a.stagesReached.filter((s) => s.toLowerCase() !== 'archived')),
  job: FACET_DIMENSIONS.job,
  source: FACET_DIMENSIONS.source,
  recruiter: FACET_DIMENSIONS.recruiter,
  rejectionReason: FACET_DIMENSIONS.rejectionReason,
  lastUpdated: FACET_DIMENSIONS.updated,
};

/** Count, per dimension, how many of `candidates` carry each value (a candidate counts once per value). */
export function countValues(
  candidates: Iterable<CatalogCandidate>,
  dimensions: Record<string, ValueExtractor>,
  now: Date,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const entries = Object.entries(dimensions);
  for (const [name] of entries) out.set(name, new Map());
  const seen = new Set<string>();
  for (const c of candidates) {
    for (const [name, extract] of entries) {
      const counts = out.get(name)!;
      seen.clear();
      for (const v of extract(c, now)) {
        if (!v || seen.has(v)) continue;
        seen.add(v);
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    }
  }
  return out;
}
