import { SKILL_SYNONYMS } from './skill-synonyms.js';

/*
 * pdftotext sometimes sets a word's capital apart from the rest of it ("Business Process I mprovement",
 * "B usiness", "A ccountant": a drop-cap or kerned first letter). Round k (G356): a resume listing "Business
 * Process I mprovement" among its qualifications was told Process Improvement was "not on resume".
 *
 * The repair is narrow on purpose. Only one capital letter, a space and a lower-case rest of at least four
 * letters are joined, and only when the joined word is a word of a curated skill name ("improvement",
 * "business", "accountant") and the rest alone is not ("I manage", "A team", "A cross" stay apart: neither
 * "imanage" nor "ateam" is a skill word, and a rest that is a skill word is a word of its own). Measured over
 * the 2,484 LiveCareer resumes: 43 such splits in 35 resumes (B usiness, E xperienced, I mprovement,
 * A ccountant, M anagement, C ontinuous…), next to "B and" / "L and" (initials before "and"), which the
 * four-letter rest keeps apart.
 */
const SPLIT = /(?<![A-Za-z0-9&.'-])([A-Z]) ([a-z]{4,})(?![A-Za-z0-9])/g;

let dictionary: Set<string> | undefined;

/** The lower-case words (five letters or more) of the curated skill names and their aliases. */
function skillWords(): Set<string> {
  if (!dictionary) {
    dictionary = new Set();
    for (const syn of SKILL_SYNONYMS) {
      for (const name of [syn.name, ...syn.aliases]) for (const word of name.toLowerCase().split(/[^a-z]+/)) if (word.length >= 5) dictionary.add(word);
    }
  }
  return dictionary;
}

/** `text` with each capital split off its word by a stray space joined back ("I mprovement" → "Improvement"). */
export function joinSplitWords(text: string, words: ReadonlySet<string> = skillWords()): string {
  if (!/[A-Z] [a-z]{4}/.test(text)) return text;
  return text.replace(SPLIT, (whole, letter: string, rest: string) => (words.has((letter + rest).toLowerCase()) && !words.has(rest) ? letter + rest : whole));
}

let lastIn: string | undefined;
let lastOut = '';

/** `joinSplitWords` with the last text remembered: the scorer asks of one resume many times in a row. */
export function withSplitWordsJoined(text: string): string {
  if (text !== lastIn) {
    lastIn = text;
    lastOut = joinSplitWords(text);
  }
  return lastOut;
}
