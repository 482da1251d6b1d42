export { candidatesForJob, type CandidatesForJobResult, type JobMatchResult, type RediscoverDeps } from './candidates-for-job.js';
export { jobSpecOf, parseYearsRequired, type JobSpec } from './job-requirements.js';
export { findMirrorJobsByTitle, loadMirrorJob } from '../../store/jobs.js';
export { resolveJobId } from './resolve-job.js';
export { onJobCreated } from './job-matches-store.js';
export { storeJobMatches } from '../../store/job-matches.js';
export { type MatchSignals, type Weights } from './score.js';
export type { ProfileVectorSource } from './semantic.js';
