import type { Db } from '../../store/db.js';
import { findDuplicateGroups, persistIdentityLinks, type IdentityInput } from '../identity/index.js';

/*
 * Account-wide duplicate detection over the mirror: builds identity inputs from each present
 * candidate's Ashby record (raw JSON) and resume, then replaces `identity_links`. Nothing is merged
 * in Ashby; the links only group records for display.
 */

/** The head of a resume carries the contact block and the latest jobs: all identity needs, at bounded memory. */
const RESUME_HEAD_CHARS = 2000;

export interface RefreshIdentityOptions {
  /** Read resume text as extra evidence (default true). */
  includeResumeText?: boolean;
  now?: () => Date;
}

export interface RefreshIdentityResult {
  candidates: number;
  links: number;
  groups: number;
  ms: number;
}

interface Row {
  id: string;
  name: string;
  position: string | null;
  company: string | null;
  school: string | null;
  location: string | null;
  raw: string;
  resume: string | null;
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
export function identityInputOf(row: Row): IdentityInput {
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
  const resumeColumn =
    options.includeResumeText === false
      ? 'NULL'
      : `(SELECT substr(f.text, 1, ${RESUME_HEAD_CHARS}) FROM files f
           WHERE f.candidate_id = c.id AND +f.status = 'ok' AND f.text IS NOT NULL
           ORDER BY f.id = c.resume_file_id DESC, f.kind = 'resume' DESC, f.updated_at DESC LIMIT 1)`;
  const rows = db.$client
    .prepare(
      `SELECT c.id, c.name, c.position, c.company, c.school, c.location_summary AS location, c.raw, ${resumeColumn} AS resume
         FROM candidates c
        WHERE c.id NOT IN (SELECT candidate_id FROM candidate_tombstones)
        ORDER BY c.id`,
    )
    .all() as Row[];
  const detection = findDuplicateGroups(rows.map(identityInputOf));
  const links = persistIdentityLinks(db, detection.pairs, { replaceAll: true, now: options.now });
  return { candidates: rows.length, links, groups: detection.groups.length, ms: Math.round(performance.now() - started) };
}
