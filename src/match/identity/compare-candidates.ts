import { historySignals, identifierEvidence, type IdentifierEvidence } from './evidence.js';
import { compareNames, type NameComparison, type NameLevel } from './name-match.js';
import { prepareCandidate, type PreparedCandidate } from './prepare.js';
import { SAME_THRESHOLD, type IdentityCandidate, type IdentityDecision } from './types.js';

/*
 * The same-person decision, in two tiers.
 * 1. Exact personal identifiers (LinkedIn, GitHub, email, phone) decide — unless the names say two
 *    people: a family or agency sharing an email or phone has different first names, a father and
 *    son differ by Jr./Sr. A changed surname with the same first name still matches on a shared
 *    identifier.
 * 2. Otherwise a compatible name must be backed by history: points for the name's strength plus
 *    employer/school/title/city/resume agreement, minus contradictions (two different LinkedIn
 *    profiles). The threshold needs a name and an employer or school in common, or a weaker name
 *    with more history.
 */

const NAME_POINTS: Record<NameLevel, number> = { exact: 3, variant: 2.5, initial: 1.5, typo: 1.5, partial: 1, unknown: 0, conflict: 0 };
/** Points needed on the name-plus-history path. */
const HISTORY_THRESHOLD = 5;

/** Decide whether two candidate records are the same person. */
export function compareCandidates(a: IdentityCandidate, b: IdentityCandidate): IdentityDecision {
  return comparePrepared(prepareCandidate(a), prepareCandidate(b));
}

/** `compareCandidates` on records already normalised with `prepareCandidate`. */
export function comparePrepared(a: PreparedCandidate, b: PreparedCandidate): IdentityDecision {
  const name = compareNames(a.name, b.name);
  const ids = identifierEvidence(a, b);
  if (name.level === 'conflict') return decideConflictingNames(name, ids);
  const byIdentifier = decideByIdentifiers(name, ids);
  if (byIdentifier) return byIdentifier;
  return decideByHistory(a, b, name, ids);
}

function decideConflictingNames(name: NameComparison, ids: IdentifierEvidence): IdentityDecision {
  const nameReason = name.reason ?? 'different names';
  const personalProfile = ids.sharedLinkedIn ? 'same LinkedIn profile' : ids.sharedGitHub ? 'same GitHub profile' : null;
  // Same first name, different surname, same personal identifier: a changed or double surname.
  if (!name.givenConflict && (personalProfile || ids.sharedEmail)) {
    const reasons = [personalProfile ?? 'same email address', `${nameReason} (possibly a name change)`];
    return { same: true, confidence: personalProfile ? 0.93 : 0.85, reasons };
  }
  const reasons = [nameReason];
  if (personalProfile) reasons.push(`${personalProfile}, but the names point at different people`);
  if (ids.sharedEmail || ids.sharedRoleEmail) reasons.push('shared email address (a shared, family or agency mailbox)');
  if (ids.sharedPhone) reasons.push('shared phone number (a shared, family or agency line)');
  return { same: false, confidence: personalProfile ? 0.3 : 0.05, reasons };
}

function decideByIdentifiers(name: NameComparison, ids: IdentifierEvidence): IdentityDecision | null {
  const reasons: string[] = [];
  let confidence = 0;
  if (ids.sharedLinkedIn) {
    reasons.push('same LinkedIn profile');
    confidence = 0.99;
  }
  if (ids.sharedGitHub) {
    reasons.push('same GitHub profile');
    confidence = Math.max(confidence, 0.98);
  }
  if (ids.sharedEmail) {
    reasons.push('same email address');
    confidence = Math.max(confidence, name.level === 'unknown' ? 0.9 : 0.97);
  }
  // A phone is shared more often than an email (household and agency lines): it needs a name too.
  if (ids.sharedPhone && name.level !== 'unknown') {
    reasons.push('same phone number');
    confidence = Math.max(confidence, name.level === 'partial' ? 0.8 : 0.92);
  }
  if (confidence === 0) return null;
  if (ids.differentLinkedIn) {
    reasons.push('different LinkedIn profiles');
    confidence = Math.min(confidence, 0.8);
  }
  if (name.reason && name.level !== 'exact') reasons.push(name.reason);
  return { same: confidence >= SAME_THRESHOLD, confidence, reasons };
}

function decideByHistory(a: PreparedCandidate, b: PreparedCandidate, name: NameComparison, ids: IdentifierEvidence): IdentityDecision {
  if (name.level === 'unknown' && !ids.sharedPhone) {
    return { same: false, confidence: 0.05, reasons: ['no name or identifier to compare'] };
  }
  let points = NAME_POINTS[name.level];
  const reasons: string[] = name.reason ? [name.reason] : [];
  if (name.level === 'unknown' && ids.sharedPhone) {
    points += 3;
    reasons.push('same phone number');
  }
  if (sameFullMiddleName(a, b)) points += 0.5;
  for (const signal of historySignals(a, b)) {
    points += signal.points;
    reasons.push(signal.reason);
  }
  if (ids.differentLinkedIn) {
    points -= 3;
    reasons.push('different LinkedIn profiles');
  }
  if (ids.differentGitHub) {
    points -= 2;
    reasons.push('different GitHub profiles');
  }
  const same = points >= HISTORY_THRESHOLD;
  // Logistic in points, centred so that the threshold lands just above SAME_THRESHOLD.
  const confidence = round(1 / (1 + Math.exp(-(points - 4.5) * 0.9)));
  return { same, confidence: same ? Math.max(confidence, SAME_THRESHOLD) : Math.min(confidence, SAME_THRESHOLD - 0.01), reasons };
}

function sameFullMiddleName(a: PreparedCandidate, b: PreparedCandidate): boolean {
  const middleA = a.name?.middles.find((m) => m.length > 1);
  return Boolean(middleA && b.name?.middles.includes(middleA));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
