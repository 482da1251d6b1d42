import { normalizeEmail } from '../identity/normalize-email.js';
import { normalizeGitHub, gitHubLogin } from '../identity/normalize-github.js';
import { linkedInSlug, normalizeLinkedIn } from '../identity/normalize-linkedin.js';
import { normalizePhone } from '../identity/normalize-phone.js';
import type { CandidateProfile } from './types.js';

/* Contact facts from Ashby fields and from resume text, normalised with the identity module's rules. */

type Social = CandidateProfile['social'][number];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{2,4})[\s.-]?\d{3,4}[\s.-]?\d{3,4}/g;
const URL = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:www\.)?(?:linkedin\.com\/(?:in|pub)\/[^\s,;)]+|github\.com\/[A-Za-z0-9-]+)/gi;

export function socialFromUrl(url: string, source: 'ashby' | 'resume', typeHint?: string): Social | null {
  const linkedIn = normalizeLinkedIn(url);
  if (linkedIn) return { type: 'linkedin', url: linkedIn, handle: linkedInSlug(url), source, confidence: source === 'ashby' ? 1 : 0.9 };
  const gitHub = normalizeGitHub(url);
  if (gitHub) return { type: 'github', url: gitHub, handle: gitHubLogin(url), source, confidence: source === 'ashby' ? 1 : 0.9 };
  if (source === 'ashby' && /^https?:\/\//i.test(url.trim())) return { type: 'other', url: url.trim(), handle: typeHint ?? null, source, confidence: 1 };
  return null;
}

export function contactsFromText(text: string): { emails: string[]; phones: string[]; social: Social[] } {
  const emails = (text.includes('@') ? [...text.matchAll(EMAIL)] : []).map((m) => normalizeEmail(m[0])).filter((e): e is string => !!e);
  const phones = [...text.matchAll(PHONE)]
    .map((m) => m[0])
    .filter((raw) => raw.replace(/\D/g, '').length >= 10 && !/^(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}$/.test(raw.trim()))
    .map((raw) => normalizePhone(raw, 'US'))
    .filter((p): p is string => !!p);
  const social = (/linkedin|github/i.test(text) ? [...text.matchAll(URL)] : []).map((m) => socialFromUrl(m[0], 'resume')).filter((s): s is Social => !!s);
  return { emails, phones, social };
}
