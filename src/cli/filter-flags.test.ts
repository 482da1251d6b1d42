import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXCLUDE_KEYS, FILTER_KEYS } from '../retrieval/query/search-request.js';
import { hasCode } from '../shared/errors.js';
import { addFilterOptions, filtersFromOptions, RANGE_FLAGS, VALUE_FLAGS, type FilterOptions } from './filter-flags.js';

const command = () => addFilterOptions(new Command('search').exitOverride().argument('[text]'));

function filtersOf(argv: string[]) {
  const c = command();
  c.parse(argv, { from: 'user' });
  return filtersFromOptions(c.opts<FilterOptions>());
}

function errorOf(argv: string[]): Error {
  try {
    filtersOf(argv);
  } catch (e) {
    expect(hasCode(e, 'invalid_input')).toBe(true);
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('every filter of the query language is a CLI flag', () => {
  it('the flag table covers exactly the SearchFilters keys (a new filter without a flag fails here)', () => {
    const covered = [...VALUE_FLAGS.map((f) => f.key), ...Object.keys(RANGE_FLAGS), 'exclude'].sort();
    expect(covered).toEqual([...FILTER_KEYS].sort());
    expect(VALUE_FLAGS.map((f) => f.key).sort()).toEqual([...EXCLUDE_KEYS].sort());
  });

  it('each flag the table names is registered on the command, with its --not- twin', () => {
    const longs = command().options.map((o) => o.long);
    for (const f of VALUE_FLAGS) expect(longs).toEqual(expect.arrayContaining([`--${f.flag}`, `--not-${f.flag}`]));
    for (const pair of Object.values(RANGE_FLAGS)) expect(longs).toEqual(expect.arrayContaining(pair.map((p) => `--${p}`)));
  });

  it('fills every positive key, every exclude key and every range from flags', () => {
    const argv: string[] = [];
    for (const f of VALUE_FLAGS) argv.push(`--${f.flag}`, f.choices ? f.choices[0]! : `v-${f.key}`, `--not-${f.flag}`, f.choices ? f.choices[1]! : `n-${f.key}`);
    argv.push('--min-years', '3', '--max-years', '8', '--updated-after', '2025-01-01', '--updated-before', '2026-01-01', '--applied-after', '2024-06-01', '--applied-before', '2024-12-31');
    const filters = filtersOf(argv);
    expect(Object.keys(filters).sort()).toEqual([...FILTER_KEYS].sort());
    expect(Object.keys(filters.exclude!).sort()).toEqual([...EXCLUDE_KEYS].sort());
    expect(filters).toMatchObject({
      stageReached: ['v-stageReached'], currentTitle: ['v-currentTitle'], pastTitle: ['v-pastTitle'], applicationStatus: ['Active'], degree: ['high school'],
      yearsExperience: { min: 3, max: 8 }, updated: { after: '2025-01-01', before: '2026-01-01' }, applied: { after: '2024-06-01', before: '2024-12-31' },
      exclude: { applicationStatus: ['Archived'], degree: ['associate'], currentCompany: ['n-currentCompany'] },
    });
  });

  it('the flags --not- twins and plain values keep the shapes the earlier flags had', () => {
    expect(filtersOf(['python', '--source', 'Referral', '--not-source', 'Agency', '--not-location', 'Berlin', '--not-location', 'Munich', '--not-status', 'hired'])).toEqual({
      source: ['Referral'], exclude: { source: ['Agency'], location: ['Berlin', 'Munich'], applicationStatus: ['Hired'] },
    });
    expect(filtersOf(['--degree', 'MASTER', '--min-years', '5'])).toEqual({ degree: ['master'], yearsExperience: { min: 5 } });
    expect(filtersOf(['python'])).toEqual({});
  });

  it('bad values name the flag and what is accepted', () => {
    expect(errorOf(['--degree', 'phd']).message).toBe('--degree must be one of high school, associate, bachelor, master, doctorate, certificate/diploma; got "phd"');
    expect(errorOf(['--applied-after', 'last spring']).message).toBe('--applied-after must be a date like 2025-03-01; got "last spring"');
    expect(errorOf(['--max-years', '-1']).message).toBe('--max-years must be a number of years from 0 to 80; got "-1"');
    expect(errorOf(['--min-years', '9', '--max-years', '2']).message).toBe('--min-years (9) is above --max-years (2)');
  });
});
