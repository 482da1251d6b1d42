import type { Db } from '../../store/db.js';
import { FULL_VISIBILITY, PUBLIC_VISIBILITY, readCandidatePages, readCandidates, visibleRecord, type CandidateRecord, type Visibility } from '../../store/read-model/index.js';
import { loadFilterEntities } from './load-account.js';
import { profileFacts } from './profile-facts.js';
import type { Catalog, CatalogApplication, CatalogCandidate } from './types.js';

/*
 * The catalog is built from the store's read model (one set-based read of every candidate), so a
 * search result tells the same story as the profile view: the same recruiter, status and stages.
 *
 * Two views of one read: `full` (every application) and `visible` (applications to confidential jobs
 * removed, candidates with nothing else left out). A candidate with nothing confidential is the same
 * object in both, so the second view costs a Map, not a copy of the catalog.
 */
export interface CatalogViews {
  full: Catalog;
  visible: Catalog;
  /** False when the account has no confidential job: both views then hold the same candidates. */
  hasConfidential: boolean;
}

/** The view a viewer may search: the full one only for viewers allowed to see confidential jobs. */
export function catalogFor(views: CatalogViews, visibility: Visibility): Catalog {
  return visibility.confidential && views.hasConfidential ? views.full : views.visible;
}

/** Load both views from the mirror. */
export function loadCatalogViews(db: Db): CatalogViews {
  const views: CatalogViews = {
    full: { candidates: new Map(), account: loadFilterEntities(db, FULL_VISIBILITY), version: 0 },
    visible: { candidates: new Map(), account: loadFilterEntities(db, PUBLIC_VISIBILITY), version: 0 },
    hasConfidential: false,
  };
  views.hasConfidential = views.full.account.jobs.length !== views.visible.account.jobs.length;
  // Page by page with one string pool: at 1M candidates the records of a single read were the
  // high-water mark of opening the service, and every candidate had its own copy of "Onsite".
  const pool = new StringPool();
  for (const page of readCandidatePages(db)) put(views, page, pool);
  return views;
}

/** Reload the given candidates (and the account vocabulary); ids that are gone or tombstoned are dropped. */
export function refreshCatalogViews(db: Db, views: CatalogViews, ids: string[]): void {
  if (ids.length === 0) return;
  const catalogs = [[views.full, FULL_VISIBILITY], [views.visible, PUBLIC_VISIBILITY]] as const;
  const removed = new Map<Catalog, CatalogCandidate[]>();
  for (const [catalog, visibility] of catalogs) {
    catalog.version += 1;
    catalog.account = loadFilterEntities(db, visibility);
    removed.set(catalog, present(catalog, ids));
    for (const id of ids) catalog.candidates.delete(id);
  }
  views.hasConfidential = views.full.account.jobs.length !== views.visible.account.jobs.length;
  put(views, readCandidates(db, ids), new StringPool());
  for (const [catalog] of catalogs) {
    const changes = (catalog.changes ??= []);
    changes.push({ version: catalog.version, removed: removed.get(catalog)!, added: present(catalog, ids) });
    if (changes.length > CHANGES_KEPT) changes.shift();
  }
}

/**
 * Refreshes remembered per catalog. A search worker catches up before each search, so its caches
 * are one or two refreshes behind; the journal holds the old objects of a few batches (kilobytes).
 */
const CHANGES_KEPT = 32;

function present(catalog: Catalog, ids: string[]): CatalogCandidate[] {
  const out: CatalogCandidate[] = [];
  // Once each: a batch may name a candidate twice, and the journal must not count them twice.
  for (const id of new Set(ids)) {
    const c = catalog.candidates.get(id);
    if (c) out.push(c);
  }
  return out;
}

/** The whole catalog as `visibility` allows (tests and tools that need one view). */
export function loadCatalog(db: Db, visibility: Visibility = FULL_VISIBILITY): Catalog {
  const views = loadCatalogViews(db);
  return visibility.confidential ? views.full : views.visible;
}

function put(views: CatalogViews, records: CandidateRecord[], pool: StringPool): void {
  for (const record of records) {
    const full = toCatalogCandidate(record, pool);
    views.full.candidates.set(record.id, full);
    const visible = visibleRecord(record, PUBLIC_VISIBILITY);
    if (visible === record) views.visible.candidates.set(record.id, full);
    else if (visible) views.visible.candidates.set(record.id, toCatalogCandidate(visible, pool));
  }
}

/**
 * One instance per distinct string while a catalog is loaded: titles, skills, stages, statuses,
 * sources and names of jobs repeat across candidates, and SQLite hands back a fresh copy each time.
 * Ids, names and timestamps are nearly unique in a real account and are left alone.
 */
