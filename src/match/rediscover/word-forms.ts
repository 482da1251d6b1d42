/*
 * Whether two surface words are the same word, for quoting the posting's key words back to a recruiter.
 *
 * BM25 stems loosely on purpose (`key-terms.ts` `stem`: "routers" and "routing" meet as "rout") so a resume
 * meets the posting halfway. A reason may not: "Resume uses the posting's key words: routers" is false when
 * the posting says "lead routing" (held-out round c: routing/routers, accounts/accounting and
 * influencing/influencer were each quoted as the posting's word). Porter and Snowball stemmers merge these
 * pairs too, and the project ships no lemmatizer, so the check is narrow on purpose: only a regular
 * inflection of the same word counts (plural and singular, -s/-ed forms of one verb), never a derivation.
 * Singular and plural (and a verb's -s, which takes the same endings) come from `pluralize`, through
 * vocabulary/inflection.ts, the one number rule set the skill vocabulary also uses; -ed and -ing stay here.
 *
 * "-ing" forms are the hard case: English makes nouns of its own from them (accounting, marketing, routing,
 * engineering, training), so "accounting" is not the word "accounts" even though "account" is a verb. An
 * "-ing" form therefore matches only another "-ing" form of the same verb (or its plural, "meetings") or
 * that verb's "-ed" form, which is a verb for sure ("combining"/"combined").
 */

import { sameUpToNumber, singularOf } from '../../vocabulary/inflection.js';

const VOWEL = /[aeiou]/;

// Words under four letters are abbreviations more often than nouns (the rule numberForms keeps too).
const MIN_INFLECTED = 4;

/** The word, its singular (of a plural or a verb's third-person -s), and the bases of a regular -ed. */
function inflectionBases(word: string): Set<string> {
  const n = word.length;
  const bases = new Set([word]);
  if (n >= MIN_INFLECTED) bases.add(singularOf(word));
  if (n > 4 && word.endsWith('ied')) bases.add(word.slice(0, -3) + 'y');
  if (n > 4 && word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    if (VOWEL.test(stem)) {
      bases.add(stem);
      bases.add(stem + 'e');
      bases.add(undoubled(stem));
    }
  }
  return bases;
}

/** "planned" → "plan": a doubled final consonant before -ed/-ing is spelling, not the word. */
function undoubled(stem: string): string {
  const last = stem.length - 1;
  return last > 1 && stem[last] === stem[last - 1] && !VOWEL.test(stem[last]) && !/[ls]/.test(stem[last]) ? stem.slice(0, -1) : stem;
}

/** The verb bases of an "-ing" or "-ings" form, or null when the word is not one. */
function ingBases(word: string): Set<string> | null {
  const ing = word.endsWith('ings') ? word.slice(0, -1) : word;
  if (!ing.endsWith('ing') || ing.length < 6) return null;
  const stem = ing.slice(0, -3);
  if (!VOWEL.test(stem)) return null;
  return new Set([stem, stem + 'e', undoubled(stem)]);
}

const intersects = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

/** Whether `a` and `b` (lower case) are the same word up to a regular inflection; never across a derivation. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const ingA = ingBases(a);
  const ingB = ingBases(b);
  if (ingA && ingB) return intersects(ingA, ingB);
  if (ingA || ingB) {
    const [ing, other] = ingA ? [ingA, b] : [ingB!, a];
    // Only a past form is surely the verb: "accounts" may be the noun, "accounting" the discipline.
    return other.endsWith('ed') && intersects(ing, inflectionBases(other));
  }
  // Number first, directly ("cookie"/"cookies"); the bases then join a verb's -s and -ed forms ("manages"/"managed").
  if (a.length >= MIN_INFLECTED && b.length >= MIN_INFLECTED && sameUpToNumber(a, b)) return true;
  return intersects(inflectionBases(a), inflectionBases(b));
}
