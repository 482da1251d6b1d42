import { storeJobMatches } from '../../store/job-matches.js';
import { candidatesForJob, type RediscoverDeps } from './candidates-for-job.js';

/** How many matches are stored per job for the digests. */
const STORED_MATCHES = 20;

/** The `jobCreate` hook: compute the job's top matches and store them for the digests. */
export async function onJobCreated(deps: RediscoverDeps & { now?: () => Date }, jobId: string): Promise<number> {
  const { results } = await candidatesForJob(deps, { jobId, limit: STORED_MATCHES });
  return storeJobMatches(deps.db, jobId, results, deps.now?.() ?? new Date());
}
