import { describe, expect, it } from 'vitest';
import type { SearchFilters } from '../query/search-request.js';
import { NEGATION_CUES } from './cue-words.js';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';
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
});
