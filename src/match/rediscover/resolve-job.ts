import { AppError } from '../../shared/errors.js';
import { jobQueryTerms, matchesJobQuery } from '../../shared/job-words.js';
import type { Db } from '../../store/db.js';
import type { Visibility } from '../../store/read-model/index.js';
import { findMirrorJobsByTitle, loadMirrorJob, readJobsWithCounts } from '../../store/jobs.js';

/**
 * A job id, or (part of) a job title, to the job's id: what a recruiter or an assistant has is the
 * title. An exact title wins over partial ones; several jobs with that title are an error listing
 * them with their ids, never a silent pick. A title said another way ("the platform PM role",
 * "Platform Product Manager") is read word by word, as list_jobs reads its query
 * (shared/job-words.ts); a miss names the closest titles.
 */
export function resolveJobId(db: Db, idOrTitle: string, visibility: Visibility): string {
  const wanted = idOrTitle.trim();
  // A confidential job is only found by viewers allowed to see confidential jobs.
  const seen = (job: { confidential: boolean } | null) => !!job && (visibility.confidential || !job.confidential);
  if (seen(loadMirrorJob(db, wanted))) return wanted;
  const matches = findMirrorJobsByTitle(db, wanted).filter(seen);
  if (matches.length === 0) return resolveByWords(db, wanted, visibility);
  const exact = matches.filter((j) => j.title.toLowerCase() === wanted.toLowerCase());
  const candidates = exact.length > 0 ? exact : matches;
  if (candidates.length > 1) throw several(wanted, candidates);
  return candidates[0].id;
}

const several = (wanted: string, jobs: { id: string; title: string; status: string }[]) =>
  new AppError('invalid_input', `"${wanted}" matches several jobs: ${jobs.map((j) => `${j.title} (${j.status}, ${j.id})`).join('; ')}. Pass the job id or the exact title instead.`);

const CLOSEST_SHOWN = 3;

function resolveByWords(db: Db, wanted: string, visibility: Visibility): string {
  const terms = jobQueryTerms(wanted);
  const jobs = readJobsWithCounts(db, { confidential: visibility.confidential });
  // Title words only: "platform engineer" must not pick every job of the Platform department.
  const hits = terms.length ? jobs.filter((j) => matchesJobQuery(terms, [j.title])) : [];
  if (hits.length === 1) return hits[0]!.id;
  if (hits.length > 1) throw several(wanted, hits);
  // A word found in the title counts twice a word found only in the department.
  const closeness = (j: (typeof jobs)[number]) => terms.reduce((n, t) => n + (matchesJobQuery([t], [j.title]) ? 2 : matchesJobQuery([t], [j.department]) ? 1 : 0), 0);
  const closest = jobs
    .map((j) => ({ j, n: closeness(j) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, CLOSEST_SHOWN)
    .map((x) => `${x.j.title} (${x.j.id})`);
  throw new AppError(
    'not_found',
    `No job with id or title "${wanted}" in the mirror.${closest.length ? ` Closest: ${closest.join('; ')}.` : ''} List jobs (list_jobs, or the Jobs section of the README) or run a sync.`,
  );
}
