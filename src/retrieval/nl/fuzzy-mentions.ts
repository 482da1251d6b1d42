import { distance } from 'fastest-levenshtein';
import { REQUEST_STOPWORDS } from '../text/content-words.js';
import { lexicon, type LexiconEntry } from './lexicon.js';
import { memo } from './memo.js';
import type { Mention } from './tagger.js';
import { normalize, type NlVocabulary } from './vocabulary.js';

/*
 * Typos in account values ("Amsterdm", "Senior Frontend Enginer", "referals"), found only in the
 * words no exact mention took, and only against phrases that name a value on their own (strong
 * entries). Conservative on purpose, because a wrong correction is a wrong filter: the phrase must
 * be at least 5 letters, keep its first and last letter, and be within 1 edit (2 for 9+ letters, one
 * per word); common words and anything near two different values are left alone.
 */

const MAX_WORDS = 4;
/** Ordinary words one edit away from a value ("remove" → Remote): never corrected (here or in value-typos.ts). */
export const ORDINARY = new Set(['settle', 'settled', 'pastel', 'panel', 'remove', 'removed', 'removes', 'remotely', 'filed', 'filled', 'sourced', 'source', 'offered', 'offers', 'design', 'designs', 'product', 'products', 'final', 'finals', 'people', 'peoples', 'sale', 'sales', 'timing', 'timings', 'plat', 'culture', 'cultures', 'location', 'locations', 'engineering', 'marketing', 'finance', 'financial']);

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => ({ word: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

const allowed = (length: number) => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/** Doubled letters collapsed: "refferals"/"referrals", "reffered"/"referred" (the commonest 2-edit typo). */
const undouble = (w: string) => w.replace(/([a-z])\1+/g, '$1');
function sameUpToDoubling(typed: string, target: string): boolean {
  return typed !== target && target.length >= 6 && typed[0] === target[0] && undouble(typed) === undouble(target);
}
/** A silent final "h" left off a name: "Hanna's" for Hannah, "Sara" for Sarah. */
function droppedFinalH(typed: string, target: string): boolean {
  return typed.length >= 4 && !/\s/.test(target) && `${typed}h` === target;
}

/**
 * A typo of `target`: same first and last letter (so "compensating", "cultured", "Lisboa" are other
 * words, not typos), within the edit limit overall, and for a phrase within one edit per word with
 * short words exact.
 */
function near(typed: string, target: string): boolean {
  if (sameUpToDoubling(typed, target) || droppedFinalH(typed, target)) return true;
  const limit = allowed(target.length);
  if (typed[0] !== target[0] || typed.at(-1) !== target.at(-1) || Math.abs(typed.length - target.length) > limit) return false;
  if (edits(typed, target) > limit) return false;
  const a = typed.split(/[\s-]+/);
  const b = target.split(/[\s-]+/);
  return a.length === b.length && a.every((w, k) => (w.length <= 3 || b[k].length <= 3 ? w === b[k] : wordNear(w, b[k])));
}

/**
 * One edit per word; in a short word (6 letters or fewer) a changed letter makes another real word
 * too often ("panel" for Patel, "remove" for Remote), so only a dropped, doubled or swapped letter counts.
 */
function wordNear(typed: string, target: string): boolean {
  const d = edits(typed, target);
  if (d === 0) return true;
  if (d > 1) return false;
  const substitution = typed.length === target.length && distance(typed, target) === 1;
  return !(substitution && target.length <= 6);
}

/** Levenshtein distance, with one swap of adjacent letters ("Andriod") counted as one edit. */
function edits(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]] ? 1 : d;
}

function candidates(vocab: NlVocabulary): Map<number, LexiconEntry[]> {
  return memo(vocab, 'fuzzyEntries', () => {
    const byWords = new Map<number, LexiconEntry[]>();
    for (const e of lexicon(vocab)) {
      if (!e.strong || e.phrase.length < 5 || /[^a-z &-]/.test(e.phrase)) continue;
      // A phrase with its own "not" ("not fitting in") never takes a near miss: "not SITTING in portfolio review"
      // became the Culture reason, and its "not" was lost from the stage (nl-heldout8 h8-101).
      if (/\b(?:not|no|never|without)\b/.test(e.phrase)) continue;
      const n = e.phrase.split(/[\s-]+/).length;
      byWords.set(n, [...(byWords.get(n) ?? []), e]);
    }
    return byWords;
  });
}

/** Value mentions for misspelt account values among the words that `taken` does not cover. */
export function findFuzzyMentions(text: string, vocab: NlVocabulary, taken: { start: number; end: number }[], soft: { start: number; end: number }[] = []): (Mention & { kind: 'value' })[] {
  const free = tokens(text).filter((t) => !taken.some((m) => t.start < m.end && m.start < t.end));
  // Words of a weak mention ("recruter SCREEN") may complete a misspelt phrase, never make one on their own.
  const isSoft = (t: Token) => soft.some((m) => t.start < m.end && m.start < t.end);
  const out: (Mention & { kind: 'value' })[] = [];
  const byWords = candidates(vocab);
  let i = 0;
  while (i < free.length) {
    let found: (Mention & { kind: 'value' }) | undefined;
    for (let n = Math.min(MAX_WORDS, free.length - i); n >= 1 && !found; n--) {
      const run = free.slice(i, i + n);
      // Only adjacent words (a gap of spaces or a hyphen) form a phrase.
      if (run.some((t, k) => k > 0 && !/^[\s-]+$/.test(text.slice(run[k - 1].end, t.start)))) continue;
      if (run.every(isSoft)) continue;
      const words = run.map((t) => normalize(t.word));
      if (n === 1 && (REQUEST_STOPWORDS.has(words[0]) || ORDINARY.has(words[0]))) continue;
      const phrase = words.join(' ');
      const forms = [phrase, phrase.replace(/'?s$/, '')];
      const hits = (byWords.get(n) ?? []).filter((e) => forms.some((f) => f !== e.phrase && near(f, e.phrase)));
      const values = new Set(hits.flatMap((h) => h.values.map((v) => `${h.dimension}\u0000${v}`)));
      // Within reach of two different values: ambiguous, so no correction.
      if (hits.length === 0 || new Set(hits.map((h) => h.values.join('|'))).size > 1 || values.size === 0) continue;
      const start = run[0].start;
      const end = run[run.length - 1].end;
      found = { kind: 'value', readings: hits.map((h) => ({ dimension: h.dimension, values: [...h.values], strong: true })), start, end, text: text.slice(start, end), corrected: true };
    }
    if (found) {
      out.push(found);
      i = free.findIndex((t) => t.start >= found!.end);
      if (i < 0) break;
    } else i++;
  }
  return out;
}
