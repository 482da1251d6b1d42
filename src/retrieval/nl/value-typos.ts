import { distance } from 'fastest-levenshtein';
import { REQUEST_STOPWORDS } from '../text/content-words.js';
import { NEGATION_CUES, TYPO_CORRECTED_CUES } from './cue-words.js';
import { ORDINARY } from './fuzzy-mentions.js';
import { memo } from './memo.js';
import type { Mention } from './tagger.js';
import { jobTitles, normalize, type NlVocabulary } from './vocabulary.js';

/*
 * Typos of single words of the account's vocabulary ("Registerd Nurse role", "Kubernets skills", "reached
 * onsight", "Sophia's candidates"), corrected in the request before tagging, so every rule (partial job
 * titles, skill cues, possessives) sees the account's own word. fuzzy-mentions.ts corrects whole value
 * phrases; this corrects one word inside any phrase. Conservative, because a wrong correction is a wrong
 * filter:
 * - only a word of 6+ letters that is no word of the account, no stopword, no cue word and no ordinary
 *   word known to sit near a value ("remove", "sourced");
 * - same first letter, Damerau-Levenshtein (adjacent swap = 1) at most 1, or 2 for 9+ letters, with a
 *   sound-alike spelling ("-ight"/"-ite", "ph"/"f") counted as one edit; never a changed letter in a word
 *   of 6 letters or fewer (that makes another real word too often: "panel", "remove");
 * - never an inflection of the target ("managed"/"manager", "designs"/"design"): same stem is no typo;
 * - exactly one target within reach;
 * - kept only when the corrected word then belongs to a mention of an account value (the caller checks).
 */

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), exact. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Spellings that sound alike ("onsight"/"onsite", "Sophia"/"Sofia"): one confusion, one edit. */
const SOUND_ALIKE: [RegExp, string][] = [
  [/ight\b/g, 'ite'],
  [/ph/g, 'f'],
];
const soundForm = (w: string) => SOUND_ALIKE.reduce((s, [re, to]) => s.replace(re, to), w);

/** The bases `w` may be an inflection of, by the spelling rules ("manager" → manage, manag; "kubernetes" → kubernete). */
function bases(w: string): string[] {
  const out = [w];
  const strip = (re: RegExp, ok: (base: string) => boolean = () => true) => {
    const m = re.exec(w);
    if (m && ok(w.slice(0, m.index))) out.push(w.slice(0, m.index));
  };
  strip(/s$/);
  // "-es" only after a sibilant or "o" ("boxes", "matches"): "kubernetes" is no plural of "kubernet".
  strip(/es$/, (b) => /(?:s|x|z|ch|sh|o)$/.test(b));
  strip(/ed$/);
  strip(/d$/, (b) => b.endsWith('e'));
  strip(/ing$/);
  strip(/ers?$/);
  strip(/rs?$/, (b) => b.endsWith('e'));
  strip(/ly$/);
  return out;
}
/** The regular inflections of a base ("manage" → manages, managed, managing, manager, …). */
function inflections(base: string): string[] {
  const e = base.endsWith('e');
  const bare = e ? base.slice(0, -1) : base;
  return [`${base}s`, ...(/(?:s|x|z|ch|sh|o)$/.test(base) ? [`${base}es`] : []), e ? `${base}d` : `${base}ed`, `${bare}ing`, e ? `${base}r` : `${base}er`, e ? `${base}rs` : `${base}ers`, `${base}ly`];
}
/** "managed" for "manager", "designs" for "design": a regular inflection of the target's base is another word, no typo. */
const isInflection = (typed: string, target: string) => bases(target).some((b) => b === typed || inflections(b).includes(typed)) || bases(typed).some((b) => b === target || inflections(b).includes(target));

