import { describe, expect, it } from 'vitest';
import { firstDegreeYear, heldWhileStudying } from './study-roles.js';

const r = (startYear: number | null, endYear: number | null) => ({ startYear, endYear });

describe('roles held while studying for a first degree (round k, G800)', () => {
  it('finds the first associate or bachelor degree completed, not a master taken mid-career', () => {
    const education = [
      { degreeLevel: 'master', endYear: 2010 },
      { degreeLevel: 'bachelor', endYear: 2013 },
      { degreeLevel: 'bachelor', endYear: 2021 },
    ];
    expect(firstDegreeYear(education, 2016)).toBe(2013);
    expect(firstDegreeYear([{ degreeLevel: 'master', endYear: 2010 }], 2016)).toBeNull();
    // Expected, not completed.
    expect(firstDegreeYear([{ degreeLevel: 'bachelor', endYear: 2018 }], 2016)).toBeNull();
  });

  it('calls a role that ran up to the degree, with a career after it, a study job', () => {
    // A retail job 2008–2012 and an assistant job 2011–2013 before a 2013 degree; an analyst since 2013.
    const career = [r(2013, null), r(2011, 2013), r(2008, 2012)];
    expect(heldWhileStudying(career[1], career, 2013)).toBe(true);
    expect(heldWhileStudying(career[2], career, 2013)).toBe(true);
    expect(heldWhileStudying(career[0], career, 2013)).toBe(false);
  });

  it('leaves a career before going back to school, a role running past the degree, and a resume with nothing after it', () => {
    // Begun more than seven years before the degree: a career, not a study job.
    const returning = [r(2010, null), r(1998, 2009)];
    expect(heldWhileStudying(returning[1], returning, 2010)).toBe(false);
    // Running past the degree year, or begun in it.
    const through = [r(2014, null), r(2011, 2014), r(2013, 2013)];
    expect(heldWhileStudying(through[1], through, 2013)).toBe(false);
    expect(heldWhileStudying(through[2], through, 2013)).toBe(false);
    // No role after the degree: nothing tells study jobs from the career.
    const only = [r(2009, 2013)];
    expect(heldWhileStudying(only[0], only, 2013)).toBe(false);
    expect(heldWhileStudying(r(2009, 2013), [r(2009, 2013), r(2014, null)], null)).toBe(false);
  });
});
