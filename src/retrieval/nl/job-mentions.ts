import { REQUEST_STOPWORDS } from '../text/content-words.js';
import { memo } from './memo.js';
import type { Mention } from './tagger.js';
import { jobTitles, normalize, type NlVocabulary } from './vocabulary.js';

/*
 * A job named by part of its title, right before a requisition word: "the SRE job", "the senior iOS
 * role", "the payments engineering role", "the growth frontend role", "the Account Executive process",
 * "Enterprise AE applicants", "demand gen manager applicants". Every word of the phrase must stand for
 * a different word of ONE title: the word itself, its -ing/-er/-s form ("engineering" → Engineer), a
 * clipped form of at least 3 letters ("gen" → Generation) or the initials of consecutive title words
 * ("SRE", "SDR", "RN"; a two-letter acronym only in capitals, so "pm" or "ae" as typed words never match).
 * The phrase must name one job: the title covering it with the fewest words left over, unique, and
 * for a single word, the only title with that word at all ("data role" names no job). A phrase that
 * is a department's name is the department (issue 11). Before "applicants"/"candidates" a plain
 * description ("data engineer candidates") may describe people, so there the phrase must use a
 * shorthand (an acronym or clipped word) or cover the whole title, and before "candidates" one word
 * is a profession ("SRE candidates", regression case last-6-months), two or more a title.
 */

const ROLE_SUFFIX = /^\s+(?:jobs?|roles?|positions?|openings?|reqs?|requisitions?|postings?|process|pipeline|opening)\b/i;
const PEOPLE_SUFFIX = /^\s+(?:applicants?|candidates?|interviewees|finalists)\b/i;
const MAX_WORDS = 5;

interface TitleWords {
  title: string;
  words: string[];
}

type Cover = { used: Set<number>; shorthand: boolean };

function titleWords(vocab: NlVocabulary): TitleWords[] {
  return memo(vocab, 'partialJobTitles', () =>
    jobTitles(vocab).map((title) => ({ title, words: normalize(title).replace(/[,&()/]/g, ' ').split(/\s+/).filter(Boolean) })),
  );
}

/** Does one typed word stand for title word `w`? 'word' (same or inflected) or 'clipped'. */
function wordMatch(token: string, w: string): 'word' | 'clipped' | null {
  if (token === w) return 'word';
  for (const suffix of ['ing', 'er', 's', 'ers']) if (token === w + suffix || w === token + suffix) return 'word';
  if (token.length >= 3 && w.length >= token.length + 2 && w.startsWith(token)) return 'clipped';
  // The plural of a clipped word ("ops" → Operations, "devs" → Developer).
  const stem = token.replace(/s$/, '');
  if (stem !== token && stem.length >= 2 && w.length >= 6 && w.startsWith(stem)) return 'clipped';
  return null;
}

/** Cover the typed words with distinct title words (search over the few words a phrase has). */
function cover(tokens: { lower: string; raw: string }[], words: string[]): Cover | null {
  const go = (i: number, used: Set<number>, shorthand: boolean): Cover | null => {
    if (i === tokens.length) return { used, shorthand };
    const { lower, raw } = tokens[i];
    for (let k = 0; k < words.length; k++) {
      if (used.has(k)) continue;
      const m = wordMatch(lower, words[k]);
      if (m) {
        const r = go(i + 1, new Set([...used, k]), shorthand || m === 'clipped');
        if (r) return r;
      }
    }
    // Consecutive title words written as one ("fullstack" → Full Stack).
    for (let k = 0; k + 1 < words.length; k++) {
      for (let e = k + 2; e <= words.length; e++) {
        if (words.slice(k, e).join('') !== lower || words.slice(k, e).some((_, j) => used.has(k + j))) continue;
        const r = go(i + 1, new Set([...used, ...words.slice(k, e).map((_, j) => k + j)]), shorthand);
        if (r) return r;
      }
    }
    // An acronym: the initials of consecutive title words.
    const n = lower.length;
    const acronymOk = n >= 3 || (n === 2 && raw === raw.toUpperCase() && /^[A-Z]+$/.test(raw));
    if (acronymOk && /^[a-z]+$/.test(lower)) {
      for (let k = 0; k + n <= words.length; k++) {
        const run = words.slice(k, k + n);
        if (run.map((w) => w[0]).join('') !== lower || run.some((_, j) => used.has(k + j))) continue;
        const r = go(i + 1, new Set([...used, ...run.map((_, j) => k + j)]), true);
        if (r) return r;
      }
    }
    return null;
  };
  return go(0, new Set(), false);
}