/** Every word of the account's values (jobs, stages, recruiters, sources, reasons, tags, places, skills, titles). */
function accountWords(vocab: NlVocabulary): Set<string> {
  return memo(vocab, 'valueTypoWords', () => {
    // The values' own words, never the aliases' ("competing offer", "too expensive" are everyday words).
    const phrases = [
      ...jobTitles(vocab), ...vocab.stages.map((s) => s.title), ...vocab.recruiters.map((r) => r.name), ...vocab.sources.map((s) => s.title),
      ...vocab.rejectionReasons.map((r) => r.text), ...vocab.departments, ...vocab.locations, ...vocab.tags, ...vocab.skills, ...vocab.titles,
    ];
    return new Set(phrases.flatMap((p) => normalize(p).split(/[^a-z0-9+#]+/)).filter((w) => w.length >= 5 && /^[a-z]+$/.test(w)));
  });
}

function cueWords(): Set<string> {
  return memo(NEGATION_CUES, 'valueTypoCueWords', () => new Set([...NEGATION_CUES, ...TYPO_CORRECTED_CUES].flatMap((c) => c.toLowerCase().split(/\s+/))));
}

function isTypoOf(typed: string, target: string): boolean {
  if (typed[0] !== target[0] || typed === target) return false;
  if (isInflection(typed, target) || typed.startsWith(target) || target.startsWith(typed)) return false;
  const limit = typed.length >= 9 && target.length >= 9 ? 2 : 1;
  if (Math.abs(typed.length - target.length) > limit) return false;
  const [a, b] = [soundForm(typed), soundForm(target)];
  const alike = a !== typed || b !== target;
  // The last letter is kept ("employed" is no "employee", "systemd" no "systems"), up to a sound-alike ending.
  if (a.at(-1) !== b.at(-1)) return false;
  const d = alike ? editDistance(a, b) + 1 : editDistance(typed, target);
  if (d > limit) return false;
  // Two edits only as dropped/added letters or a swap ("Torronto", "Terrafrom"), never two changed letters
  // ("rejection" is no "reduction", "confidence" no "conference").
  if (d === 2 && Math.abs(typed.length - target.length) !== 2 && distance(typed, target) <= 2) return false;
  // In a short word only a dropped letter or a swap ("Seatle", "Pyhton"): a changed or an added letter makes
  // another real word too often ("remove" for Remote, "scales" for Sales).
  return alike || !(typed.length <= 6 && (typed.length > target.length || (typed.length === target.length && distance(typed, target) === 1)));
}

/** The account word `word` is a typo of, if exactly one fits. */
export function valueTypo(word: string, vocab: NlVocabulary): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 6 || !/^[a-z]+$/.test(w)) return undefined;
  const known = accountWords(vocab);
  if (known.has(w) || REQUEST_STOPWORDS.has(w) || ORDINARY.has(w) || cueWords().has(w)) return undefined;
  const hits = [...known].filter((t) => isTypoOf(w, t));
  return hits.length === 1 ? hits[0] : undefined;
}

const matchCase = (typed: string, target: string) => (/^[A-Z]/.test(typed) ? target[0].toUpperCase() + target.slice(1) : target);

/**
 * The request with typos of account words corrected, keeping only corrections that `mentionsOf` (the
 * tagger, on the corrected text) places inside a mention of an account value; and what was corrected.
 */
export function correctValueTypos(text: string, vocab: NlVocabulary, mentionsOf: (text: string) => Mention[]): { text: string; corrected: [string, string][] } {
  let found: { start: number; typed: string; target: string }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}]+(?![\p{L}\p{N}])/gu)) {
    const target = valueTypo(m[0], vocab);
    if (target) found.push({ start: m.index ?? 0, typed: m[0], target: matchCase(m[0], target) });
  }
  if (found.length === 0) return { text, corrected: [] };
  // A word already inside a mention of a value ("withdraw" in "withdraw from the process") is no typo.
  const exact = mentionsOf(text).filter(namesAccountValue);
  found = found.filter((f) => !exact.some((m) => m.start <= f.start && f.start + f.typed.length <= m.end));
  if (found.length === 0) return { text, corrected: [] };
  // Same length shifts for every correction, so spans in the corrected text are computed once.
  let out = '';
  let at = 0;
  const spans: { start: number; end: number; typed: string; target: string }[] = [];
  for (const f of found) {
    out += text.slice(at, f.start);
    spans.push({ start: out.length, end: out.length + f.target.length, typed: f.typed, target: f.target });
    out += f.target;
    at = f.start + f.typed.length;
  }
  out += text.slice(at);
  const mentions = mentionsOf(out).filter(namesAccountValue);
  const kept = spans.filter((s) => mentions.some((m) => m.start <= s.start && s.end <= m.end));
  if (kept.length === spans.length) return { text: out, corrected: kept.map((s) => [s.typed, s.target]) };
  if (kept.length === 0) return { text, corrected: [] };
  // Some corrections named nothing: redo with only the kept ones.
  let redo = text;
  for (const f of [...found].reverse()) {
    if (!kept.some((k) => k.typed === f.typed && k.target === f.target)) continue;
    redo = redo.slice(0, f.start) + f.target + redo.slice(f.start + f.typed.length);
  }
  return { text: redo, corrected: kept.map((s) => [s.typed, s.target]) };
}

/** A mention of something the account has (not a word matched as written, such as an unknown employer). */
function namesAccountValue(m: Mention): boolean {
  switch (m.kind) {
    case 'value':
      return m.readings.some((r) => r.strong);
    case 'anyJob':
      return Boolean(m.department) || m.jobs.length > 0;
    case 'field':
    case 'profile':
      return m.known;
    default:
      return false;
  }
}
