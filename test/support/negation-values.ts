import { demoVocabulary } from '../../evals/demo-vocabulary.js';
import type { SearchFilters } from '../../src/retrieval/query/search-request.js';
import { parseNaturalLanguage } from '../../src/retrieval/nl/offline-parser.js';
import { jobTitles, stageTitles, uniqueValues } from '../../src/retrieval/nl/vocabulary.js';

/*
 * What the NL negation property tests (negation.property.test.ts, negation-guard.property.test.ts) run
 * over: every value of the demo account by dimension, the dimension's own cue word, and the values a
 * parse keeps as POSITIVE filters (a value found there after a negation is a reversed meaning).
 */

export const vocab = demoVocabulary();
export const now = new Date('2026-11-27T12:00:00Z');

/** The dimension's own cue, so a value can be said both bare and cued ("not sourced by Maya Patel"). */
export const CUED: Record<string, string> = {
  job: 'applied to', department: 'in the', stage: 'reached', recruiter: 'sourced by', source: 'from', rejectionReason: 'rejected for', tag: 'tagged', location: 'based in',
};

export const VALUES: [string, string[]][] = [
  ['job', jobTitles(vocab)],
  ['department', uniqueValues(vocab.departments)],
  ['stage', stageTitles(vocab)],
  ['recruiter', vocab.recruiters.map((r) => r.name)],
  ['source', vocab.sources.map((s) => s.title)],
  ['rejectionReason', vocab.rejectionReasons.map((r) => r.text)],
  ['tag', uniqueValues(vocab.tags)],
  ['location', uniqueValues(vocab.locations)],
];

/** Every value the filters hold outside `exclude`, lower-cased. */
export function positives(filters: SearchFilters): string[] {
  return Object.entries(filters)
    .filter(([key]) => key !== 'exclude')
    .flatMap(([, v]) => (Array.isArray(v) ? v.map((x) => String(x).toLowerCase()) : []));
}

/** Every value the filters hold under `exclude`, lower-cased. */
export function excluded(filters: SearchFilters): string[] {
  return Object.values(filters.exclude ?? {}).flatMap((v) => (v as string[]).map((x) => x.toLowerCase()));
}

/** The filters the offline parser gives a request, on the demo account at `now`. */
export const parsedFilters = (text: string) => (parseNaturalLanguage(text, vocab, { now }).request.filters ?? {}) as SearchFilters;

/**
 * Each dimension with its cue and its values as said after that cue ("in the Engineering department"; Hired and
 * Archived left out of the stages, since they also name a status): the sweeps of clause-polarity and negation-scope.
 */
export const CUED_PHRASES: [string, string, string[]][] = [
  ['job', CUED.job, jobTitles(vocab)],
  ['department', CUED.department, uniqueValues(vocab.departments).map((d) => `${d} department`)],
  ['stage', CUED.stage, stageTitles(vocab).filter((t) => !/^(?:hired|archived)$/i.test(t))],
  ['recruiter', CUED.recruiter, vocab.recruiters.map((r) => r.name)],
  ['source', CUED.source, vocab.sources.map((s) => s.title)],
  ['rejectionReason', CUED.rejectionReason, vocab.rejectionReasons.map((r) => r.text)],
  ['tag', CUED.tag, uniqueValues(vocab.tags)],
  ['location', CUED.location, uniqueValues(vocab.locations)],
];

/** The value a cued phrase names, as a parse holds it (lower case, without "department"). */
export const cuedValue = (phrase: string) => phrase.replace(/ department$/, '').toLowerCase();

/** Every value in its cued form ("based in Berlin"), with its dimension and the value a parse would hold. */
export const SAID_VALUES = CUED_PHRASES.flatMap(([dimension, cue, phrases]) => phrases.map((p) => ({ dimension, said: `${cue} ${p}`, value: cuedValue(p) })));

/** A cued value of another dimension than `dimension`, picked by rotation (mixed-kind lists). */
export function otherKind(dimension: string, n: number) {
  const pool = SAID_VALUES.filter((p) => p.dimension !== dimension);
  return pool[n % pool.length];
}

/**
 * A generic source title ("Applied", "Sourced") is also the cue word of another member ("applied to X"), which may
 * be read as that source; only where the request says its word elsewhere is it left out of the check.
 */
const saidElsewhere = (request: string, value: string) => /^(?:applied|sourced)$/.test(value) && new RegExp(`\\b${value}\\s+(?:to|by)\\b`, 'i').test(request);

/** The request and its parse when any of `values` comes out as a positive filter (a reversed meaning), else null. */
export function reversedIn(request: string, values: string[]): string | null {
  const filters = parsedFilters(request);
  const positive = positives(filters);
  return values.some((v) => positive.includes(v) && !saidElsewhere(request, v)) ? `${request} → ${JSON.stringify(filters)}` : null;
}

type Said = (typeof SAID_VALUES)[number];

/**
 * The sweep of the list property tests (rounds 17–19): every cued value `p` meets every `step`-th negation cue (rotating
 * by its index), with two cued values of other kinds `a` and `b`; `shapes` writes the requests and one is picked by
 * rotation. Returns how many were checked and the reversed ones (any of the three values, or a positive Archived status).
 */
export function sweepCueLists(
  cues: readonly string[],
  step: number,
  shapes: (cue: string, p: Said, a: Said, b: Said) => string[],
): { checked: number; reversed: string[] } {
  const reversed: string[] = [];
  let checked = 0;
  SAID_VALUES.forEach((p, i) => {
    for (let k = i % step; k < cues.length; k += step) {
      const a = otherKind(p.dimension, i + k);
      const b = otherKind(a.dimension, i + 3 * k + 1);
      const all = shapes(cues[k], p, a, b);
      if (!all.length) continue;
      checked++;
      const found = reversedIn(all[(i + k) % all.length], [p.value, a.value, b.value, 'archived']);
      if (found) reversed.push(found);
    }
  });
  return { checked, reversed };
}
