import { parseRawCandidate } from './raw-record.js';
import type { CandidateContacts, ContactPoint } from './types.js';

/** The primary point first, then the listed ones, each value once. */
function points(list: readonly ContactPoint[] | null, primary: ContactPoint | null): ContactPoint[] {
  const out: ContactPoint[] = [];
  for (const c of [primary, ...(list ?? [])]) {
    if (c && !out.some((o) => o.value === c.value)) out.push({ value: c.value, type: c.type, isPrimary: c.isPrimary });
  }
  return out;
}

/** E-mails, phones (primary first) and social links from a candidate's raw Ashby record. */
export function contactsOf(rawText: string | null, primary: { email: string | null; phone: string | null }): CandidateContacts {
  // An unreadable raw record still has the primary e-mail and phone columns.
  const raw = parseRawCandidate(rawText);
  const column = (value: string | null): ContactPoint | null => (value ? { value, type: null, isPrimary: true } : null);
  return {
    emails: points(raw.emailAddresses, raw.primaryEmailAddress ?? column(primary.email)),
    phones: points(raw.phoneNumbers, raw.primaryPhoneNumber ?? column(primary.phone)),
    socialLinks: (raw.socialLinks ?? []).map((l) => ({ type: l.type ?? 'Other', url: l.url })),
  };
}
