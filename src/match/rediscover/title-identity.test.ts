import { describe, expect, it } from 'vitest';
import { genericHeads, similarTitleWords, titleParts } from './title-identity.js';

describe('similarTitleWords', () => {
  it.each([
    ['Product Manager', 'Senior Product Manager', true],
    ['Product Manager', 'Account Manager', false],
    ['Product Manager', 'Product Designer', false],
    ['Product Manager', 'Manager', false],
    ['Product Manager', 'Manager, Product Marketing', true],
    // A bare generic head is met by no one title: "Teacher" (many O*NET occupations) says not which teacher.
    ['Teacher', 'Elementary School Teacher', false],
    ['Math Teacher', 'High School Math Teacher', true],
    ['Math Teacher', 'Music Teacher', false],
    ['Software Engineer', 'Software Developer', true],
    ['Software Engineer', 'Civil Engineer', false],
    ['Software Engineer', 'Sr. Software Engineer - Backend', true],
    ['Staff Accountant', 'Tax Accountant', true],
    ['Accountant', 'Accounts Payable Clerk', false],
    ['Director of Engineering', 'Director of Sales', false],
    ['Director of Engineering', 'Engineering Director', true],
    // Round d: a missing "similar" is never false, a wrong one is; the fields beyond a shared head must meet.
    ['Registered Nurse', 'Nurse', false],
    ['Administrative Business Partner', 'HR Business Partner II', false],
    ['Business Partner', 'HR Business Partner II', true],
    ['Interaction Designer', 'Lead Interaction Designer', true],
    ['Sales Manager', 'Senior Director', false],
    // Round l (G133): a shared generic head alone ("manager") is not a similar title, whichever side is bare.
    ['Manager', 'Office Manager', false],
    ['Manager, Performance Specialists', 'Office Manager', false],
    ['Manager, Sales Operations', 'Office Manager', false],
    ['Manager, Sales Operations', 'Sales Operations Manager', true],
    ['Director', 'Senior Director', false],
    ['Specialist', 'Marketing Specialist', false],
    ['Analyst', 'Senior Analyst', false],
    ['Accountant', 'Staff Accountant', true],
    ['Associate Analyst', 'Senior Associate Analyst', true],
    // Round s (G225): generic and rank words alone ("executive", "manager", "office") are no similar title.
    ['Executive Events Manager', 'Executive Secretary Office Manager', false],
    ['Executive Events Manager', 'Executive Manager', false],
    ['Regional Sales Manager', 'Regional Office Manager', false],
    ['Chief Risk Officer', 'Chief Compliance Officer', false],
    ['Events Manager', 'Executive Events Manager', true],
    ['Executive Assistant', 'Senior Executive Assistant', true],
    ['Office Manager', 'Administrative Assistant / Office Manager', false],
    ['Office Manager', 'Medical Office Manager', true],
    ['Account Executive', 'Senior Account Executive', true],
  ])('%s ~ %s → %s', (job, role, expected) => {
    expect(similarTitleWords(job, role)).toBe(expected);
  });

  it('derives generic heads from O*NET titles', () => {
    const heads = genericHeads();
    for (const head of ['manager', 'engineer', 'specialist', 'analyst', 'teacher']) expect(heads.has(head)).toBe(true);
    for (const head of ['accountant', 'nurse', 'paralegal', 'recruiter']) expect(heads.has(head)).toBe(false);
  });

  it('reads inverted and "of" titles head first', () => {
    expect(titleParts('Manager, Product').head).toBe('manager');
    expect(titleParts('Head of Marketing').head).toBe('head');
    expect([...titleParts('Director of Engineering').modifiers]).toEqual(['engineering']);
  });
});
