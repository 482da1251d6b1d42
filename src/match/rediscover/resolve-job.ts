import { AppError } from '../../shared/errors.js';
import type { Db } from '../../store/db.js';
import type { Visibility } from '../../store/read-model/index.js';
import { findMirrorJobsByTitle, loadMirrorJob } from '../../store/jobs.js';

/**
 * A job id, or (part of) a job title, to the job's id: what a recruiter or an assistant has is the
 * title. An exact title wins over partial ones; several jobs with that title are an error listing
 * them with their ids, never a silent pick.
 */
export function resolveJobId(db: Db, idOrTitle: string, visibility: Visibility): string {
  const wanted = idOrTitle.trim();
  // A confidential job is only found by viewers allowed to see confidential jobs.
  const seen = (job: { confidential: boolean } | null) => !!job && (visibility.confidential || !job.confidential);
  if (seen(loadMirrorJob(db, wanted))) return wanted;
  const matches = findMirrorJobsByTitle(db, wanted).filter(seen);
  if (matches.length === 0) throw new AppError('not_found', `No job with id or title "${wanted}" in the mirror. List jobs (list_jobs, or the Jobs section of the README) or run a sync.`);
  const exact = matches.filter((j) => j.title.toLowerCase() === wanted.toLowerCase());
  const candidates = exact.length > 0 ? exact : matches;
  if (candidates.length > 1) {
    const listed = candidates.map((j) => `${j.title} (${j.status}, ${j.id})`).join('; ');
    throw new AppError('invalid_input', `"${wanted}" matches several jobs: ${listed}. Pass the job id instead.`);
  }
  return candidates[0].id;
}
