import type { JobSections } from './job-sections.js';
import { shortWordShapes, type WordShape } from './word-case.js';

/*
 * The job's key terms for the lexical signal: words of the title (most weight), of its hard skills,
 * of what the role does and requires, and a little of what it prefers. Each term keeps the weight of
 * its strongest source. Terms are light-stemmed on both sides ("accountants", "accounting" →
 * "account") so a resume meets the posting halfway, and boilerplate every posting says is dropped.
 * The stem is for ranking only: a reason quotes a resume word only when it is one of the posting's own
 * words up to an inflection (`word-forms.ts`), since the stem also joins "routing" and "routers".
 */

export interface KeyTerm {
  /** Stemmed form, as `lexicalTokens` produces. */
  term: string;
  /** The word as the posting first wrote it, for reasons. */
  label: string;
  /**
   * Every form the posting writes this term in, where a reason may quote it: a resume's word is quoted only
   * when it is one of these words up to an inflection (`sameWord`), never merely the same stem.
   */
  forms: string[];
  weight: number;
  /**
   * False when the posting uses the word only in a team or product name ("Work with Google AdWords
   * account teams"): it still ranks, but a reason never quotes it as a word the posting asks for.
   */
  quote?: boolean;
  /** Short forms (under four letters) → how the posting writes them, capitals or word (`word-case.ts`). */
  cases?: Record<string, WordShape[]>;
}

const STOP = new Set(
  `a about above across after again all also am an and any are as at be been being below between both but by can could did do does doing
  down during each either etc few for from further had has have having he her here hers how i if in into is it its itself just more most
  must no nor not of off on once only or other our out over own same she should so some such than that the their them then there these
  they this those through to too under until up very was we were what when where which while who whom why will with within would you your
  ability able strong excellent good great proven demonstrated equivalent practical experience experienced year years work working
  including include includes related relevant field fields degree ba bs ma ms phd master masters bachelor preferred minimum qualification
  qualifications requirement requirements responsibilities role team teams new well per like etc e g ie eg one two three four five six
  seven eight ten plus via using use used across multiple various other others within environment environments fast paced highly
  skill skills knowledge understanding familiarity google googler googlers help ensure provide deliver drive manage support
  fluently idiomatically speak write english`.split(/\s+/),
);

/**
 * Prefixes a posting writes before a hyphen ("de-briefs", "co-located", "non-technical"): split at the hyphen
 * they are no word of the posting, and ranking and reasons would meet a resume's "DE" (Delaware) or "Co." with
 * them (round s, G225: "key words: … de …"). The word after the hyphen stays a key word.
 */
const BOUND_PREFIXES = new Set(
  `de re co pre non un anti sub inter intra multi semi bi tri mid ex`.split(/\s+/),
);

/** Light English stemming: enough to join plurals and -ing/-ed/-er forms, never so much that words collide widely. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'er', 'ment', 'ant', 'ation', 'ion']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

const WORD = /[a-z0-9][a-z0-9+#]*/g;

export function keyTermsOf(input: { title: string | null; fullTitle: string | null; sections: JobSections; skills: string[]; quotable?: string }): KeyTerm[] {
  const terms = new Map<string, KeyTerm>();
  const add = (text: string | null, weight: number): void => {
    const lower = (text ?? '').toLowerCase();
    for (const match of lower.matchAll(WORD)) {
      const word = match[0];
      // Figures ("10x", "2018") and stop words say nothing about the work, nor does a prefix split off its word.
      if (STOP.has(word) || word.length < 2 || /^\d/.test(word)) continue;
      if (BOUND_PREFIXES.has(word) && lower[match.index + word.length] === '-') continue;
      const term = stem(word);
      const known = terms.get(term);
      if (!known) terms.set(term, { term, label: word, weight, forms: [word] });
      else {
        if (weight > known.weight) known.weight = weight;
        if (!known.forms.includes(word)) known.forms.push(word);
      }
    }
  };
  add(input.title, 3);
  add(input.fullTitle, 1);
  add(input.skills.join(' '), 2);
  add(input.sections.responsibilities, 1);
  add(input.sections.minimum, 1);
  add(input.sections.preferred, 0.5);
  const shapes = shortWordShapes(input.quotable ?? [input.title, input.fullTitle, input.skills.join(' '), ...Object.values(input.sections)].join('\n'));
  if (input.quotable !== undefined) {
    // Only the words the posting says outside team and organisation names may be quoted.
    const said = new Map<string, Set<string>>();
    for (const word of input.quotable.toLowerCase().match(WORD) ?? []) {
      const forms = said.get(stem(word)) ?? new Set<string>();
      said.set(stem(word), forms.add(word));
    }
    for (const t of terms.values()) {
      const forms = said.get(t.term);
      if (!forms) t.quote = false;
      else t.forms = [...forms];
    }
  }
  for (const t of terms.values()) {
    const cases = Object.fromEntries(t.forms.flatMap((form) => (shapes.has(form) ? [[form, [...shapes.get(form)!]]] : [])));
    if (Object.keys(cases).length) t.cases = cases;
  }
  return [...terms.values()];
}
