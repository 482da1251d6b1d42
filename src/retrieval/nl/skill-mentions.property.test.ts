import { describe, expect, it } from 'vitest';
import type { SearchFilters } from '../query/search-request.js';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { NEGATION_CUES } from './cue-words.js';
import { parseNaturalLanguage } from './offline-parser.js';
import { uniqueValues } from './vocabulary.js';

/*
 * Every skill of the demo account, in every skill-cued form, is the skill filter; under every
 * negation cue it is never a positive skill; without a cue it is no filter at all.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const skills = uniqueValues(vocab.skills);
const filtersOf = (text: string) => (parseNaturalLanguage(text, vocab, { now }).request.filters ?? {}) as SearchFilters;
const lower = (xs: readonly string[] | undefined) => (xs ?? []).map((x) => x.toLowerCase());

describe('skills named with a skill cue', () => {
  const positive = [
    (s: string) => `engineers with ${s} skills`,
    (s: string) => `${s} skill, Berlin`,
    (s: string) => `skill: ${s}`,
    (s: string) => `people whose skills include ${s}`,
    (s: string) => `folks with ${s} listed as a skill`,
    (s: string) => `anyone skilled in ${s}, please`,
  ];
  it('reads every skill in every positive form as the skill filter', () => {
    const wrong: string[] = [];
    skills.forEach((s, i) => {
      for (const [k, form] of positive.entries()) {
        if ((i + k) % 2) continue;
        const request = form(s);
        const f = filtersOf(request);
        if (JSON.stringify(lower(f.skill)) !== JSON.stringify([s.toLowerCase()]) || f.exclude) wrong.push(`${request} → ${JSON.stringify(f)}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('reads lists of skills before the noun', () => {
    for (let i = 0; i + 2 < skills.length; i += 7) {
      const [a, b, c] = skills.slice(i, i + 3);
      expect(lower(filtersOf(`${a}, ${b} or ${c} skills`).skill), `${a}, ${b} or ${c}`).toEqual([a, b, c].map((x) => x.toLowerCase()));
    }
  });

  it('never makes a negated skill positive, and excludes it with a negated skill field', () => {
    const reversed: string[] = [];
    const wrongField: string[] = [];
    const negatedFields = [(s: string) => `backend devs whose skills don't include ${s}`, (s: string) => `skill list has no ${s}`, (s: string) => `people whose skills do not contain ${s}`, (s: string) => `anyone with no ${s} skill`];
    const cues = [...NEGATION_CUES, "didn't", "don't"];
    skills.forEach((s, i) => {
      for (const [k, cue] of cues.entries()) {
        if ((i + k) % 3) continue;
        const request = `engineers ${cue} ${s} skills`;
        const f = filtersOf(request);
        if (lower(f.skill).includes(s.toLowerCase())) reversed.push(`${request} → ${JSON.stringify(f)}`);
      }
      const request = negatedFields[i % negatedFields.length](s);
      const f = filtersOf(request);
      if (lower(f.skill).includes(s.toLowerCase())) reversed.push(`${request} → ${JSON.stringify(f)}`);
      if (!lower(f.exclude?.skill).includes(s.toLowerCase())) wrongField.push(`${request} → ${JSON.stringify(f)}`);
    });
    expect(reversed).toEqual([]);
    expect(wrongField).toEqual([]);
  });

  it('takes no skill filter from a skill word without a cue', () => {
    const wrong = skills.filter((s) => filtersOf(`${s} engineers in Berlin`).skill !== undefined);
    expect(wrong).toEqual([]);
  });
});
