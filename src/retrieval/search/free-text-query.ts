import { expandQueryTerm } from '../../vocabulary/skills.js';
import { normalizeTitle } from '../../vocabulary/titles.js';
import { contentWords } from '../text/content-words.js';

/*
 * Free text → an FTS5 expression whose terms are OR'ed: free text ranks, it never excludes (that is
 * what the Boolean query is for). Filler words of recruiter requests ("someone who can…") are
 * dropped (the shared list in ../text/content-words.ts), and skill jargon is expanded to its synonyms (k8s → Kubernetes).
 */

interface FreeTextQuery {
  /** FTS5 MATCH expression, null when nothing searchable is left. */
  expression: string | null;
  /** The query's content words (before synonym expansion), for "why" explanations. */
  terms: string[];
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function freeTextQuery(text: string | undefined, expand: (term: string) => string[] = expandQueryTerm): FreeTextQuery {
  const terms = text ? contentWords(text) : [];
  if (terms.length === 0) return { expression: null, terms };
  const variants = new Map<string, string>();
  for (const term of terms) {
    for (const v of [term, ...expand(term)]) {
      const key = v.toLowerCase().trim();
      if (key && !variants.has(key)) variants.set(key, key);
    }
  }
  return { expression: [...variants.values()].map(quote).join(' OR '), terms };
}

/** Queries of at most this many content words are treated as a role name for embedding. */
const TITLE_QUERY_TERMS = 2;

/**
 * The text to embed for a free-text query. A role name of a word or two ("accountant", "chef")
 * gives the encoder little to go on, so its O*NET occupation title is appended ("accountant.
 * Accountants and Auditors"): profile vectors carry the same occupation titles, so both sides meet on
 * the standard name. Appended, never substituted, so a loose title match only dilutes the query.
 * Longer, descriptive requests are embedded as written.
 */
export function embeddingText(text: string): string {
  const trimmed = text.trim();
  if (contentWords(trimmed).length > TITLE_QUERY_TERMS) return trimmed;
  const occupation = normalizeTitle(trimmed).occupationTitle;
  return occupation && occupation.toLowerCase() !== trimmed.toLowerCase() ? `${trimmed}. ${occupation}` : trimmed;
}
