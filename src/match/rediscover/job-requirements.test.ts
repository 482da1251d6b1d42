import { describe, expect, it } from 'vitest';
import { experienceAsked, jobSpecOf, parseYearsRequired, titleFromDescription } from './job-requirements.js';
import { leaveKindOf, reachOfStage } from './past-processes.js';

describe('parseYearsRequired', () => {
  it.each([
    ['5+ years of experience with Go', 5],
    ['3-5 years of professional experience in sales', 3],
    ["Five years' experience managing teams", 5],
    ['Minimum of 4 years in a similar role', 4],
    // The smallest figure is the minimum; "8 … preferred" is not what the role requires (issue 12).
    ['BA/BS degree. 4 years of experience in finance. 8 years of relevant work experience preferred.', 4],
    ['Minimum qualifications:\n4 years of experience in sales.\nPreferred qualifications:\n10 years of experience in field sales.', 4],
    ['Our company has 30 years of experience in retail.', null],
    // Issue 12 reasons check: every minimum line must be met, so the role asks the largest ("at least 6" was said for 11).
    ['Minimum qualifications:\nBA/BS degree or equivalent practical experience.\n11 years of experience in consumer electronics.\n6 years of experience in reliability methods.\nPreferred qualifications:\n15 years of experience in quality.', 11],
    ['Minimum qualifications:\n5 years of experience in sales, or 3 years of experience with an MBA.', 3],
    ['At least 6 years of experience in operations. Ideally 10 years of experience in retail.', 6],
    ['Experience with Python.', null],
  ])('%s → %s', (text, years) => {
    expect(parseYearsRequired(text)).toBe(years);
  });
});

describe('experienceAsked', () => {
  it('keeps preferred wording apart from the minimum', () => {
    expect(experienceAsked('Minimum of 4 years of experience in finance. 8 years of experience preferred.')).toEqual({ required: 4, preferred: 8 });
    expect(experienceAsked('Minimum qualifications:\n7 years of experience in a Technical Training role.\n5 years of experience in a management role.\nPreferred qualifications:\n10 years of experience.')).toEqual({ required: 7, preferred: 10 });
  });
});

describe('jobSpecOf', () => {
  it('reads title, occupation and skills from a pasted description', () => {
    const spec = jobSpecOf({ description: 'Registered Nurse\nICU experience, BLS and ACLS certification; 2+ years of experience.' });
    expect(spec).toMatchObject({ title: 'Registered Nurse', occupationCode: '29-1141.00', yearsRequired: 2 });
    expect(titleFromDescription('We are hiring someone great.\nMore')).toBeNull();
  });
});

describe('past process readings', () => {
  it('maps stages to how far a candidate got', () => {
    expect(reachOfStage('Recruiter Screen', 'Active')).toBe('screen');
    expect(reachOfStage('Technical Interview', 'Active')).toBe('interview');
    expect(reachOfStage('Onsite', 'Active')).toBe('onsite');
    expect(reachOfStage('Final Round', null)).toBe('onsite');
    expect(reachOfStage('Offer', 'Offer')).toBe('offer');
    expect(reachOfStage('Archived', 'Archived')).toBeNull();
  });

  it('reads archive reasons as what they say about rediscovery', () => {
    expect(leaveKindOf('Timing', 'RejectedByCandidate')).toBe('candidate');
    expect(leaveKindOf('Accepted Another Offer', 'RejectedByCandidate')).toBe('candidate');
    expect(leaveKindOf('Lacks Skills/Qualifications', 'RejectedByOrg')).toBe('skills');
    expect(leaveKindOf('Overqualified', 'RejectedByOrg')).toBe('overqualified');
    expect(leaveKindOf('Position Filled', 'Other')).toBe('circumstance');
    expect(leaveKindOf('Culture', 'RejectedByOrg')).toBe('culture');
  });
});