/** The one job a phrase names, or null. */
function jobForPhrase(phrase: { lower: string; raw: string }[], vocab: NlVocabulary, people: boolean): string | null {
  const text = phrase.map((t) => t.lower).join(' ');
  if (vocab.departments.some((d) => normalize(d) === text || normalize(d).replace(/\s*&\s*/g, ' and ') === text)) return null;
  const hits = titleWords(vocab)
    .map((t) => ({ t, c: cover(phrase, t.words) }))
    .filter((h): h is { t: TitleWords; c: Cover } => h.c !== null);
  if (hits.length === 0) return null;
  if (phrase.length === 1 && hits.length > 1) return null;
  const left = (h: (typeof hits)[number]) => h.t.words.length - h.c.used.size;
  const best = Math.min(...hits.map(left));
  const top = hits.filter((h) => left(h) === best);
  if (top.length !== 1) return null;
  if (people && !top[0].c.shorthand && best > 0) return null;
  return top[0].t.title;
}

/** Mentions of jobs by part of their title, before a requisition word or "applicants". */
export function partialJobMentions(text: string, vocab: NlVocabulary): Mention[] {
  const out: Mention[] = [];
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({ raw: m[0].replace(/[.'’]+$/, ''), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const titleWordSet = memo(vocab, 'partialJobTitleWords', () => new Set(titleWords(vocab).flatMap((t) => t.words)));
  // A stopword ends the run unless it is itself a word of some title ("the people ops manager role").
  const breaks = (raw: string) => REQUEST_STOPWORDS.has(raw.toLowerCase()) && !titleWordSet.has(raw.toLowerCase());
  tokens.forEach((tok, i) => {
    const after = text.slice(tok.end);
    const role = ROLE_SUFFIX.test(after);
    const suffix = role ? null : PEOPLE_SUFFIX.exec(after);
    const people = suffix !== null;
    // "SRE candidates" describes people who are SREs; "SRE applicants" applied to the job. One
    // shorthand word before "candidates" is a profession, a longer one ("enterprise AE") a title.
    const minWords = suffix && /candidate/i.test(suffix[0]) ? 2 : 1;
    if (!role && !people) return;
    // The run of content words (adjacent, no punctuation between) ending at this token.
    let first = i;
    while (first > 0 && i - first + 1 < MAX_WORDS) {
      const prev = tokens[first - 1];
      if (!/^[\s-]+$/.test(text.slice(prev.end, tokens[first].start)) || breaks(prev.raw)) break;
      first--;
    }
    // A stopword that is a title word may sit inside the phrase, never at its ends ("outside OF Job Board").
    const stop = (t: { raw: string }) => REQUEST_STOPWORDS.has(t.raw.toLowerCase());
    if (stop(tok)) return;
    // The longest tail of the run that names one job.
    for (let s = first; s <= i; s++) {
      const run = tokens.slice(s, i + 1);
      if (run.length < minWords) break;
      if (stop(run[0])) continue;
      const job = jobForPhrase(run.map((t) => ({ lower: normalize(t.raw), raw: t.raw })), vocab, people);
      if (!job) continue;
      out.push({ kind: 'value', readings: [{ dimension: 'job', values: [job], strong: true }], start: run[0].start, end: tok.end, text: text.slice(run[0].start, tok.end) });
      break;
    }
  });
  return out;
}
