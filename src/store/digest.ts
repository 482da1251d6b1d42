import { and, asc, count, eq, gt, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { PUBLIC_VISIBILITY, type Visibility } from './read-model/index.js';
import * as s from './schema.js';

/** What the sync brought in over a window, as counts and the few rows a digest names. */
export interface DigestData {
  since: string;
  until: string;
  newCandidates: number;
  newApplications: number;
  stageChanges: { total: number; byStage: { stage: string; count: number }[] };
  newJobs: {
    id: string;
    title: string;
    topMatches: { candidateId: string; name: string; profileUrl: string | null; score: number; reasons: string[] }[];
  }[];
  quality: { archivedWithoutReason: number; resumesFailed: number };
}

const TOP_MATCHES = 3;

/*
 * Windows are half-open (since, until]: a row stamped exactly at the previous digest's time was in
 * that digest. Timestamps are ISO strings, which compare correctly as text.
 */

/*
 * A digest goes to a channel, so it shows what the channel may see: applications to confidential jobs,
 * candidates who only have those, and confidential new jobs are left out unless the visibility allows
 * them (the read model's rule, here as SQL because the digest counts in the database).
 */
const PUBLIC_APPLICATION = sql`NOT EXISTS (SELECT 1 FROM jobs cj WHERE cj.id = ${s.applications.jobId} AND cj.confidential = 1)`;
const PUBLIC_CANDIDATE = sql`(NOT EXISTS (SELECT 1 FROM applications ca WHERE ca.candidate_id = ${s.candidates.id})
  OR EXISTS (SELECT 1 FROM applications ca WHERE ca.candidate_id = ${s.candidates.id}
             AND NOT EXISTS (SELECT 1 FROM jobs cj WHERE cj.id = ca.job_id AND cj.confidential = 1)))`;

/** Digest facts read from the mirror for (since, until], as `visibility` allows (a channel: public). */
export function digestDataFromMirror(db: Db, since: Date, until: Date, visibility: Visibility = PUBLIC_VISIBILITY): DigestData {
  const from = since.toISOString();
  const to = until.toISOString();
  const within = (col: Parameters<typeof gt>[0]) => and(gt(col, from), lte(col, to));
  const all = visibility.confidential;
  const visibleApp = all ? undefined : PUBLIC_APPLICATION;

  const newCandidates = db.select({ n: count() }).from(s.candidates).where(and(within(s.candidates.createdAt), all ? undefined : PUBLIC_CANDIDATE)).get()?.n ?? 0;
  const newApplications = db.select({ n: count() }).from(s.applications).where(and(within(s.applications.createdAt), visibleApp)).get()?.n ?? 0;
  // Stage number 0 is the application entering its first stage: that is a new application, not a move.
  const byStage = db
    .select({ stage: s.applicationHistory.title, n: count() })
    .from(s.applicationHistory)
    .innerJoin(s.applications, eq(s.applications.id, s.applicationHistory.applicationId))
    .where(and(within(s.applicationHistory.enteredStageAt), gt(s.applicationHistory.stageNumber, 0), visibleApp))
    .groupBy(s.applicationHistory.title)
    .orderBy(sql`count(*) desc`, asc(s.applicationHistory.title))
    .all();

  const jobs = db
    .select({ id: s.jobs.id, title: s.jobs.title })
    .from(s.jobs)
    .where(and(within(sql`coalesce(${s.jobs.createdAt}, ${s.jobs.openedAt})`), all ? undefined : eq(s.jobs.confidential, false)))
    .orderBy(asc(s.jobs.title))
    .all();
  const newJobs = jobs.map((job) => {
    const rows = db
      .select({ candidateId: s.jobMatches.candidateId, score: s.jobMatches.score, reasons: s.jobMatches.reasons, name: s.candidates.name, profileUrl: s.candidates.profileUrl })
      .from(s.jobMatches)
      .innerJoin(s.candidates, eq(s.candidates.id, s.jobMatches.candidateId))
      .where(eq(s.jobMatches.jobId, job.id))
      .orderBy(asc(s.jobMatches.rank))
      .limit(TOP_MATCHES)
      .all();
    return { ...job, topMatches: rows };
  });

  const archivedWithoutReason =
    db
      .select({ n: count() })
      .from(s.applications)
      .where(and(eq(s.applications.status, 'Archived'), isNull(s.applications.archiveReasonId), within(s.applications.updatedAt), visibleApp))
      .get()?.n ?? 0;
  const resumesFailed =
    db
      .select({ n: count() })
      .from(s.files)
      .where(and(eq(s.files.status, 'failed'), inArray(s.files.kind, ['resume']), gte(s.files.updatedAt, from), lte(s.files.updatedAt, to)))
      .get()?.n ?? 0;

  return {
    since: from,
    until: to,
    newCandidates,
    newApplications,
    stageChanges: { total: byStage.reduce((a, r) => a + r.n, 0), byStage: byStage.map((r) => ({ stage: r.stage, count: r.n })) },
    newJobs,
    quality: { archivedWithoutReason, resumesFailed },
  };
}

/** The mirror's `meta` key holding the end of the last posted digest's window. */
export const LAST_DIGEST_META_KEY = 'slack_last_digest_at';

/** The end of the last posted digest's window, or null before the first digest. */
export function readLastDigestAt(db: Db): Date | null {
  const row = db.select().from(s.meta).where(eq(s.meta.key, LAST_DIGEST_META_KEY)).get();
  return row ? new Date(row.value) : null;
}

/** Record the end of a posted digest's window (the next digest starts there). */
export function writeLastDigestAt(db: Db, at: Date): void {
  db.insert(s.meta).values({ key: LAST_DIGEST_META_KEY, value: at.toISOString() }).onConflictDoUpdate({ target: s.meta.key, set: { value: at.toISOString() } }).run();
}
