import { REQUEST_STOPWORDS } from '../text/content-words.js';
import { NOT_A_NEGATION_TYPO, SHORT_TYPO_NEGATIONS, TYPO_CORRECTED_CUES } from './cue-words.js';
import { lexicon } from './lexicon.js';
import { memo } from './memo.js';
import { osaDistance } from './negation-guard.js';
import type { NlVocabulary } from './vocabulary.js';

/** Words that are never a cue's typo: the account's own words, stopwords, and real words near cues. */
function knownWords(vocab: NlVocabulary): Set<string> {
  return memo(vocab, 'cueTypoKnown', () => new Set(lexicon(vocab).flatMap((e) => e.phrase.split(/[\s-]+/))));
}

/** The cue `word` is a typo of, if any: same first letter, one edit, not an inflection ("sources" ≠ "sourced"). */
export function cueTypo(word: string, vocab: NlVocabulary): string | undefined {
  const w = word.toLowerCase();
  // "nto from linkedin": the one swap of "not" that keeps its first letter (no English word; "ton" is not one swap).
  if (w === 'nto') return 'not';
  if (w.length >= 4 && w.length < 6) return shortNegationTypo(w, vocab);
  if (w.length < 6 || TYPO_CORRECTED_CUES.includes(w) || REQUEST_STOPWORDS.has(w) || NOT_A_NEGATION_TYPO.has(w) || knownWords(vocab).has(w)) return undefined;
  const hits = TYPO_CORRECTED_CUES.filter((c) => c[0] === w[0] && osaDistance(w, c) === 1 && !(w.length === c.length && w.slice(0, -1) === c.slice(0, -1)) && !w.startsWith(c) && !c.startsWith(w));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The request with typos of cue words corrected, and what was corrected (for the notes). */
export function correctCueTypos(text: string, vocab: NlVocabulary): { text: string; corrected: [string, string][] } {
  const corrected: [string, string][] = [];
  const out = text.replace(/(?<![\p{L}\p{N}'])[\p{L}]+(?![\p{L}\p{N}'])/gu, (w) => {
    const c = cueTypo(w, vocab);
    if (!c) return w;
    corrected.push([w, c]);
    return c;
  });
  return { text: out, corrected };
}

/** "nevr", "exept": a negation cue with one letter dropped or two swapped (a changed letter makes real words). */
function shortNegationTypo(w: string, vocab: NlVocabulary): string | undefined {
  if (REQUEST_STOPWORDS.has(w) || NOT_A_NEGATION_TYPO.has(w) || knownWords(vocab).has(w)) return undefined;
  const dropped = (c: string) => c.length === w.length + 1 && [...c].some((_, i) => c.slice(0, i) + c.slice(i + 1) === w);
  const swapped = (c: string) => c.length === w.length && [...c].some((_, i) => i > 0 && c.slice(0, i - 1) + c[i] + c[i - 1] + c.slice(i + 1) === w);
  const hits = SHORT_TYPO_NEGATIONS.filter((c) => c[0] === w[0] && c !== w && (dropped(c) || swapped(c)));
  return hits.length === 1 ? hits[0] : undefined;
}
