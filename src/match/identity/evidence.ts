import { compareTitles, orgsMatch } from './history-fields.js';
import { phonesMatch } from './normalize-phone.js';
import type { PreparedCandidate } from './prepare.js';
import { resumeMentions, resumeSimilarity } from './resume-signals.js';

/** Exact identifiers two records share or contradict. */
export interface IdentifierEvidence {
  sharedLinkedIn: boolean;
  sharedGitHub: boolean;
  sharedEmail: boolean;
  sharedRoleEmail: boolean;
  sharedPhone: boolean;
  /** Both records name a LinkedIn profile and none is shared: people rarely have two. */
  differentLinkedIn: boolean;
  differentGitHub: boolean;
}

export function identifierEvidence(a: PreparedCandidate, b: PreparedCandidate): IdentifierEvidence {
  const sharedLinkedIn = intersects(a.linkedInSlugs, b.linkedInSlugs);
  const sharedGitHub = intersects(a.gitHubLogins, b.gitHubLogins);
  return {
    sharedLinkedIn,
    sharedGitHub,
    sharedEmail: intersects(a.emails, b.emails),
    sharedRoleEmail: intersects(a.roleEmails, b.roleEmails),
    sharedPhone: a.phones.some((p) => b.phones.some((q) => phonesMatch(p, q))),
    differentLinkedIn: !sharedLinkedIn && a.linkedInSlugs.length > 0 && b.linkedInSlugs.length > 0,
    differentGitHub: !sharedGitHub && a.gitHubLogins.length > 0 && b.gitHubLogins.length > 0,
  };
}

/** One piece of work/education evidence with its weight (log-odds-like points) and words. */
interface HistorySignal {
  points: number;
  reason: string;
}

/*
 * Weights: an employer or school in common is strong evidence next to a matching name; a title or
 * city in common is weak (many people share them); a differing employer, city or line of work counts
 * a little against, not much, because people move — the records may be years apart.
 */
export function historySignals(a: PreparedCandidate, b: PreparedCandidate): HistorySignal[] {
  const signals: HistorySignal[] = [];
  let companyAgrees = false;
  let schoolAgrees = false;
  if (a.company && b.company) {
    companyAgrees = orgsMatch(a.company, b.company, 'company');
    signals.push(companyAgrees ? { points: 2.5, reason: 'same current company' } : { points: -0.5, reason: 'different current companies' });
  }
  if (a.school && b.school) {
    schoolAgrees = orgsMatch(a.school, b.school, 'school');
    signals.push(schoolAgrees ? { points: 2, reason: 'same school' } : { points: -0.5, reason: 'different schools' });
  }
  if (!companyAgrees && mentionedInOtherResume(a, b, 'company')) {
    signals.push({ points: 2, reason: "one record's company appears in the other record's resume" });
    companyAgrees = true;
  }
  if (!schoolAgrees && mentionedInOtherResume(a, b, 'school')) {
    signals.push({ points: 1.5, reason: "one record's school appears in the other record's resume" });
  }
  if (a.title && b.title) {
    // Titles without a word in common (Software Engineer / Sales Manager) mean a change of
    // profession, which is rarer than a promotion; a little evidence against.
    const titles = compareTitles(a.title, b.title);
    if (titles === 'same') signals.push({ points: 1, reason: 'same job title' });
    if (titles === 'unrelated') signals.push({ points: -0.5, reason: 'unrelated job titles' });
  }
  if (a.city && b.city) {
    signals.push(a.city === b.city ? { points: 0.5, reason: 'same city' } : { points: -0.5, reason: 'different cities' });
  }
  if (a.resume && b.resume) signals.push(...resumeOverlap(a, b));
  return signals;
}

function mentionedInOtherResume(a: PreparedCandidate, b: PreparedCandidate, field: 'company' | 'school'): boolean {
  const aInB = a[field] && b.resume && resumeMentions(b.resume, a[field].tokens.join(' '));
  const bInA = b[field] && a.resume && resumeMentions(a.resume, b[field].tokens.join(' '));
  return Boolean(aInB || bInA);
}

function resumeOverlap(a: PreparedCandidate, b: PreparedCandidate): HistorySignal[] {
  const ra = a.resume!;
  const rb = b.resume!;
  const similarity = resumeSimilarity(ra, rb);
  if (similarity >= 0.5) return [{ points: 4, reason: 'nearly identical resumes' }];
  const shared = [...ra.organisations].filter((o) => rb.organisations.has(o)).length;
  const signals: HistorySignal[] = [];
  if (shared > 0) {
    signals.push({ points: Math.min(3, 1.5 * shared), reason: `resumes name ${shared} of the same employers or schools` });
  }
  if (similarity >= 0.2) signals.push({ points: 1.5, reason: 'resumes largely overlap' });
  return signals;
}

function intersects(a: string[], b: string[]): boolean {
  return a.some((v) => b.includes(v));
}