class StringPool {
  private readonly seen = new Map<string, string>();
  /** Lists of one value, by that value; and short lists of values that repeat as a whole (stages, tags), by their joined values. */
  private readonly singles = new Map<string, string[]>();
  private readonly lists = new Map<string, string[]>();
  intern<T extends string | null>(s: T): T {
    if (s === null) return s;
    const hit = this.seen.get(s);
    if (hit !== undefined) return hit as T;
    this.seen.set(s, s);
    return s;
  }
  /**
   * The list with its strings interned, and the list itself shared when it is empty or holds one
   * value: a candidate has ~13 lists, most empty or of one value, and each array costs 32–48 bytes
   * (at 1M candidates the catalog's arrays were ~0.4 GB of its ~1.3 GB). Catalog lists are never
   * mutated after load (a refresh builds new candidate objects), so sharing is safe.
   */
  all(xs: string[]): string[] {
    if (xs.length === 0) return EMPTY_LIST;
    for (let i = 0; i < xs.length; i++) xs[i] = this.intern(xs[i]);
    if (xs.length === 1) {
      const hit = this.singles.get(xs[0]);
      if (hit) return hit;
      this.singles.set(xs[0], xs);
    }
    return xs;
  }
  /** `all`, and lists that repeat as a whole (an application's stages reached, a tag set) shared too. */
  shared(xs: string[]): string[] {
    const out = this.all(xs);
    if (out.length < 2 || out.length > 8) return out;
    const key = out.join('\u0001');
    const hit = this.lists.get(key);
    if (hit) return hit;
    this.lists.set(key, out);
    return out;
  }
}

/** The one empty list every catalog candidate with nothing in a list points at (never mutated). */
const EMPTY_LIST: string[] = [];
const NO_APPLICATIONS: CatalogApplication[] = [];

/** A read-model record as the catalog lays it out for filters, facets and ranking. */
export function toCatalogCandidate(r: CandidateRecord, pool: StringPool = new StringPool()): CatalogCandidate {
  const i = <T extends string | null>(s: T) => pool.intern(s);
  const facts = profileFacts(r.profile);
  const currentTitle = facts.currentTitle ?? r.position;
  const currentCompany = facts.currentCompany ?? r.company;
  return {
    id: r.id,
    name: r.name,
    profileUrl: r.profileUrl,
    createdAt: r.createdAt,
    lastActivityAt: r.lastActivityAt,
    sourceId: i(r.sourceId),
    sourceTitle: i(r.sourceTitle),
    tagIds: pool.shared(r.tags.map((t) => t.id)),
    tagTitles: pool.shared(r.tags.map((t) => t.title)),
    currentTitle: i(currentTitle),
    titles: pool.all(dedupe([currentTitle, ...facts.titles])),
    currentCompany: i(currentCompany),
    companies: pool.all(dedupe([currentCompany, ...facts.companies])),
    location: i(facts.location ?? r.locationSummary),
    skills: pool.all(facts.skills),
    yearsExperience: r.yearsExperience,
    yearsInRole: r.yearsInRole,
    schools: pool.all(dedupe([...facts.schools, r.school])),
    degrees: pool.shared(facts.degrees),
    highestDegree: r.highestDegree && r.highestDegree !== 'none' ? i(r.highestDegree) : null,
    majors: pool.all(facts.majors),
    certifications: facts.certifications && pool.all(facts.certifications),
    languages: facts.languages && pool.all(facts.languages),
    groups: facts.groups && pool.all(facts.groups),
    interests: facts.interests && pool.all(facts.interests),
    honors: facts.honors && pool.all(facts.honors),
    applications: r.applications.length === 0 ? NO_APPLICATIONS : r.applications.map(
      (a): CatalogApplication => ({
        id: a.id,
        jobId: i(a.jobId),
        jobTitle: i(a.jobTitle),
        departmentId: i(a.departmentId),
        departmentName: i(a.departmentName),
        status: i(a.status),
        currentStageTitle: i(a.currentStageTitle),
        stagesReached: pool.shared(dedupe([...a.stageHistory.map((h) => h.stage), a.currentStageTitle])),
        sourceId: i(a.sourceId),
        sourceTitle: i(a.sourceTitle),
        archiveReasonId: i(a.archiveReasonId),
        archiveReasonText: i(a.archiveReasonText),
        recruiterUserId: i(a.recruiterUserId),
        recruiterName: i(a.recruiterName),
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      }),
    ),
  };
}

function dedupe(values: (string | null)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}
