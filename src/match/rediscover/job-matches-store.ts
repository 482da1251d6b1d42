import type { Db } from '../../store/db.js';
import { candidatesForJob, type JobMatchResult, type RediscoverDeps } from './candidates-for-job.js';

/** How many matches are stored per job for the digests. */
export const STORED_MATCHES = 20;

/** Replace the stored matches of a job with `results` (ranked in order). */
export function storeJobMatches(db: Db, jobId: string, results: Pick<JobMatchResult, 'candidateId' | 'score' | 'reasons'>[], now: Date): number {
  const remove = db.$client.prepare('DELETE FROM job_matches WHERE job_id = ?');
  const insert = db.$client.prepare(
    'INSERT INTO job_matches (job_id, candidate_id, rank, score, reasons, computed_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.$client.transaction(() => {
    remove.run(jobId);
    results.forEach((r, i) => insert.run(jobId, r.candidateId, i + 1, r.score, JSON.stringify(r.reasons), now.toISOString()));
  })();
  return results.length;
}

/** The `jobCreate` hook: compute the job's top matches and store them for the digests. */
export async function onJobCreated(deps: RediscoverDeps & { now?: () => Date }, jobId: string): Promise<number> {
  const { results } = await candidatesForJob(deps, { jobId, limit: STORED_MATCHES });
  return storeJobMatches(deps.db, jobId, results, deps.now?.() ?? new Date());
}
