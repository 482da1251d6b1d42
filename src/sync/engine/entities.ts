import { z } from 'zod';
import type { Db } from '../../store/db.js';
import * as A from '../ashby/types.js';
import { writeApplication } from '../mirror/write-application.js';
import { writeCandidate, type WriteOutcome } from '../mirror/write-candidate.js';
import * as ref from '../mirror/write-reference.js';

/**
 * How each mirrored entity is listed in Ashby (ashby-api.md §2, "Which endpoints support what") and
 * written to the mirror. Order matters: reference data first so candidates and applications can be
 * resolved against it as soon as they land.
 */
export interface EntitySpec<T = unknown> {
  name: string;
  method: string;
  /** `paged`: cursor + syncToken; `single`: one response, no paging. */
  mode: 'paged' | 'single';
  body: Record<string, unknown>;
  item: z.ZodType<T>;
  /** `fullPassStartedAt`: set during a full pass, when every record was listed by Ashby after that moment. */
  write(db: Db, item: T, now: string, fullPassStartedAt: string | null): WriteOutcome;
  /** Full passes delete rows not seen since the pass started (deletions no webhook reported). */
  reconcileTable?: 'candidates' | 'applications' | 'jobs' | 'job_postings';
  /**
   * Secondary indexes set aside while a full pass loads `reconcileTable` from empty, rebuilt when the
   * pass ends (see store/deferred-indexes.ts). Only indexes the pass's own writes never read from.
   */
  deferIndexes?: readonly string[];
  /** Large lists (candidates, applications): their passes checkpoint the WAL less often. */
  bulk?: boolean;
}

const spec = <T>(s: EntitySpec<T>): EntitySpec<unknown> => s as EntitySpec<unknown>;

export const ENTITIES: EntitySpec[] = [
  spec({ name: 'users', method: 'user.list', mode: 'paged', body: { includeDeactivated: true }, item: A.User, write: (db, u) => ref.writeUser(db, u) }),
  spec({ name: 'departments', method: 'department.list', mode: 'paged', body: { includeArchived: true }, item: A.Department, write: (db, d) => ref.writeDepartment(db, d) }),
  spec({ name: 'locations', method: 'location.list', mode: 'paged', body: { includeArchived: true }, item: A.Location, write: (db, l) => ref.writeLocation(db, l) }),
  spec({ name: 'sources', method: 'source.list', mode: 'single', body: { includeArchived: true }, item: A.Source, write: (db, s) => ref.writeSource(db, s) }),
  spec({ name: 'archive_reasons', method: 'archiveReason.list', mode: 'single', body: { includeArchived: true }, item: A.ArchiveReason, write: (db, r) => ref.writeArchiveReason(db, r) }),
  spec({ name: 'tags', method: 'candidateTag.list', mode: 'paged', body: { includeArchived: true }, item: A.Tag, write: (db, t) => ref.writeTag(db, t) }),
  spec({ name: 'custom_fields', method: 'customField.list', mode: 'paged', body: { includeArchived: true }, item: A.CustomField, write: (db, f) => ref.writeCustomField(db, f) }),
  spec({ name: 'interview_plans', method: 'interviewPlan.list', mode: 'paged', body: { includeArchived: true }, item: A.InterviewPlan, write: (db, p) => ref.writeInterviewPlan(db, p) }),
  spec({
    name: 'jobs',
    method: 'job.list',
    mode: 'paged',
    // Drafts are excluded unless asked for (ashby-api.md, job.list).
    body: { status: ['Draft', 'Open', 'Closed', 'Archived'] },
    item: A.Job,
    write: (db, j, now) => ref.writeJob(db, j, now),
    reconcileTable: 'jobs',
  }),
  spec({ name: 'job_postings', method: 'jobPosting.list', mode: 'single', body: {}, item: A.JobPosting, write: (db, p, now) => ref.writeJobPosting(db, p, now), reconcileTable: 'job_postings' }),
  spec({
    name: 'candidates',
    method: 'candidate.list',
    mode: 'paged',
    body: {},
    item: A.Candidate,
    write: (db, c, now, fullPassStartedAt) => writeCandidate(db, c, now, { listedAfter: fullPassStartedAt }),
    reconcileTable: 'candidates',
    bulk: true,
    // files_candidate_idx stays: writeCandidate looks a candidate's files up by it.
    deferIndexes: ['candidates_updated_at_idx', 'candidates_primary_email_idx', 'candidate_tags_tag_idx', 'files_status_idx', 'outbox_candidate_idx'],
  }),
  spec({
    name: 'applications',
    method: 'application.list',
    mode: 'paged',
    body: {},
    item: A.Application,
    write: writeApplication,
    reconcileTable: 'applications',
    bulk: true,
    // applications_candidate_idx stays: the search indexer, running beside an initial sync in `serve`, reads by it.
    deferIndexes: ['applications_job_idx', 'applications_updated_at_idx', 'outbox_candidate_idx'],
  }),
];
