import { describe, expect, it } from 'vitest';
import type { SearchFilters } from '../query/search-request.js';
import { NEGATION_CUES } from './cue-words.js';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';
import { lexicon } from './lexicon.js';
import { jobTitles, stageTitles, uniqueValues } from './vocabulary.js';

/*
 * The worst failure is a reversed meaning, so it is checked exhaustively: every value of the demo
 * account, after every negation cue (bare, and with the dimension's own cue word), must never come
 * out as a positive filter. It may land in `exclude`, or be refused and left as text.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');

const CUED: Record<string, string> = {
  job: 'applied to', department: 'in the', stage: 'reached', recruiter: 'sourced by', source: 'from', rejectionReason: 'rejected for', tag: 'tagged', location: 'based in',
};
const VALUES: [string, string[]][] = [
  ['job', jobTitles(vocab)],
  ['department', uniqueValues(vocab.departments)],
  ['stage', stageTitles(vocab)],
  ['recruiter', vocab.recruiters.map((r) => r.name)],
  ['source', vocab.sources.map((s) => s.title)],
  ['rejectionReason', vocab.rejectionReasons.map((r) => r.text)],
  ['tag', uniqueValues(vocab.tags)],
  ['location', uniqueValues(vocab.locations)],
];
const CUES = [...NEGATION_CUES, "didn't", "weren't", "haven't", 'wasnt'];

function positives(filters: SearchFilters): string[] {
  return Object.entries(filters)
    .filter(([key]) => key !== 'exclude')
    .flatMap(([, v]) => (Array.isArray(v) ? v.map((x) => String(x).toLowerCase()) : []));
}

describe('negation never reverses a meaning', () => {
  it('no vocabulary value after any negation cue is a positive filter', () => {
    const reversed: string[] = [];
    let excluded = 0;
    for (const [dimension, values] of VALUES) {
      values.forEach((value, i) => {
        for (const [k, cue] of CUES.entries()) {
          // Every cue with every value, alternating the bare and the cued form.
          const request = (i + k) % 2 === 0 ? `candidates ${cue} ${value}` : `engineers ${cue} ${CUED[dimension]} ${value}`;
          const { request: parsed } = parseNaturalLanguage(request, vocab, { now });
          const filters = (parsed.filters ?? {}) as SearchFilters;
          if (positives(filters).includes(value.toLowerCase())) reversed.push(`${request} → ${JSON.stringify(filters)}`);
          if (Object.values(filters.exclude ?? {}).some((v) => (v as string[]).some((x) => x.toLowerCase() === value.toLowerCase()))) excluded++;
        }
      });
    }
    expect(reversed).toEqual([]);
    // Most of them are understood as exclusions, not merely left alone.
    expect(excluded).toBeGreaterThan(0.8 * VALUES.reduce((n, [, v]) => n + v.length, 0) * CUES.length);
  }, 60_000);

  it('no alias of a value (paraphrase, first name, possessive, specialism) under any negation cue is a positive filter', () => {
    const reversed: string[] = [];
    // Aliases that carry their own negation ("didn't have the skills") are positive phrases by design.
    const ownNegation = /\b(?:not|no|never|without)\b|n't\b/;
    const byValue = new Map<string, { phrase: string; values: string[] }[]>();
    for (const e of lexicon(vocab)) {
      if (ownNegation.test(e.phrase)) continue;
      const key = `${e.dimension}:${e.values.join('|')}`;
      byValue.set(key, [...(byValue.get(key) ?? []), { phrase: e.phrase, values: e.values }]);
    }
    const shapes = [
      (cue: string, phrase: string) => `candidates ${cue} ${phrase}`,
      (cue: string, phrase: string) => `backend engineers with Kafka ${cue} ${phrase}`,
      (cue: string, phrase: string) => `${cue} ${phrase}'s people`,
      (cue: string, phrase: string) => `anyone who applied since March, ${cue} ${phrase} or ${phrase}`,
    ];
    let checked = 0;
    for (const aliases of byValue.values()) {
      // The shortest, the longest and one between: the forms most and least like the value itself.
      const sorted = [...aliases].sort((a, b) => a.phrase.length - b.phrase.length);
      const picks = uniqueValues([sorted[0], sorted[Math.floor(sorted.length / 2)], sorted[sorted.length - 1]].map((a) => a.phrase));
      for (const phrase of picks) {
        const values = aliases.find((a) => a.phrase === phrase)!.values.map((v) => v.toLowerCase());
        CUES.forEach((cue, k) => {
          const request = shapes[(k + phrase.length) % shapes.length](cue, phrase);
          const filters = (parseNaturalLanguage(request, vocab, { now }).request.filters ?? {}) as SearchFilters;
          checked++;
          const hit = positives(filters).filter((v) => values.includes(v));
          if (hit.length) reversed.push(`${request} → ${JSON.stringify(filters)}`);
        });
      }
    }
    expect(reversed).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  }, 120_000);

  it('no job named by part of its title (acronym, dropped word) under any negation cue is a positive filter', () => {
    const reversed: string[] = [];
    let checked = 0;
    for (const title of jobTitles(vocab)) {
      const words = title.replace(/,/g, '').split(/\s+/);
      const forms = [words.map((w) => w[0].toUpperCase()).join(''), words.slice(1).join(' '), words.slice(0, -1).join(' ')].filter((f) => f.length >= 3);
      for (const form of forms) {
        CUES.forEach((cue, k) => {
          const request = k % 2 === 0 ? `candidates ${cue} the ${form} role` : `${cue} ${form} applicants`;
          const filters = (parseNaturalLanguage(request, vocab, { now }).request.filters ?? {}) as SearchFilters;
          checked++;
          if (filters.job?.some((j) => j.toLowerCase() === title.toLowerCase())) reversed.push(`${request} → ${JSON.stringify(filters)}`);
        });
      }
    }
    expect(reversed).toEqual([]);
    expect(checked).toBeGreaterThan(2000);
  }, 60_000);

  it("a reason named with its own negation ('didn't have the skills for the X position') keeps the job positive", () => {
    const wrong: string[] = [];
    const reasonAliases = lexicon(vocab).filter((e) => e.dimension === 'rejectionReason' && e.strong && /n't\b|\bnot\b/.test(e.phrase));
    expect(reasonAliases.length).toBeGreaterThan(10);
    const jobs = jobTitles(vocab);
    reasonAliases.forEach((e, i) => {
      const job = jobs[i % jobs.length];
      const request = `people who ${e.phrase} for the ${job} position`;
      const filters = (parseNaturalLanguage(request, vocab, { now }).request.filters ?? {}) as SearchFilters;
      const ok = filters.job?.includes(job) && e.values.every((v) => filters.rejectionReason?.includes(v)) && !filters.exclude;
      if (!ok) wrong.push(`${request} → ${JSON.stringify(filters)}`);
    });
    expect(wrong).toEqual([]);
  });
});
