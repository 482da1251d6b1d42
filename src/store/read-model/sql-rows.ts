import type { Db } from '../db.js';
import { RECRUITER_MEMBER_SQL } from './recruiter.js';

/*
 * The read model's set-based queries, one per table, with their row types. Raw SQL because drizzle
 * cannot express `json_each(@ids)` scoping or the JSON lookups into `raw`; every row is typed here and
 * nowhere else. `ids` null reads every present (not tombstoned) candidate.
 */

export interface CandidateRow {
  id: string;
  name: string;
  profileUrl: string | null;
  position: string | null;
  company: string | null;
  school: string | null;
  locationSummary: string | null;
  sourceId: string | null;
  creditedToUserId: string | null;
  resumeFileId: string | null;
  primaryEmail: string | null;
  primaryPhone: string | null;
  createdAt: string;
  updatedAt: string;
  mirroredAt: string;
  profile: string | null;
  yearsExperience: number | null;
  yearsInRole: number | null;
  highestDegree: string | null;
}

export interface ApplicationRow {
  id: string;
  candidateId: string;
  jobId: string | null;
  status: string;
  currentStageTitle: string | null;
  sourceId: string | null;
  archiveReasonId: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The job's title from the application itself, only when the job is not mirrored. */
  rawJobTitle: string | null;
  rawReasonText: string | null;
  /** JSON of the hiring-team member who is the recruiter (recruiter.ts). */
  recruiterMember: string | null;
}

interface HistoryRow {
  applicationId: string;
  stage: string;
  stageNumber: number;
  enteredAt: string;
  leftAt: string | null;
}

interface FileRow {
  candidateId: string;
  id: string;
  name: string;
  kind: string;
  status: string;
  error: string | null;
  updatedAt: string;
  extractedAt: string | null;
}

interface TextRow {
  candidateId: string;
  id: string;
  text: string;
}

const LIVE = `c.id NOT IN (SELECT candidate_id FROM candidate_tombstones)`;
const scoped = (column: string, ids: readonly string[] | null) => (ids ? ` AND ${column} IN (SELECT value FROM json_each(@ids))` : '');
const params = (ids: readonly string[] | null) => (ids ? { ids: JSON.stringify(ids) } : {});

/** Ids of every live (not tombstoned) candidate, in id order. */
export function liveCandidateIds(db: Db): string[] {
  return db.$client.prepare(`SELECT c.id FROM candidates c WHERE ${LIVE} ORDER BY c.id`).pluck().all() as string[];
}

export function candidateRows(db: Db, ids: readonly string[] | null): CandidateRow[] {
  return db.$client
    .prepare(
      `SELECT c.id, c.name, c.profile_url AS profileUrl, c.position, c.company, c.school, c.location_summary AS locationSummary,
              c.source_id AS sourceId, c.credited_to_user_id AS creditedToUserId, c.resume_file_id AS resumeFileId,
              c.primary_email AS primaryEmail, c.primary_phone AS primaryPhone,
              c.created_at AS createdAt, c.updated_at AS updatedAt, c.mirrored_at AS mirroredAt,
              p.profile, p.years_experience AS yearsExperience, p.years_in_role AS yearsInRole, p.highest_degree AS highestDegree
         FROM candidates c LEFT JOIN candidate_profiles p ON p.candidate_id = c.id
        WHERE ${LIVE}${scoped('c.id', ids)}
        ORDER BY c.id`,
    )
    .all(params(ids)) as CandidateRow[];
}

export function tagRows(db: Db, ids: readonly string[] | null): { candidateId: string; id: string; title: string | null }[] {
  return db.$client
    .prepare(
      `SELECT ct.candidate_id AS candidateId, ct.tag_id AS id, t.title FROM candidate_tags ct LEFT JOIN tags t ON t.id = ct.tag_id
        WHERE 1=1${scoped('ct.candidate_id', ids)} ORDER BY ct.candidate_id, ct.rowid`,
    )
    .all(params(ids)) as { candidateId: string; id: string; title: string | null }[];
}

export function applicationRows(db: Db, ids: readonly string[] | null): ApplicationRow[] {
  // COALESCE-style CASEs: SQLite parses `raw` only for the rare application whose job or reason is not mirrored.
  return db.$client
    .prepare(
      `SELECT a.id, a.candidate_id AS candidateId, a.job_id AS jobId, a.status, a.current_stage_title AS currentStageTitle,
              a.source_id AS sourceId, a.archive_reason_id AS archiveReasonId, a.archived_at AS archivedAt,
              a.created_at AS createdAt, a.updated_at AS updatedAt,
              CASE WHEN j.id IS NULL THEN json_extract(a.raw, '$.job.title') END AS rawJobTitle,
              CASE WHEN r.id IS NULL AND a.archive_reason_id IS NOT NULL THEN json_extract(a.raw, '$.archiveReason.text') END AS rawReasonText,
              ${RECRUITER_MEMBER_SQL} AS recruiterMember
         FROM applications a
         LEFT JOIN jobs j ON j.id = a.job_id
         LEFT JOIN archive_reasons r ON r.id = a.archive_reason_id
        WHERE 1=1${scoped('a.candidate_id', ids)}
        ORDER BY a.candidate_id, a.created_at, a.id`,
    )
    .all(params(ids)) as ApplicationRow[];
}

export function historyRows(db: Db, ids: readonly string[] | null): HistoryRow[] {
  const scope = ids ? ` AND h.application_id IN (SELECT id FROM applications WHERE candidate_id IN (SELECT value FROM json_each(@ids)))` : '';
  return db.$client
    .prepare(
      `SELECT h.application_id AS applicationId, h.title AS stage, h.stage_number AS stageNumber,
              h.entered_stage_at AS enteredAt, h.left_stage_at AS leftAt
         FROM application_history h WHERE 1=1${scope}
        ORDER BY h.application_id, h.entered_stage_at, h.stage_number`,
    )
    .all(params(ids)) as HistoryRow[];
}

export function fileRows(db: Db, ids: readonly string[] | null): FileRow[] {
  return db.$client
    .prepare(
      `SELECT candidate_id AS candidateId, id, name, kind, status, error, updated_at AS updatedAt, extracted_at AS extractedAt
         FROM files WHERE 1=1${scoped('candidate_id', ids)} ORDER BY candidate_id, id`,
    )
    .all(params(ids)) as FileRow[];
}

/**
 * Extracted texts in reading order per candidate: resumes before attachments, newest first. `+status`
 * keeps SQLite on the candidate index (the status index would scan every ok file per lookup).
 */
export function textRows(db: Db, ids: readonly string[] | null): TextRow[] {
  return db.$client
    .prepare(
      `SELECT candidate_id AS candidateId, id, text FROM files
        WHERE +status = 'ok' AND text IS NOT NULL AND trim(text) <> ''${scoped('candidate_id', ids)}
        ORDER BY candidate_id, kind = 'resume' DESC, COALESCE(extracted_at, updated_at) DESC`,
    )
    .all(params(ids)) as TextRow[];
}

/** The raw Ashby record of each candidate (contacts live only there). */
export function rawRows(db: Db, ids: readonly string[] | null): { id: string; raw: string }[] {
  return db.$client.prepare(`SELECT c.id, c.raw FROM candidates c WHERE ${LIVE}${scoped('c.id', ids)}`).all(params(ids)) as { id: string; raw: string }[];
}
