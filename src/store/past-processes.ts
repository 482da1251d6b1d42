import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { inIdList } from './id-list.js';
import * as s from './schema.js';

/** One application as rediscovery reads a past process: job, current stage, and archive reason. */
interface ProcessApplicationRow {
  id: string;
  candidateId: string;
  jobId: string | null;
  jobTitle: string | null;
  status: string;
  currentStageId: string | null;
  currentStageTitle: string | null;
  currentStageType: string | null;
  archivedAt: string | null;
  updatedAt: string;
  reasonText: string | null;
  reasonType: string | null;
}

/** One stage an application passed through (from its stage history). */
export interface StageVisitRow {
  applicationId: string;
  /** The interview stage's title, else the title the history row kept. */
  title: string;
  type: string | null;
  stageNumber: number;
}

/** The applications of the given candidates, with job title and archive reason. */
export function readProcessApplications(db: Db, candidateIds: string[]): ProcessApplicationRow[] {
  const a = s.applications;
  return db
    .select({
      id: a.id,
      candidateId: a.candidateId,
      jobId: a.jobId,
      jobTitle: s.jobs.title,
      status: a.status,
      currentStageId: a.currentStageId,
      currentStageTitle: a.currentStageTitle,
      currentStageType: a.currentStageType,
      archivedAt: a.archivedAt,
      updatedAt: a.updatedAt,
      reasonText: s.archiveReasons.text,
      reasonType: s.archiveReasons.reasonType,
    })
    .from(a)
    .leftJoin(s.jobs, eq(s.jobs.id, a.jobId))
    .leftJoin(s.archiveReasons, eq(s.archiveReasons.id, a.archiveReasonId))
    .where(inIdList(a.candidateId, candidateIds))
    .all();
}

/** The stage history of the given candidates' applications. */
export function readStageVisits(db: Db, candidateIds: string[]): StageVisitRow[] {
  const h = s.applicationHistory;
  return db
    .select({
      applicationId: h.applicationId,
      title: sql<string>`coalesce(${s.interviewStages.title}, ${h.title})`,
      type: s.interviewStages.type,
      stageNumber: h.stageNumber,
    })
    .from(h)
    .innerJoin(s.applications, eq(s.applications.id, h.applicationId))
    .leftJoin(s.interviewStages, eq(s.interviewStages.id, h.stageId))
    .where(inIdList(s.applications.candidateId, candidateIds))
    .all();
}

/** Candidates in a live process for `jobId` (Active, Lead or Hired). */
export function readCandidatesInProcessFor(db: Db, jobId: string): Set<string> {
  const rows = db
    .selectDistinct({ id: s.applications.candidateId })
    .from(s.applications)
    .where(and(eq(s.applications.jobId, jobId), inArray(s.applications.status, ['Active', 'Lead', 'Hired'])))
    .all();
  return new Set(rows.map((r) => r.id));
}
