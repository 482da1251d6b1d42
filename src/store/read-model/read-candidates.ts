import type { Db } from '../db.js';
import { contactsOf } from './contacts.js';
import { loadLookups, type Lookups } from './lookups.js';
import { parseStoredProfile } from './profile.js';
import { applicationRows, candidateRows, liveCandidateIds, fileRows, historyRows, rawRows, tagRows, textRows, type ApplicationRow, type CandidateRow } from './sql-rows.js';
import type { ApplicationRecord, CandidateRecord, FileRecord, StageVisit } from './types.js';

/*
 * The one way to read candidates from the mirror: a handful of set-based queries per batch (not one
 * per candidate — at 100k candidates that is seconds instead of minutes), assembled into records.
 * Tombstoned (deleted or merged) candidates are never returned.
 */

/** The optional, costlier parts of a record. */
interface ReadInclude {
  contacts?: boolean;
  files?: boolean;
  resumeText?: boolean;
}

const BATCH = 5000;

/** Records of `ids` (every present candidate when `ids` is 'all'), ordered by id; absent ids are skipped. */
export function readCandidates(db: Db, ids: readonly string[] | 'all', include: ReadInclude = {}): CandidateRecord[] {
  const lookups = loadLookups(db);
  if (ids === 'all') return readBatch(db, null, include, lookups);
  const out: CandidateRecord[] = [];
  for (let i = 0; i < ids.length; i += BATCH) out.push(...readBatch(db, ids.slice(i, i + BATCH), include, lookups));
  return out;
}

/**
 * Every live candidate, in id order, one page at a time (the same records as `readCandidates(db,
 * 'all')`): a caller that keeps something smaller than a record (the catalog) never holds every
 * record at once, which at 1M candidates is gigabytes of transient heap.
 */
export function* readCandidatePages(db: Db, include: ReadInclude = {}, pageSize = BATCH): Generator<CandidateRecord[]> {
  const ids = liveCandidateIds(db);
  const lookups = loadLookups(db);
  for (let i = 0; i < ids.length; i += pageSize) yield readBatch(db, ids.slice(i, i + pageSize), include, lookups);
}

/** One candidate, with contacts, files and resume text: what views show. */
export function readCandidate(db: Db, id: string): CandidateRecord | null {
  return readCandidates(db, [id], { contacts: true, files: true, resumeText: true })[0] ?? null;
}

function readBatch(db: Db, ids: readonly string[] | null, include: ReadInclude, lookups: Lookups): CandidateRecord[] {
  const rows = candidateRows(db, ids);
  if (rows.length === 0) return [];
  const scope = ids ?? null;
  const tags = groupBy(tagRows(db, scope), (t) => t.candidateId);
  const history = groupBy(historyRows(db, scope), (h) => h.applicationId);
  const apps = groupBy(applicationRows(db, scope), (a) => a.candidateId);
  const files = include.files ? groupBy(fileRows(db, scope), (f) => f.candidateId) : null;
  const texts = include.resumeText ? groupBy(textRows(db, scope), (t) => t.candidateId) : null;
  const raws = include.contacts ? new Map(rawRows(db, scope).map((r) => [r.id, r.raw])) : null;

  return rows.map((row) => {
    const applications = (apps.get(row.id) ?? []).map((a) => toApplication(a, history.get(a.id) ?? [], lookups));
    const record = toRecord(row, applications, lookups);
    record.tags = (tags.get(row.id) ?? []).map((t) => ({ id: t.id, title: t.title ?? t.id }));
    if (raws) record.contacts = contactsOf(raws.get(row.id) ?? null, { email: row.primaryEmail, phone: row.primaryPhone });
    if (files) record.files = (files.get(row.id) ?? []).map(({ candidateId: _, ...f }): FileRecord => f);
    if (texts) {
      // Ashby's current resume wins over older uploads still on the candidate.
      const list = texts.get(row.id) ?? [];
      record.resumeText = (list.find((t) => t.id === row.resumeFileId) ?? list[0])?.text ?? null;
    }
    return record;
  });
}

function toRecord(row: CandidateRow, applications: ApplicationRecord[], lookups: Lookups): CandidateRecord {
  let lastActivityAt = row.updatedAt;
  for (const a of applications) if (a.updatedAt > lastActivityAt) lastActivityAt = a.updatedAt;
  return {
    id: row.id,
    name: row.name,
    profileUrl: row.profileUrl,
    position: row.position,
    company: row.company,
    school: row.school,
    locationSummary: row.locationSummary,
    sourceId: row.sourceId,
    sourceTitle: row.sourceId ? (lookups.sources.get(row.sourceId) ?? null) : null,
    creditedToUserId: row.creditedToUserId,
    creditedToName: row.creditedToUserId ? (lookups.users.get(row.creditedToUserId) ?? null) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    mirroredAt: row.mirroredAt,
    lastActivityAt,
    tags: [],
    applications,
    profile: row.profile ? parseStoredProfile(row.profile) : null,
    yearsExperience: row.yearsExperience,
    yearsInRole: row.yearsInRole,
    highestDegree: row.highestDegree,
    resumeFileId: row.resumeFileId,
  };
}

function toApplication(a: ApplicationRow, history: StageVisit[], lookups: Lookups): ApplicationRecord {
  const job = a.jobId ? lookups.jobs.get(a.jobId) : undefined;
  const departmentId = job?.departmentId ?? null;
  const recruiter = recruiterOf(a.recruiterMember, lookups);
  return {
    id: a.id,
    jobId: a.jobId,
    jobTitle: job?.title ?? a.rawJobTitle,
    jobConfidential: job?.confidential ?? false,
    departmentId,
    departmentName: departmentId ? (lookups.departments.get(departmentId) ?? null) : null,
    status: a.status,
    currentStageTitle: a.currentStageTitle,
    stageHistory: history.map(({ stage, stageNumber, enteredAt, leftAt }) => ({ stage, stageNumber, enteredAt, leftAt })),
    sourceId: a.sourceId,
    sourceTitle: a.sourceId ? (lookups.sources.get(a.sourceId) ?? null) : null,
    archiveReasonId: a.archiveReasonId,
    archiveReasonText: (a.archiveReasonId ? lookups.archiveReasons.get(a.archiveReasonId) : undefined) ?? a.rawReasonText,
    archivedAt: a.archivedAt,
    recruiterUserId: recruiter?.id ?? null,
    recruiterName: recruiter?.name ?? null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** The recruiter member's id and name: the user's name in the mirror, else the name on the hiring team. */
function recruiterOf(memberJson: string | null, lookups: Lookups): { id: string; name: string | null } | null {
  if (!memberJson) return null;
  let m: { userId?: unknown; firstName?: unknown; lastName?: unknown };
  try {
    m = JSON.parse(memberJson) as typeof m;
  } catch {
    return null;
  }
  if (typeof m.userId !== 'string') return null;
  const onTeam = [m.firstName, m.lastName].filter((x): x is string => typeof x === 'string' && x !== '').join(' ');
  return { id: m.userId, name: lookups.users.get(m.userId) ?? (onTeam || null) };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
