import { z } from 'zod';
import type { Db } from '../store/db.js';

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

const STATUS_ORDER = `CASE j.status WHEN 'Open' THEN 0 WHEN 'Draft' THEN 1 WHEN 'Closed' THEN 2 ELSE 3 END`;

/**
 * Jobs whose title, department or location contains every word of `query` (case-insensitive; all
 * jobs without one), open first, then by title. `status` keeps only those statuses.
 */
export function listJobs(db: Db, opts: { query?: string; status?: string[]; confidential?: boolean } = {}): JobSummary[] {
  const rows = db.$client
    .prepare(
      `SELECT j.id, j.title, j.status, d.name AS department, l.name AS location,
              (SELECT count(*) FROM applications a WHERE a.job_id = j.id) AS applications
         FROM jobs j LEFT JOIN departments d ON d.id = j.department_id LEFT JOIN locations l ON l.id = j.location_id
        WHERE j.confidential = 0 OR @confidential = 1
        ORDER BY ${STATUS_ORDER}, j.title`,
    )
    .all({ confidential: opts.confidential ? 1 : 0 }) as JobSummary[];
  const words = (opts.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const statuses = opts.status?.map((s) => s.toLowerCase());
  return rows.filter((j) => {
    if (statuses && !statuses.includes(j.status.toLowerCase())) return false;
    const hay = `${j.title} ${j.department ?? ''} ${j.location ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
