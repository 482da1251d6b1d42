import type { Db } from '../../store/db.js';

/** A mirror job as rediscovery reads it: its title and its posting's plain description, when it has one. */
export interface MirrorJob {
  id: string;
  title: string;
  status: string;
  description: string;
  /** Ashby's confidential flag: only viewers allowed to see confidential jobs may match against it. */
  confidential: boolean;
}

interface Row {
  id: string;
  title: string;
  status: string;
  description: string | null;
  confidential: number;
}

// Listed postings first, then the newest: the description candidates actually saw.
const SELECT = `SELECT j.id, j.title, j.status, j.confidential,
       (SELECT p.description_plain FROM job_postings p WHERE p.job_id = j.id AND p.description_plain IS NOT NULL
         ORDER BY p.is_listed DESC, p.updated_at DESC LIMIT 1) AS description
  FROM jobs j`;

const toJob = (row: Row | undefined): MirrorJob | null => (row ? { ...row, description: row.description ?? '', confidential: row.confidential === 1 } : null);

/** The job with this id, or null. */
export function loadMirrorJob(db: Db, jobId: string): MirrorJob | null {
  return toJob(db.$client.prepare(`${SELECT} WHERE j.id = ?`).get(jobId) as Row | undefined);
}

/** Jobs whose title matches (case-insensitive, exact first, then containing), open jobs first. */
export function findMirrorJobsByTitle(db: Db, title: string): MirrorJob[] {
  const rows = db.$client
    .prepare(
      `${SELECT} WHERE lower(j.title) = lower(@title) OR instr(lower(j.title), lower(@title)) > 0
        ORDER BY lower(j.title) = lower(@title) DESC, j.status = 'Open' DESC, j.updated_at DESC LIMIT 10`,
    )
    .all({ title }) as Row[];
  return rows.map((r) => toJob(r)!);
}
