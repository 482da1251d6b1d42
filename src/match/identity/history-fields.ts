import { foldText } from '../../vocabulary/fold-text.js';
import { CONNECTIVES, type OrgKey } from '../../vocabulary/org-key.js';

export { orgKey, type OrgKey } from '../../vocabulary/org-key.js';

/*
 * Comparable forms of the history fields (company, school, title, location). Cheap and
 * conservative: an agreement here adds evidence to a name match, it never decides alone.
 */

/** Words that name a kind of organisation, not which one: never enough alone to call two orgs the same. */
const GENERIC_ORG_WORDS = new Set([
  'university', 'college', 'institute', 'school', 'academy', 'technology', 'technologies', 'group', 'bank', 'hospital',
  'solutions', 'systems', 'services', 'global', 'international', 'labs', 'health', 'state', 'national', 'consulting',
  'partners', 'holdings', 'software', 'digital', 'media', 'center', 'centre', 'community', 'medical',
]);

/**
 * Same organisation: same significant words in any order, an acronym of the other's name (MIT, IBM),
 * or — for companies only — one name extending the other ("Google" / "Google Cloud"). Schools do not
 * get the extension rule: "Michigan State University" is not "University of Michigan".
 */
export function orgsMatch(a: OrgKey, b: OrgKey, kind: 'company' | 'school'): boolean {
  if (a.key === b.key) return true;
  const setA = new Set(a.tokens);
  const setB = new Set(b.tokens);
  if (setA.size === setB.size && [...setA].every((t) => setB.has(t))) return true;
  if (a.tokens.length === 1 && a.key.length >= 2 && b.tokens.length >= 2 && b.acronym === a.key) return true;
  if (b.tokens.length === 1 && b.key.length >= 2 && a.tokens.length >= 2 && a.acronym === b.key) return true;
  if (kind === 'company') {
    const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
    const significant = [...small].filter((t) => !GENERIC_ORG_WORDS.has(t));
    if (significant.length > 0 && a.tokens[0] === b.tokens[0] && [...small].every((t) => large.has(t))) return true;
  }
  return false;
}

const TITLE_ABBREVIATIONS: Record<string, string> = {
  sr: 'senior', snr: 'senior', jr: 'junior', eng: 'engineer', engr: 'engineer', mgr: 'manager', dev: 'developer',
  swe: 'software engineer', sde: 'software engineer', sre: 'site reliability engineer', vp: 'vice president', dir: 'director', mktg: 'marketing',
  assoc: 'associate', asst: 'assistant', admin: 'administrator', ops: 'operations', acct: 'accountant',
};

/** The words of a job title with common abbreviations expanded. */
export function titleTokens(raw: string | null | undefined): Set<string> | null {
  if (!raw) return null;
  const words = foldText(raw)
    .split(' ')
    .filter(Boolean)
    .flatMap((t) => (TITLE_ABBREVIATIONS[t] ?? t).split(' '))
    .filter((t) => !CONNECTIVES.has(t));
  return words.length > 0 ? new Set(words) : null;
}

/** How two titles relate: most words shared (Jaccard ≥ 0.6), some shared, or none at all. */
export function compareTitles(a: Set<string>, b: Set<string>): 'same' | 'related' | 'unrelated' {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  if (shared / (a.size + b.size - shared) >= 0.6) return 'same';
  return shared > 0 ? 'related' : 'unrelated';
}

type LocationInput = string | { locationSummary?: string | null; locationComponents?: { type: string; name: string }[] | null } | null | undefined;

/** The folded city (first component) of a location, or null. */
export function locationCity(location: LocationInput): string | null {
  if (!location) return null;
  if (typeof location !== 'string') {
    const city = location.locationComponents?.find((c) => c.type.toLowerCase() === 'city')?.name;
    if (city) return foldText(city) || null;
    return locationCity(location.locationSummary ?? null);
  }
  const first = location.split(/[,;|/]/)[0];
  const city = foldText(first).replace(/\b(greater|area|metro|metropolitan|bay|remote)\b/g, '').trim();
  return city || null;
}
