export { candidatesForJob, type CandidatesForJobInput, type CandidatesForJobResult, type JobMatchResult, type RediscoverDeps } from './candidates-for-job.js';
export { jobSpecOf, parseYearsRequired, type JobSpec } from './job-requirements.js';
export { findMirrorJobsByTitle, loadMirrorJob, type MirrorJob } from '../../store/jobs.js';
export { resolveJobId } from './resolve-job.js';
export { onJobCreated, STORED_MATCHES } from './job-matches-store.js';
export { storeJobMatches } from '../../store/job-matches.js';
export { WEIGHTS, type MatchSignals, type Weights } from './score.js';
export type { ProfileVectorSource } from './semantic.js';
