/*
 * The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it (ext/fts5/fts5_tokenize.c),
 * including its quirks: tokens shorter than 3 or longer than 64 bytes pass through, `y` counts as a
 * vowel after the first letter, a step's rules are tried in order and the first suffix that matches
 * decides (its condition failing ends the step), and a suffix only matches when a stem is left.
 * It works on bytes: a non-ASCII token is passed as its UTF-8 bytes in a latin1 string
 * (see tokenizer.ts), whose non-ASCII bytes are never vowels nor part of a suffix, as in C.
 * In-memory keyword postings (keyword-postings.ts) need the index's own tokens to score exactly as FTS5.
 */

type Cond = (w: string, n: number) => boolean;

const isVowel = (c: string | undefined, yIsVowel: boolean) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');

/** Length of the prefix up to and including the first consonant after a vowel (0: none), from `start`. */
function gobbleVC(w: string, start: number, end: number, prevCons: boolean): number {
  let cons = prevCons;
  let i = start;
  for (; i < end; i++) {
    cons = !isVowel(w[i], cons);
    if (!cons) break;
  }
  for (i++; i < end; i++) {
    cons = !isVowel(w[i], cons);
    if (cons) return i + 1 - start;
  }
  return 0;
}

const mGt0: Cond = (w, n) => gobbleVC(w, 0, n, false) !== 0;
const mGt1: Cond = (w, n) => {
  const k = gobbleVC(w, 0, n, false);
  return k !== 0 && gobbleVC(w, k, n, true) !== 0;
};
const mEq1: Cond = (w, n) => {
  const k = gobbleVC(w, 0, n, false);
  return k !== 0 && gobbleVC(w, k, n, true) === 0;
};
const oStar: Cond = (w, n) => {
  const last = w[n - 1];
  if (last === 'w' || last === 'x' || last === 'y') return false;
  let mask = 0;
  let cons = false;
  for (let i = 0; i < n; i++) {
    cons = !isVowel(w[i], cons);
    mask = ((mask << 1) + (cons ? 1 : 0)) & 0xffff;
  }
  return (mask & 7) === 5;
};
const mGt1SorT: Cond = (w, n) => (w[n - 1] === 's' || w[n - 1] === 't') && mGt1(w, n);
const hasVowel: Cond = (w, n) => {
  for (let i = 0; i < n; i++) if (isVowel(w[i], i > 0)) return true;
  return false;
};

type Rule = [suffix: string, cond: Cond, output: string];

const STEP2: Rule[] = [
  ['ational', mGt0, 'ate'], ['tional', mGt0, 'tion'], ['enci', mGt0, 'ence'], ['anci', mGt0, 'ance'], ['izer', mGt0, 'ize'],
  ['logi', mGt0, 'log'], ['bli', mGt0, 'ble'], ['alli', mGt0, 'al'], ['entli', mGt0, 'ent'], ['eli', mGt0, 'e'], ['ousli', mGt0, 'ous'],
  ['ization', mGt0, 'ize'], ['ation', mGt0, 'ate'], ['ator', mGt0, 'ate'], ['alism', mGt0, 'al'], ['iveness', mGt0, 'ive'],
  ['fulness', mGt0, 'ful'], ['ousness', mGt0, 'ous'], ['aliti', mGt0, 'al'], ['iviti', mGt0, 'ive'], ['biliti', mGt0, 'ble'],
];
const STEP3: Rule[] = [
  ['ical', mGt0, 'ic'], ['ness', mGt0, ''], ['icate', mGt0, 'ic'], ['iciti', mGt0, 'ic'], ['ful', mGt0, ''], ['ative', mGt0, ''], ['alize', mGt0, 'al'],
];
const STEP4: Rule[] = [
  ['al', mGt1, ''], ['ance', mGt1, ''], ['ence', mGt1, ''], ['er', mGt1, ''], ['ic', mGt1, ''], ['able', mGt1, ''], ['ible', mGt1, ''],
  ['ant', mGt1, ''], ['ement', mGt1, ''], ['ment', mGt1, ''], ['ent', mGt1, ''], ['ion', mGt1SorT, ''], ['ou', mGt1, ''], ['ism', mGt1, ''],
  ['ate', mGt1, ''], ['iti', mGt1, ''], ['ous', mGt1, ''], ['ive', mGt1, ''], ['ize', mGt1, ''],
];

/** The first rule whose suffix ends `w` (leaving a stem) decides; its condition gates the rewrite. */
function applyStep(w: string, rules: Rule[]): string {
  for (const [suffix, cond, output] of rules) {
    if (w.length > suffix.length && w.endsWith(suffix)) {
      const stem = w.length - suffix.length;
      return cond(w, stem) ? w.slice(0, stem) + output : w;
    }
  }
  return w;
}

/** FTS5's porter step for one (already case-folded) token given as a byte string. */
export function porterStem(token: string): string {
  if (token.length > 64 || token.length < 3) return token;
  let w = token;
  // Step 1a.
  let n = w.length;
  if (w[n - 1] === 's') {
    if (w[n - 2] === 'e') {
      w = (n > 4 && w[n - 4] === 's' && w[n - 3] === 's') || (n > 3 && w[n - 3] === 'i') ? w.slice(0, n - 2) : w.slice(0, n - 1);
    } else if (w[n - 2] !== 's') w = w.slice(0, n - 1);
  }
  // Step 1b.
  n = w.length;
  let step1b = false;
  if (n > 3 && w.endsWith('eed')) {
    if (mGt0(w, n - 3)) w = w.slice(0, n - 1);
  } else if (n > 2 && w.endsWith('ed')) {
    if (hasVowel(w, n - 2)) {
      w = w.slice(0, n - 2);
      step1b = true;
    }
  } else if (n > 3 && w.endsWith('ing')) {
    if (hasVowel(w, n - 3)) {
      w = w.slice(0, n - 3);
      step1b = true;
    }
  }
  if (step1b) {
    n = w.length;
    if (n > 2 && (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz'))) w += 'e';
    else {
      const c = w[n - 1];
      if (!isVowel(c, false) && c !== 'l' && c !== 's' && c !== 'z' && c === w[n - 2]) w = w.slice(0, n - 1);
      else if (mEq1(w, n) && oStar(w, n)) w += 'e';
    }
  }
  // Step 1c.
  n = w.length;
  if (w[n - 1] === 'y' && hasVowel(w, n - 1)) w = `${w.slice(0, n - 1)}i`;
  w = applyStep(w, STEP2);
  w = applyStep(w, STEP3);
  w = applyStep(w, STEP4);
  // Step 5a.
  n = w.length;
  if (w[n - 1] === 'e' && (mGt1(w, n - 1) || (mEq1(w, n - 1) && !oStar(w, n - 1)))) w = w.slice(0, n - 1);
  // Step 5b.
  n = w.length;
  if (n > 1 && w[n - 1] === 'l' && w[n - 2] === 'l' && mGt1(w, n - 1)) w = w.slice(0, n - 1);
  return w;
}
