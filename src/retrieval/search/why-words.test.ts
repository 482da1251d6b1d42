import { describe, expect, it } from 'vitest';
import { EXCLUDE_KEYS } from '../query/search-request.js';
import { filterInWords } from './why-words.js';

describe('filterInWords', () => {
  it('says an exclusion in recruiter words, never "not rejectionReason"', () => {
    expect(filterInWords({ filter: 'not rejectionReason', values: ['Lacks Skills/Qualifications'] })).toBe('not rejected for Lacks Skills/Qualifications');
    expect(filterInWords({ filter: 'not source', values: ['Agency', 'Indeed'] })).toBe('not from Agency or Indeed');
    expect(filterInWords({ filter: 'stageReached', values: ['Onsite'] })).toBe('reached Onsite');
  });

  it('says dates as the interpretation does ("applied since Mar 2026"), not ISO timestamps', () => {
    expect(filterInWords({ filter: 'applied', values: ['after 2026-03-01T00:00:00.000Z'] })).toBe('applied since Mar 2026');
    expect(filterInWords({ filter: 'updated', values: ['after 2025-05-27T00:00:00.000Z', 'before 2026-01-01T00:00:00.000Z'] })).toBe('active since 27 May 2025, before Jan 2026');
  });

  it('has words for every positive and excluded filter key (no key name leaks into a why)', () => {
    for (const key of EXCLUDE_KEYS) {
      // The fallback for a filter without words is "<key> <values>": a camelCase key would show.
      for (const filter of [key, `not ${key}`]) expect(filterInWords({ filter, values: ['X'] }), filter).not.toMatch(/[a-z][A-Z]/);
      expect(filterInWords({ filter: `not ${key}`, values: ['X'] })).not.toBe(`not ${key} X`);
    }
  });
});
