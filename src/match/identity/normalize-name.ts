/*
 * Person-name normalisation for matching: case, accents (NFKD plus the Latin letters NFKD leaves
 * alone: ß, ø, ł, æ…), punctuation, honorifics and post-nominals, "Last, First" order and
 * generational suffixes (kept apart because Jr./Sr. separate a father from a son). Names are only
 * compared with each other; nothing about a person is inferred from them.
 */

import { foldText } from '../../vocabulary/fold-text.js';

/** Re-exported: identity code folds names, companies and resume text the same way. */
export { foldText };

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);
const POST_NOMINALS = new Set([
  'phd', 'md', 'mba', 'cpa', 'rn', 'pe', 'esq', 'jd', 'msc', 'bsc', 'ma', 'ba', 'cfa', 'pmp', 'dds', 'dvm', 'pharmd', 'lpn', 'np',
]);
const GENERATIONAL = new Map([
  ['jr', 'jr'],
  ['junior', 'jr'],
  ['sr', 'sr'],
  ['senior', 'sr'],
  ['ii', 'ii'],
  ['iii', 'iii'],
  ['iv', 'iv'],
]);

export interface ParsedName {
  /** All name tokens in given-name-first order, lowercase ASCII-folded. */
  tokens: string[];
  first: string;
  middles: string[];
  last: string;
  /** Every token after the given name (double and hyphenated surnames, particles). */
  surnameTokens: string[];
  /** Generational suffix (jr, sr, ii, iii, iv) when present. */
  suffix: string | null;
}


/** Parse a typed name into comparable parts, or null when it holds no name tokens. */
export function parseName(raw: string | null | undefined): ParsedName | null {
  if (!raw) return null;
  let suffix: string | null = null;
  const takeTokens = (part: string): string[] => {
    const kept: string[] = [];
    for (const token of foldText(part).split(' ').filter(Boolean)) {
      const generational = GENERATIONAL.get(token);
      if (generational) suffix = generational;
      else if (!POST_NOMINALS.has(token)) kept.push(token);
    }
    return kept;
  };

  // "Smith, John A." reorders; "John Smith, Jr." and "Jane Doe, PhD" do not (the tail holds no name).
  const commaParts = raw.split(',').map((p) => p.trim()).filter(Boolean);
  const partTokens = commaParts.map(takeTokens);
  const nameParts = partTokens.filter((t) => t.length > 0);
  let tokens: string[];
  if (nameParts.length === 2) tokens = [...nameParts[1], ...nameParts[0]];
  else tokens = nameParts.flat();

  while (tokens.length > 1 && HONORIFICS.has(tokens[0])) tokens.shift();
  if (tokens.length === 0) return null;
  const first = tokens[0];
  const last = tokens.length > 1 ? tokens[tokens.length - 1] : '';
  return {
    tokens,
    first,
    middles: tokens.slice(1, -1),
    last,
    surnameTokens: tokens.slice(1).filter((t) => t.length > 1),
    suffix,
  };
}

/** A display-free normal form of a name ("Smith, Robert J." → "robert j smith"). */
export function normalizeName(raw: string | null | undefined): string | null {
  const parsed = parseName(raw);
  if (!parsed) return null;
  return parsed.suffix ? `${parsed.tokens.join(' ')} ${parsed.suffix}` : parsed.tokens.join(' ');
}
