/** The typed read model of a candidate: the one way every reader gets at a candidate in the mirror. */
export { readCandidate, readCandidatePages, readCandidates } from './read-candidates.js';
export type { ApplicationRecord, CandidateContacts, CandidateRecord, ContactPoint, FileRecord, StageVisit } from './types.js';
export { CandidateProfile, EMPTY_PROFILE, parseStoredProfile } from './profile.js';
export { recruiterOfTeam } from './recruiter.js';
export { readAsOf } from './as-of.js';
export { FULL_VISIBILITY, PUBLIC_VISIBILITY, visibleRecord, type Visibility } from './visibility.js';
export { isCurrentlyHired } from './hired.js';
export { loadLookups, userDisplayName, type Lookups } from './lookups.js';
export { liveCandidateIds } from './sql-rows.js';
