import { z } from 'zod';
import type { Db } from '../store/db.js';
import { readJobsWithCounts } from '../store/jobs.js';
import { jobQueryTerms, matchesJobQuery } from '../shared/job-words.js';

/*
 * Jobs as an assistant or a recruiter picks one: "the platform PM role" → an id. Read-only over the
 * mirror; confidential jobs are left out unless the viewer may see them.
 */

export const JobSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string().describe('Open, Closed, Archived or Draft'),
  department: z.string().nullable(),
  location: z.string().nullable(),
  applications: z.number().int().describe('Applications in the mirror'),
});
export type JobSummary = z.infer<typeof JobSummary>;

/**
 * Jobs whose title, department or location answer every word of `query` (shared/job-words.ts:
 * word starts, recruiter shorthand such as PM or SRE, filler such as "the … role" ignored; all
 * jobs without one), open first, then by title. `status` keeps only those statuses.
 */
export function listJobs(db: Db, opts: { query?: string; status?: string[]; confidential?: boolean } = {}): JobSummary[] {
  const rows: JobSummary[] = readJobsWithCounts(db, { confidential: opts.confidential ?? false });
  const terms = jobQueryTerms(opts.query ?? '');
  const statuses = opts.status?.map((s) => s.toLowerCase());
  return rows.filter((j) => {
    if (statuses && !statuses.includes(j.status.toLowerCase())) return false;
    return matchesJobQuery(terms, [j.title, j.department, j.location]);
  });
}
