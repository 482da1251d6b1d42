import { locationCity, orgKey, titleTokens, type OrgKey } from './history-fields.js';
import { isRoleEmail, normalizeEmail } from './normalize-email.js';
import { gitHubLogin } from './normalize-github.js';
import { linkedInSlug } from './normalize-linkedin.js';
import { parseName, type ParsedName } from './normalize-name.js';
import { phoneKey, type PhoneKey } from './normalize-phone.js';
import { resumeSignals, type ResumeSignals } from './resume-signals.js';
import type { IdentityCandidate } from './types.js';

/** A candidate with every field normalised once, so account-wide comparison stays cheap. */
export interface PreparedCandidate {
  id: string | null;
  name: ParsedName | null;
  /** Personal emails (role mailboxes such as jobs@ are kept apart in `roleEmails`). */
  emails: string[];
  roleEmails: string[];
  phones: PhoneKey[];
  linkedInSlugs: string[];
  gitHubLogins: string[];
  company: OrgKey | null;
  school: OrgKey | null;
  title: Set<string> | null;
  city: string | null;
  resume: ResumeSignals | null;
}

/** Normalise every identity-relevant field of a candidate. */
export function prepareCandidate(candidate: IdentityCandidate): PreparedCandidate {
  const rawEmails = [candidate.primaryEmailAddress?.value, ...(candidate.emailAddresses ?? []).map((e) => e.value)];
  const rawPhones = [candidate.primaryPhoneNumber?.value, ...(candidate.phoneNumbers ?? []).map((p) => p.value)];
  const links = candidate.socialLinks ?? [];
  const resume = candidate.resumeText && candidate.resumeText.trim() ? resumeSignals(candidate.resumeText) : null;

  const allEmails = unique([...rawEmails.map((e) => normalizeEmail(e)), ...(resume?.emails ?? [])]);
  const phones: PhoneKey[] = [];
  const seenPhones = new Set<string>();
  for (const raw of rawPhones) {
    const key = phoneKey(raw);
    if (key && !seenPhones.has(key.national)) {
      seenPhones.add(key.national);
      phones.push(key);
    }
  }
  const linkedIn = links.filter((l) => /linkedin/i.test(l.type ?? '') || /linkedin\./i.test(l.url)).map((l) => linkedInSlug(l.url));
  const gitHub = links.filter((l) => /github/i.test(l.type ?? '') || /github\.(com|io)/i.test(l.url)).map((l) => gitHubLogin(l.url));

  return {
    id: candidate.id ?? null,
    name: parseName(candidate.name),
    emails: allEmails.filter((e) => !isRoleEmail(e)),
    roleEmails: allEmails.filter((e) => isRoleEmail(e)),
    phones,
    linkedInSlugs: unique([...linkedIn, ...(resume?.linkedInSlugs ?? [])]),
    gitHubLogins: unique([...gitHub, ...(resume?.gitHubLogins ?? [])]),
    company: memo(companyCache, candidate.company, (v) => orgKey(v, 'company')),
    school: memo(schoolCache, candidate.school, (v) => orgKey(v, 'school')),
    title: memo(titleCache, candidate.position, titleTokens),
    city: typeof candidate.location === 'string' || !candidate.location ? memo(cityCache, candidate.location, locationCity) : locationCity(candidate.location),
    resume,
  };
}

/*
 * Employers, schools, titles and cities repeat across an account (thousands of records share a
 * handful of values), so their normal forms are cached by raw string. The caches are bounded: they are
 * cleared rather than grown past MEMO_LIMIT entries. Cached values are never mutated by callers.
 */
const MEMO_LIMIT = 50_000;
const companyCache = new Map<string, OrgKey | null>();
const schoolCache = new Map<string, OrgKey | null>();
const titleCache = new Map<string, Set<string> | null>();
const cityCache = new Map<string, string | null>();

function memo<T>(cache: Map<string, T>, raw: string | null | undefined, compute: (raw: string) => T): T | null {
  if (!raw) return null;
  const cached = cache.get(raw);
  if (cached !== undefined || cache.has(raw)) return cached as T;
  if (cache.size >= MEMO_LIMIT) cache.clear();
  const value = compute(raw);
  cache.set(raw, value);
  return value;
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}
