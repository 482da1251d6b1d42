import type { Db } from '../../store/db.js';
import { readIdentitySources, type IdentitySourceRow } from '../../store/identity-sources.js';
import { findDuplicateGroups, persistIdentityLinks, type IdentityInput } from '../identity/index.js';

/*
 * Account-wide duplicate detection over the mirror: builds identity inputs from each present
 * candidate's Ashby record (its contact fields, read by the store) and resume, then replaces `identity_links`. Nothing is merged
 * in Ashby; the links only group records for display.
 */

/** The head of a resume carries the contact block and the latest jobs: all identity needs, at bounded memory. */
const RESUME_HEAD_CHARS = 2000;

interface RefreshIdentityOptions {
  /** Read resume text as extra evidence (default true). */
  includeResumeText?: boolean;
  now?: () => Date;
}

interface RefreshIdentityResult {
  candidates: number;
  links: number;
  groups: number;
  ms: number;
}

/** The identity input of one mirror row (Ashby's candidate shape from its raw record, columns as fallback). */
function identityInputOf(row: IdentitySourceRow): IdentityInput {
  const { fields } = row;
  return {
    id: row.id,
    name: row.name,
    primaryEmailAddress: fields.primaryEmailAddress,
    emailAddresses: fields.emailAddresses,
    primaryPhoneNumber: fields.primaryPhoneNumber,
    phoneNumbers: fields.phoneNumbers,
    socialLinks: fields.socialLinks,
    position: row.position,
    company: row.company,
    school: row.school,
    location: fields.location ?? row.location,
    resumeText: row.resume,
  };
}

/** Recompute every identity link of the account from the mirror. */
export function refreshIdentityLinks(db: Db, options: RefreshIdentityOptions = {}): RefreshIdentityResult {
  const started = performance.now();
  const rows = readIdentitySources(db, options.includeResumeText === false ? null : RESUME_HEAD_CHARS);
  const detection = findDuplicateGroups(rows.map(identityInputOf));
  const links = persistIdentityLinks(db, detection.pairs, { replaceAll: true, now: options.now });
  return { candidates: rows.length, links, groups: detection.groups.length, ms: Math.round(performance.now() - started) };
}
