/*
 * The in-memory catalog: every candidate's filterable facts, loaded from the mirror (+ enrichment
 * profiles). Filters, facets and insights are exact predicates over it, so they never depend on
 * top-k truncation inside an index.
 */

export interface CatalogApplication {
  id: string;
  jobId: string | null;
  jobTitle: string | null;
  departmentId: string | null;
  departmentName: string | null;
  status: string;
  currentStageTitle: string | null;
  /** Stage titles from the stage history plus the current stage. */
  stagesReached: string[];
  sourceId: string | null;
  sourceTitle: string | null;
  archiveReasonId: string | null;
  archiveReasonText: string | null;
  /** The hiring-team recruiter (the store's read model decides who that is). */
  recruiterUserId: string | null;
  recruiterName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CatalogCandidate {
  id: string;
  name: string;
  profileUrl: string | null;
  createdAt: string;
  /** Latest of the candidate's and its applications' updatedAt. */
  lastActivityAt: string;
  sourceId: string | null;
  sourceTitle: string | null;
  tagIds: string[];
  tagTitles: string[];
  currentTitle: string | null;
  /** Every title in the work history, current included. */
  titles: string[];
  currentCompany: string | null;
  companies: string[];
  location: string | null;
  skills: string[];
  yearsExperience: number | null;
  yearsInRole: number | null;
  schools: string[];
  degrees: string[];
  highestDegree: string | null;
  majors: string[];
  /** From the resume's certifications section (optional: older fixtures build candidates without it). */
  certifications?: string[];
  /** Spoken languages from the resume. */
  languages?: string[];
  /** Groups and affiliations, interests, and honors/awards from the resume's sections. */
  groups?: string[];
  interests?: string[];
  honors?: string[];
  applications: CatalogApplication[];
}

/** The account's entities filter values are resolved against (ids for filtering; the NL parsers' entity words are store/account-entities.ts). */
export interface FilterEntities {
  jobs: { id: string; title: string; departmentId: string | null }[];
  stageTitles: { id: string; title: string }[];
  users: { id: string; name: string; email: string | null }[];
  sources: { id: string; title: string }[];
  archiveReasons: { id: string; text: string }[];
  departments: { id: string; name: string }[];
  tags: { id: string; title: string }[];
}

export interface Catalog {
  candidates: Map<string, CatalogCandidate>;
  account: FilterEntities;
  /** Bumped on every refresh, so derived caches (value vocabularies) know when to rebuild. */
  version: number;
  /**
   * The last few refreshes (oldest first): which candidate objects each one took out and put in, so
   * a derived cache a few versions behind can catch up by the difference instead of rebuilding
   * (value-vocabulary.ts). Absent or not reaching back far enough: rebuild.
   */
  changes?: CatalogChange[];
}

/** One refresh of a catalog: `version` is the catalog's version after it. */
interface CatalogChange {
  version: number;
  removed: CatalogCandidate[];
  added: CatalogCandidate[];
}
