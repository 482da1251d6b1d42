/*
 * Whether a short word is written as a word or as an abbreviation, for quoting the posting's key words.
 *
 * Ranking reads lower case, so "DE" (Delaware on a resume) and "de" meet, and so do "US" and "us", "AD"
 * (Active Directory) and "ad". A reason may not quote them as one word (round s, G225: "key words: … de …"
 * for a posting's "de-briefs" and a resume's "Georgetown, DE"). Short words are abbreviations more often than
 * longer ones, so only they must agree in case between posting and resume: both in capitals ("SAP", "UX") or
 * both as words ("ad hoc", "Big Data"). Longer words keep matching across case: resumes set headings in
 * capitals ("MARKETING EXPERIENCE").
 */

export type WordShape = 'capitals' | 'word';

/** Words shorter than this must agree in case to be quoted (the length word-forms.ts also treats as abbreviations). */
const MAX_CASED_LENGTH = 3;

const LETTERS = /^[A-Za-z]+$/;

/** Whether a word (as written) is short enough for its case to matter: letters only, under four. */
const cased = (word: string): boolean => word.length <= MAX_CASED_LENGTH && LETTERS.test(word);

/** "DE", "SAP" → capitals; "de", "De", "iOS" → word. */
export const shapeOf = (word: string): WordShape => (word.length > 1 && word === word.toUpperCase() ? 'capitals' : 'word');

/** Lower-case short word → the shapes the text writes it in; longer words are not recorded. */
export function shortWordShapes(text: string): Map<string, Set<WordShape>> {
  const shapes = new Map<string, Set<WordShape>>();
  for (const word of text.match(/[A-Za-z0-9][A-Za-z0-9+#]*/g) ?? []) {
    if (!cased(word)) continue;
    const key = word.toLowerCase();
    const set = shapes.get(key) ?? new Set<WordShape>();
    shapes.set(key, set.add(shapeOf(word)));
  }
  return shapes;
}

/**
 * Whether a resume's word may be quoted as the posting's: a short word only when both write it in one shape.
 * Unknown shapes (texts not read for case) do not block.
 */
export function sameCase(word: string, posting: ReadonlySet<WordShape> | undefined, resume: ReadonlySet<WordShape> | undefined): boolean {
  if (!cased(word) || !posting || !resume) return true;
  return [...posting].some((shape) => resume.has(shape));
}
