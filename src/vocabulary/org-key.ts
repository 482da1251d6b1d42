import { foldText } from './fold-text.js';

/*
 * The comparable form of a company or school name: folded text without legal suffixes (Inc, LLC,
 * GmbH…) and connectives. Identity resolution (src/match/identity) compares these keys; insights join
 * a user's company attributes file on them, so "Acme, Inc." in a resume meets "ACME" in the file.
 */

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'sas',
  'plc', 'bv', 'nv', 'pty', 'oy', 'ab', 'as', 'srl', 'spa', 'kk', 'pvt',
]);
export const CONNECTIVES = new Set(['the', 'of', 'and', 'at', 'for', 'de', 'la']);
const SCHOOL_ABBREVIATIONS: Record<string, string[]> = { univ: ['university'], u: ['university'], uc: ['university', 'california'], inst: ['institute'], tech: ['technology'] };

export interface OrgKey {
  /** Significant tokens in order (legal suffixes and connectives removed). */
  tokens: string[];
  key: string;
  /** Initials of the significant tokens ("Massachusetts Institute of Technology" → "mit"). */
  acronym: string;
}

/** A comparable company or school name, or null when nothing significant is left. */
export function orgKey(raw: string | null | undefined, kind: 'company' | 'school'): OrgKey | null {
  if (!raw) return null;
  let tokens = foldText(raw).split(' ').filter(Boolean);
  if (kind === 'school') tokens = tokens.flatMap((t) => SCHOOL_ABBREVIATIONS[t] ?? [t]);
  tokens = tokens.filter((t) => !CONNECTIVES.has(t) && !(kind === 'company' && LEGAL_SUFFIXES.has(t)));
  if (tokens.length === 0) return null;
  return { tokens, key: tokens.join(' '), acronym: tokens.map((t) => t[0]).join('') };
}

