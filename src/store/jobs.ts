import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import type { Visibility } from './read-model/index.js';
import * as s from './schema.js';

/** Open jobs by title, as `visibility` allows (confidential ones only with access): what a candidate can be added to. */
export function readOpenJobs(db: Db, visibility: Visibility): { id: string; title: string }[] {
  const open = db.select({ id: s.jobs.id, title: s.jobs.title, confidential: s.jobs.confidential }).from(s.jobs).where(eq(s.jobs.status, 'Open')).orderBy(asc(s.jobs.title)).all();
  return open.filter((j) => visibility.confidential || !j.confidential).map(({ id, title }) => ({ id, title }));
}

/** A job with its department, location and how many applications the mirror holds for it. */
export interface JobWithCounts {
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
