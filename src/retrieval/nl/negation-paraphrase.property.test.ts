import { describe, expect, it } from 'vitest';
import type { SearchFilters } from '../query/search-request.js';
import { CUED, VALUES, now, positives, vocab } from '../../../test/support/negation-values.js';
import { NEGATION_CUES, POSSIBLE_NEGATION_WORDS, POSTPOSED_NEGATIONS } from './cue-words.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Never reversed on phrasing nobody has seen (issue 11, round 12). The lexicon tests
 * (negation-guard.property.test.ts) run every word the parser lists; this one runs paraphrases that are
 * NOT in any list, generated from parts: a negator ("would rather not", "there's no reason to", "hardly
 * want to") before an ordinary verb ("see", "pull up", "bother with"), and frames such as "no need for X",
 * "keep X off", "X are a no-go". Every value of every dimension (account values and profile facts), bare
 * and with its own cue, must come out excluded or refused: never a positive filter.
 */

const NEGATORS = [
  'would rather not', "please don't", 'no need to', "we won't", "I'd prefer not to", "let's not", 'do not', 'I never want to', "there's no reason to",
  "you shouldn't", 'no point trying to', "we aren't going to", 'hardly want to', 'barely care to', "I'd rather you didn't",
];
const VERBS = ['see', 'show me', 'include', 'consider', 'bother with', 'look at', 'surface', 'pull up', 'send over', 'care about', 'get', 'list'];

/**
 * Frames around a value phrase (`$`). HELD_OUT frames are no entry of any list as a whole: the general
 * rules must catch them ("not"/"n't"/"no" before an ordinary verb or an adverb such as "longer", a split
 * particle "keep X off", a negator alone at the end of its clause). LEXICON frames use the list's words.
 */
const HELD_OUT = [
  'no need for $', 'no more $', 'not interested in $', 'no interest in $', 'keep $ off the list', 'keep $ away', 'take $ off', 'leave $ off', 'knock $ off', 'get $ off',
  'anyone who is not $', 'with no $', 'everyone save $', 'anything apart from $', 'no longer $', 'spare me $', 'forget about $', 'not a single one of $', 'no thank you to $',
  '$, not those', "don't even think about $", 'no room for $', 'no place for $',
];
const LEXICON = [
  // A lexicon word alone at the end of its clause reaches back to what the clause named.
  '$: no', '$ - never', '$ - nope',
  '$ need not apply', '$ are a no-go', '$, not relevant', '$ off the table', 'zero $', 'all but $', 'free of $', 'lose $', 'forget $', 'ditch $', 'strike $', 'cross off $', '$ excluded', '$ out',
  '$ aside', 'sans $', 'with the exception of $', 'unless $', 'keep out $', 'rather than $', 'instead of $', 'exclusive of $', 'anyone but $', 'omitting $', 'minus $', 'w/o $', 'leave off $',
];
const FRAMES = [...HELD_OUT, ...LEXICON];

/** Profile facts, with the words that name them; the parse must hold no positive filter on the key. */
const PROFILE: [string, string[], (v: string) => string][] = [
  // Every third skill and every other title: the shapes are what vary, and the run stays within minutes.
  ['skill', vocab.skills.filter((_, i) => i % 3 === 0), (v) => `${v} skills`],
  ['currentTitle', vocab.titles.filter((_, i) => i % 2 === 0), (v) => `currently a ${v}`],
  ['pastCompany', ['Stripe', 'Google', 'Oracle', 'Datadog'], (v) => `people who worked at ${v}`],
  ['school', ['Stanford', 'MIT', 'UCLA'], (v) => `grads of ${v}`],
  ['degree', ["a master's degree", 'a PhD', 'a high school diploma'], (v) => `people with ${v}`],
];

const ACCOUNT: [string, string[], (v: string) => string][] = VALUES.map(([d, vs]) => [d, vs, (v: string) => `${CUED[d]} ${v}`]);

function requests(value: string, phrase: string, i: number): string[] {
  const out = NEGATORS.map((neg, k) => `engineers with Python, ${neg} ${VERBS[(i + k) % VERBS.length]} ${phrase}`);
  FRAMES.forEach((frame, k) => {
    const said = frame.replace('$', phrase);
    out.push(k % 2 ? `Python engineers, ${said}` : `${said}; engineers with Python`);
  });
  return out;
}

describe('a negation said in words no list holds never yields a positive filter', () => {
  it('holds the paraphrases out of every list on purpose', () => {
    const lists = new Set([...POSSIBLE_NEGATION_WORDS, ...NEGATION_CUES, ...POSTPOSED_NEGATIONS].map((w) => w.toLowerCase()));
    const held = [...NEGATORS.flatMap((n) => VERBS.map((v) => `${n} ${v}`)), ...HELD_OUT.filter((f) => /^\$|\$$/.test(f)).map((f) => f.replace('$', '').replace(/[,:-]/g, '').replace(/\s+/g, ' ').trim())];
    // A split frame ("take $ off") is held out as a split: its contiguous form may be a listed imperative.
    expect(held.filter((h) => lists.has(h.toLowerCase()))).toEqual([]);
    // Nor are these parts of them: they are caught by "not", "n't", "no", a split particle and the like.
    expect(['would rather not', 'rather not', 'no need', 'no reason', 'no point', 'no more', 'no interest', 'not interested', 'keep off', 'leave it off', 'spare me', 'forget about'].filter((p) => lists.has(p))).toEqual([]);
  });

  it.each([
    ['account values', ACCOUNT],
    ['profile facts', PROFILE],
  ] as const)('%s × negator paraphrases × frames: excluded or refused', (_name, dimensions) => {
    const reversed: string[] = [];
    let checked = 0;
    for (const [dimension, values, cued] of dimensions) {
      values.forEach((value, i) => {
        // Bare and cued in turn ("Berlin", "based in Berlin"), as recruiters say them.
        const phrase = i % 2 ? value : cued(value);
        for (const request of requests(value, phrase, i)) {
          const filters = (parseNaturalLanguage(request, vocab, { now }).request.filters ?? {}) as SearchFilters;
          checked++;
          const positive = dimensions === PROFILE ? Object.keys(filters).includes(dimension) : positives(filters).includes(value.toLowerCase());
          if (positive) reversed.push(`${request} → ${JSON.stringify(filters)}`);
        }
      });
    }
    expect(reversed).toEqual([]);
    expect(checked).toBeGreaterThan(dimensions === PROFILE ? 1000 : 5000);
  }, 600_000);
});
