export { candidatesForJob, type CandidatesForJobInput, type CandidatesForJobResult, type JobMatchResult, type RediscoverDeps } from './candidates-for-job.js';
export { jobSpecOf, parseYearsRequired, type JobSpec } from './job-requirements.js';
export { findMirrorJobsByTitle, loadMirrorJob, type MirrorJob } from './load-job.js';
export { resolveJobId } from './resolve-job.js';
export { onJobCreated, STORED_MATCHES, storeJobMatches } from './job-matches-store.js';
export { WEIGHTS, type MatchSignals, type Weights } from './score.js';
export type { ProfileVectorSource } from './semantic.js';
