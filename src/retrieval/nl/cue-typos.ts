import { REQUEST_STOPWORDS } from '../text/content-words.js';
import { NOT_A_NEGATION_TYPO, TYPO_CORRECTED_CUES } from './cue-words.js';
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
