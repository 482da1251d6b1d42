import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { hasCode } from '../../shared/errors.js';
import { addFilterOptions, filtersFromOptions, type FilterOptions } from './search.js';

/** Parse argv with the real flag definitions `search` and `insights` use. */
function filtersOf(argv: string[]) {
  const command = addFilterOptions(new Command('search').exitOverride().argument('[text]'));
  command.parse(argv, { from: 'user' });
  return filtersFromOptions(command.opts<FilterOptions>());
}

describe('--not-<key> flags', () => {
  it('fill filters.exclude with the same keys as the positive flags', () => {
    expect(filtersOf(['python', '--source', 'Referral', '--not-source', 'Agency', '--not-rejection-reason', 'Compensation', '--not-location', 'Berlin', '--not-location', 'Munich'])).toEqual({
      source: ['Referral'],
      exclude: { source: ['Agency'], rejectionReason: ['Compensation'], location: ['Berlin', 'Munich'] },
    });
    expect(filtersOf(['--not-job', 'Data Scientist', '--not-department', 'Sales', '--not-stage-reached', 'Onsite', '--not-status', 'hired', '--not-company', 'Google'])).toEqual({
      exclude: { job: ['Data Scientist'], department: ['Sales'], stageReached: ['Onsite'], applicationStatus: ['Hired'], pastCompany: ['Google'] },
    });
    expect(filtersOf(['python'])).toEqual({});
  });

  it('a bad --not-status names the flag and the accepted values', () => {
    let error: unknown;
    try {
      filtersOf(['--not-status', 'gone']);
    } catch (e) {
      error = e;
    }
    expect(hasCode(error, 'invalid_input')).toBe(true);
    expect((error as Error).message).toBe('--not-status must be one of Active, Archived, Hired, Lead; got "gone"');
  });
});
