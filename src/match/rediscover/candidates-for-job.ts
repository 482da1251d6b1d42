import type { Embedder } from '../../embedding/embedder.js';
import type { Db } from '../../store/db.js';
import { AppError } from '../../shared/errors.js';
import type { Visibility } from '../../store/read-model/index.js';
import { selectPoolIds, loadPool, type PoolApplication, type PoolCandidate } from './candidate-pool.js';
import { jobSpecOf, type JobSpec } from './job-requirements.js';
import { loadMirrorJob } from '../../store/jobs.js';
import { lexicalScores } from './lexical.js';
import { loadPastProcesses, type PastProcess } from './past-processes.js';
import { readCandidatesInProcessFor } from '../../store/past-processes.js';
import { loadResumeFacts } from './resume-facts.js';
import { relativeSemantic, scoreCandidate, type MatchSignals, type Weights } from './score.js';
import { chunkSimilarities, semanticSimilarities, type ProfileVectorSource } from './semantic.js';

/*
 * Rediscovery: rank the account's past candidates for a job (a mirror job or a pasted description).
 * Cheap signals (BM25 of the full resume, career titles, skills, seniority, past processes) score the
 * whole pool; the encoder then reads the whole resume (in chunks) of the best of them, so a query
 * costs the job's embeddings plus the chunks not yet cached.
 */

export interface RediscoverDeps {
  db: Db;
  embedder: Embedder;
  /** Precomputed profile vectors (the search index's), used before embedding anything. */
  profileVectors?: ProfileVectorSource;
  /** Candidates scored by the cheap signals (default 3000). */
  poolCap?: number;
  /** Of those, how many get semantic similarity over their resume chunks (default 150: ~1,300 chunks on a cold cache). */
  semanticCap?: number;
  /** Component weights (default WEIGHTS); evaluations tune them. */
  weights?: Weights;
}

interface CandidatesForJobInput {
  jobId?: string;
  description?: string;
  title?: string;
  limit?: number;
  /** Keep currently hired candidates (employees); default false. */
  includeHired?: boolean;
  /** The viewer's visibility of confidential jobs (default: hidden). */
  visibility?: Visibility;
}

export interface JobMatchResult {
  candidateId: string;
  name: string;
  score: number;
  currentTitle: string | null;
  currentCompany: string | null;
  location: string | null;
  profileUrl: string | null;
  reasons: string[];
  signals: MatchSignals;
  /** The candidate's applications as every door tells them (confidential ones hidden unless allowed). */
  applications: PoolApplication[];
}

export interface CandidatesForJobResult {
  job: Omit<JobSpec, 'description'>;
  results: JobMatchResult[];
}

/** Rank past candidates for a job; those with a live application to the job, and (unless asked) those hired, are left out. */
export async function candidatesForJob(deps: RediscoverDeps, input: CandidatesForJobInput): Promise<CandidatesForJobResult> {
  const limit = input.limit ?? 20;
  if (!input.jobId && !input.description?.trim()) {
    throw new AppError('invalid_input', 'Give a job id (a job in the mirror) or a job description text.');
  }
  let job: JobSpec;
  if (input.jobId) {
    const found = loadMirrorJob(deps.db, input.jobId);
    // A confidential job the viewer may not see does not exist for them.
    const mirrorJob = found && (!found.confidential || input.visibility?.confidential) ? found : null;
    if (!mirrorJob) throw new AppError('not_found', `No job with id "${input.jobId}" in the mirror. Run a sync, or pass a description instead.`);
    job = jobSpecOf({ id: mirrorJob.id, title: input.title ?? mirrorJob.title, description: input.description ?? mirrorJob.description });
  } else {
    job = jobSpecOf({ title: input.title, description: input.description });
  }
  const exclude = job.id ? readCandidatesInProcessFor(deps.db, job.id) : new Set<string>();
  const pool = loadPool(deps.db, selectPoolIds(deps.db, job, exclude, deps.poolCap ?? 3000), { visibility: input.visibility, includeHired: input.includeHired });
  const processes = visibleProcesses(loadPastProcesses(deps.db, pool.map((c) => c.candidateId)), pool);

  const resumes = loadResumeFacts(deps.db, pool.map((c) => c.candidateId));
  const lexical = lexicalScores(job.keyTerms, pool.map((c) => ({ candidateId: c.candidateId, text: resumes.get(c.candidateId)?.text ?? c.semanticText })));
  const evidenceOf = (id: string) => ({ resume: resumes.get(id) ?? null, lexical: lexical.get(id) ?? null });

  const cheap = pool
    .map((c) => ({ c, scored: scoreCandidate(job, c, processes.get(c.candidateId) ?? [], null, deps.weights, evidenceOf(c.candidateId)) }))
    .sort((a, b) => b.scored.score - a.scored.score || (a.c.candidateId < b.c.candidateId ? -1 : 1));
  const shortlist = cheap.slice(0, Math.max(deps.semanticCap ?? 150, limit)).map((x) => x.c);
  // The whole resume where there is one; candidates without a parsed resume fall back to their profile vector/text.
  const withText = shortlist.filter((c) => resumes.get(c.candidateId)?.text);
  const withoutText = shortlist.filter((c) => !resumes.get(c.candidateId)?.text);
  const cosines = await chunkSimilarities(deps.embedder, job, withText.map((c) => ({ candidateId: c.candidateId, text: resumes.get(c.candidateId)!.text })));
  if (withoutText.length) for (const [id, v] of await semanticSimilarities(deps.embedder, job, withoutText, deps.profileVectors)) cosines.set(id, v);
  const similarities = relativeSemantic(cosines);
  const ranked = shortlist
    .map((c) => ({ c, scored: scoreCandidate(job, c, processes.get(c.candidateId) ?? [], similarities.get(c.candidateId) ?? null, deps.weights, evidenceOf(c.candidateId)) }))
    .sort((a, b) => b.scored.score - a.scored.score || (a.c.candidateId < b.c.candidateId ? -1 : 1))
    .slice(0, limit);
  const { description: _description, ...jobSummary } = job;
  return { job: jobSummary, results: ranked.map(({ c, scored }) => toResult(c, scored)) };
}

function toResult(c: PoolCandidate, scored: ReturnType<typeof scoreCandidate>): JobMatchResult {
  return {
    candidateId: c.candidateId,
    name: c.name,
    score: scored.score,
    currentTitle: c.currentTitle,
    currentCompany: c.currentCompany,
    location: c.location,
    profileUrl: c.profileUrl,
    reasons: scored.reasons,
    signals: scored.signals,
    applications: c.applications,
  };
}

/** Past processes of the applications the pool shows: a hidden (confidential) one never becomes a reason. */
function visibleProcesses(processes: Map<string, PastProcess[]>, pool: PoolCandidate[]): Map<string, PastProcess[]> {
  const shown = new Set(pool.flatMap((c) => c.applications.map((a) => a.applicationId)));
  return new Map([...processes].map(([id, list]) => [id, list.filter((p) => shown.has(p.applicationId))]));
}
