import { and, asc, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import type { Visibility } from './read-model/index.js';
import * as s from './schema.js';

/** Open jobs by title, as `visibility` allows (confidential ones only with access): what a candidate can be added to. */
export function readOpenJobs(db: Db, visibility: Visibility): { id: string; title: string }[] {
  const open = db.select({ id: s.jobs.id, title: s.jobs.title, confidential: s.jobs.confidential }).from(s.jobs).where(eq(s.jobs.status, 'Open')).orderBy(asc(s.jobs.title)).all();
  return open.filter((j) => visibility.confidential || !j.confidential).map(({ id, title }) => ({ id, title }));
}

/** A job with its department, location and how many applications the mirror holds for it. */
interface JobWithCounts {
  id: string;
  title: string;
  status: string;
  department: string | null;
  location: string | null;
  applications: number;
}

/*
 * Open first, then Draft, Closed and the rest. drizzle has no CASE builder, so this one ordering term is
 * a SQL fragment over typed columns.
 */
const STATUS_RANK = sql`case ${s.jobs.status} when 'Open' then 0 when 'Draft' then 1 when 'Closed' then 2 else 3 end`;

/** Every job (confidential ones only when `confidential`), open first, then by title. */
export function readJobsWithCounts(db: Db, opts: { confidential: boolean }): JobWithCounts[] {
  return db
    .select({
      id: s.jobs.id,
      title: s.jobs.title,
      status: s.jobs.status,
      department: s.departments.name,
      location: s.locations.name,
      applications: db.$count(s.applications, eq(s.applications.jobId, s.jobs.id)),
    })
    .from(s.jobs)
    .leftJoin(s.departments, eq(s.departments.id, s.jobs.departmentId))
    .leftJoin(s.locations, eq(s.locations.id, s.jobs.locationId))
    .where(opts.confidential ? undefined : eq(s.jobs.confidential, false))
    .orderBy(STATUS_RANK, asc(s.jobs.title))
    .all();
}

/** A mirror job as rediscovery reads it: its title and its posting's plain description, when it has one. */
interface MirrorJob {
  id: string;
  title: string;
  status: string;
  description: string;
  /** Ashby's confidential flag: only viewers allowed to see confidential jobs may match against it. */
  confidential: boolean;
}

function mirrorJobs(db: Db) {
  const p = s.jobPostings;
  // Listed postings first, then the newest: the description candidates actually saw.
  const postingText = db
    .select({ text: p.descriptionPlain })
    .from(p)
    .where(and(eq(p.jobId, s.jobs.id), isNotNull(p.descriptionPlain)))
    .orderBy(desc(p.isListed), desc(p.updatedAt))
    .limit(1);
  return db
    .select({ id: s.jobs.id, title: s.jobs.title, status: s.jobs.status, confidential: s.jobs.confidential, description: sql<string | null>`(${postingText})` })
    .from(s.jobs);
}

const toMirrorJob = (row: Omit<MirrorJob, 'description'> & { description: string | null }): MirrorJob => ({ ...row, description: row.description ?? '' });

/** The job with this id, or null. */
export function loadMirrorJob(db: Db, jobId: string): MirrorJob | null {
  const row = mirrorJobs(db).where(eq(s.jobs.id, jobId)).get();
  return row ? toMirrorJob(row) : null;
}

/**
 * Jobs whose title matches (case-insensitive, exact first, then containing), open jobs first, at most 10.
 * drizzle has no lower() nor instr(), nor ordering by a comparison: those terms are fragments over typed columns.
 */
export function findMirrorJobsByTitle(db: Db, title: string): MirrorJob[] {
  const lowerTitle = sql`lower(${s.jobs.title})`;
  const exact = sql`${lowerTitle} = lower(${title})`;
  return mirrorJobs(db)
    .where(or(exact, sql`instr(${lowerTitle}, lower(${title})) > 0`))
    .orderBy(sql`${exact} desc`, sql`${s.jobs.status} = 'Open' desc`, desc(s.jobs.updatedAt))
    .limit(10)
    .all()
    .map(toMirrorJob);
}
