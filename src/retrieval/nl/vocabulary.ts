import type { AccountEntities } from '../../store/account-entities.js';

/**
 * The account's own words: its named entities (AccountEntities, one shape with the mirror's reader)
 * plus the enriched facts the catalog counts (the search engine builds one; evals build the demo
 * account's). Both NL parsers map recruiters' phrasing onto these values and nothing else.
 */
export interface NlVocabulary extends AccountEntities {
  locations: string[];
  skills: string[];
  titles: string[];
}

/** Lower-case, straight apostrophes, single spaces: the form every alias comparison uses. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Distinct values in first-seen order, compared case-insensitively. */
export function uniqueValues(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (!seen.has(normalize(v))) seen.set(normalize(v), v);
  return [...seen.values()];
}

/** Stage titles without duplicates (several interview plans share titles like "Onsite"). */
export function stageTitles(vocab: NlVocabulary): string[] {
  return uniqueValues([...vocab.stages].sort((a, b) => a.order - b.order).map((s) => s.title));
}

/** Job titles without duplicates. */
export function jobTitles(vocab: NlVocabulary): string[] {
  return uniqueValues(vocab.jobs.map((j) => j.title));
}

/** Distinct location names (cities, regions, countries or "Remote", as the mirror holds them). */
export function locationNames(vocab: NlVocabulary): string[] {
  return uniqueValues(vocab.locations);
}
