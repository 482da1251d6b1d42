import type { CandidateContacts, ContactPoint } from './types.js';

type Raw = Record<string, unknown>;

function points(list: unknown, primary: unknown): ContactPoint[] {
  const out: ContactPoint[] = [];
  const push = (c: unknown) => {
    if (!c || typeof c !== 'object') return;
    const r = c as Raw;
    if (typeof r.value !== 'string' || out.some((o) => o.value === r.value)) return;
    out.push({ value: r.value, type: typeof r.type === 'string' ? r.type : null, isPrimary: r.isPrimary === true });
  };
  push(primary);
  if (Array.isArray(list)) list.forEach(push);
  return out;
}

/** E-mails, phones (primary first) and social links from a candidate's raw Ashby record. */
export function contactsOf(rawText: string | null, primary: { email: string | null; phone: string | null }): CandidateContacts {
  let raw: Raw = {};
  try {
    const value: unknown = rawText ? JSON.parse(rawText) : null;
    if (value && typeof value === 'object') raw = value as Raw;
  } catch {
    // An unreadable raw record still has the primary e-mail and phone columns.
  }
  const socialLinks = Array.isArray(raw.socialLinks)
    ? (raw.socialLinks as Raw[]).filter((l) => l && typeof l.url === 'string').map((l) => ({ type: String(l.type ?? 'Other'), url: String(l.url) }))
    : [];
  return {
    emails: points(raw.emailAddresses, raw.primaryEmailAddress ?? (primary.email ? { value: primary.email, isPrimary: true } : null)),
    phones: points(raw.phoneNumbers, raw.primaryPhoneNumber ?? (primary.phone ? { value: primary.phone, isPrimary: true } : null)),
    socialLinks,
  };
}
