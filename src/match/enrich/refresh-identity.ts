import type { Db } from '../../store/db.js';
import { readIdentitySources, type IdentitySourceRow } from '../../store/identity-sources.js';
import { findDuplicateGroups, persistIdentityLinks, type IdentityInput } from '../identity/index.js';

/*
 * Account-wide duplicate detection over the mirror: builds identity inputs from each present
 * candidate's Ashby record (raw JSON) and resume, then replaces `identity_links`. Nothing is merged
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

type Raw = Record<string, unknown>;
const list = (value: unknown) => (Array.isArray(value) ? value.filter((v) => v && typeof v === 'object') : null);
const object = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? value : null);

function parseRaw(text: string): Raw {
  try {
    return (object(JSON.parse(text)) as Raw | null) ?? {};
  } catch {
    return {};
  }
}

/** The identity input of one mirror row (Ashby's candidate shape from raw JSON, columns as fallback). */
function identityInputOf(row: IdentitySourceRow): IdentityInput {
  const raw = parseRaw(row.raw);
  return {
    id: row.id,
    name: row.name,
    primaryEmailAddress: object(raw.primaryEmailAddress) as IdentityInput['primaryEmailAddress'],
    emailAddresses: list(raw.emailAddresses) as IdentityInput['emailAddresses'],
    primaryPhoneNumber: object(raw.primaryPhoneNumber) as IdentityInput['primaryPhoneNumber'],
    phoneNumbers: list(raw.phoneNumbers) as IdentityInput['phoneNumbers'],
    socialLinks: list(raw.socialLinks) as IdentityInput['socialLinks'],
    position: row.position,
    company: row.company,
    school: row.school,
    location: (object(raw.location) as IdentityInput['location']) ?? row.location,
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
