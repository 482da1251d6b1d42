import { describe, expect, it } from 'vitest';
import { mergedYears, statedYears, tenthsDown } from '../profile/years.js';
import { heldFor } from './career.js';

/*
 * Experience figures as a reader computes them from the dates (round j: "1.5 years" for a 06/2014–09/2015 role,
 * which a reader counts as about 1.3). The rule: both the start and the end month are worked, and years are said
 * to one decimal rounded down, so a span never reads longer than the dates show.
 */
describe('figures a reader would compute from the dated roles (round j)', () => {
  it('says a role\'s length to one decimal, rounded down, not in half years', () => {
    expect(heldFor(16)).toBe('1.3 years'); // 06/2014–09/2015
    expect(heldFor(37)).toBe('3 years'); // 01/2015–01/2018: the end month worked adds no tenth
    expect(heldFor(45)).toBe('3.7 years'); // 06/2015–02/2019: a reader's 3 years 8 months
    expect(heldFor(12)).toBe('1 year');
    expect(heldFor(11)).toBe('11 months');
  });

  it('adds up overlapping roles once and rounds the total down the same way', () => {
    const now = { year: 2019, month: 2 };
    // 06/2015–02/2019 and an overlapping part-time 01/2016–06/2017: 45 months, not 45 + 18.
    const total = mergedYears([{ start: { year: 2015, month: 6 }, end: { year: 2019, month: 2 } }, { start: { year: 2016, month: 1 }, end: { year: 2017, month: 6 } }], now);
    expect(total).toBe(3.7);
    expect(tenthsDown(119)).toBe(9.9);
    expect(tenthsDown(120)).toBe(10);
  });

  it('reads a claimed figure followed by what was done through it', () => {
    expect(statedYears('Payroll specialist with 9 years consistently delivering accurate monthly runs.')).toBe(9);
    expect(statedYears('Over 14 years managing distribution centres.')).toBe(14);
    expect(statedYears('Named top producer 3 years running.')).toBeNull();
    expect(statedYears('Promoted within 2 years of joining.')).toBeNull();
  });
});
