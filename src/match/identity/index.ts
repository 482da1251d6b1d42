/** Identity resolution: normalisers, the pairwise same-person decision, account-wide detection, storage. */
export { compareCandidates, comparePrepared } from './compare-candidates.js';
export { findDuplicateGroups } from './find-duplicates.js';
export { duplicatesOf, identityGroupOf, persistIdentityLinks } from './identity-links-store.js';
export { isRoleEmail, normalizeEmail } from './normalize-email.js';
export { gitHubLogin, normalizeGitHub } from './normalize-github.js';
export { linkedInSlug, normalizeLinkedIn } from './normalize-linkedin.js';
export { normalizeName, parseName, type ParsedName } from './normalize-name.js';
export { normalizePhone } from './normalize-phone.js';
export { prepareCandidate, type PreparedCandidate } from './prepare.js';
export { IdentityCandidate, IdentityInput, SAME_THRESHOLD, type IdentityDecision, type IdentityPair } from './types.js';
