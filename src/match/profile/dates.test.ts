import { describe, expect, it } from 'vitest';
import { findDateRange, joinSplitRanges, parseDate } from './dates.js';
import { mergedYears, statedYears } from './years.js';

describe('dates', () => {
  it('parses the written forms', () => {
    expect(parseDate('01/2015')).toEqual({ year: 2015, month: 1 });
    expect(parseDate('Sept. 2014')).toEqual({ year: 2014, month: 9 });
    expect(parseDate('2010')).toEqual({ year: 2010, month: 1 });
    expect(parseDate('Current')).toBeNull();
  });
  it('finds ranges with to, dashes and Current', () => {
    expect(findDateRange('Company Name 01/2015 to Current Accountant')).toMatchObject({ start: { year: 2015, month: 1 }, end: null, current: true });
    expect(findDateRange('Jan 2015 - Mar 2017')).toMatchObject({ start: { year: 2015, month: 1 }, end: { year: 2017, month: 3 }, current: false });
    expect(findDateRange('Arts Instructor , 08/1990 - 05/2012 Company Name')).toMatchObject({ start: { year: 1990, month: 8 } });
    expect(findDateRange('grew revenue 20% in 2014')).toBeNull();
  });
  it('joins ranges pdftotext split over lines', () => {
    expect(joinSplitRanges(['February 2013', 'to', '', 'December 2013', 'Company Name'])).toEqual(['February 2013 to December 2013', 'Company Name']);
  });
  it('merges overlapping jobs and reads stated years', () => {
    const now = { year: 2020, month: 1 };
    expect(mergedYears([{ start: { year: 2010, month: 1 }, end: { year: 2015, month: 1 } }, { start: { year: 2014, month: 1 }, end: null }], now)).toBe(10);
    expect(statedYears("Accountant with over 12 years' experience")).toBe(12);
    expect(statedYears('5+ years of professional experience')).toBe(5);
  });
});
